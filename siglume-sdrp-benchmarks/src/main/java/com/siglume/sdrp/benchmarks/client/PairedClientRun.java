package com.siglume.sdrp.benchmarks.client;

import com.siglume.sdrp.benchmarks.load.Options;
import com.siglume.sdrp.benchmarks.paired.PairedTiming;
import java.nio.file.Path;
import java.util.Map;

/**
 * B3, paired: the SDK call and the raw call alternate in one loop on one thread
 * ({@link PairedTiming}), so that both see the same JVM, the same thread placement and the same
 * moment of the machine. Each round's ratio, raw time ÷ SDK time, is the SDK's throughput as a
 * fraction of the raw call's. Writes the rounds as JSON to {@code --out} and prints one line.
 */
public final class PairedClientRun {

    private PairedClientRun() {
    }

    /**
     * Runs the paired measurement.
     *
     * @param args {@code --warmup-seconds N --rounds N --pairs N --out FILE}
     * @throws Exception when a call fails, which would make the run meaningless
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        long warmupSeconds = Long.parseLong(options.getOrDefault("warmup-seconds", "20"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
        int pairs = Integer.parseInt(options.getOrDefault("pairs", "3000"));
        Path out = Path.of(Options.required(options, "out"));

        try (ClientPair pair = ClientPair.start()) {
            new PairedTiming("sdk", pair::sdkGetMerchant, "raw", pair::rawGet).run(warmupSeconds, rounds, pairs, out);
        }
    }
}
