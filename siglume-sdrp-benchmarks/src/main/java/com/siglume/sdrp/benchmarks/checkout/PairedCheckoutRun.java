package com.siglume.sdrp.benchmarks.checkout;

import com.siglume.sdrp.benchmarks.load.Options;
import com.siglume.sdrp.benchmarks.paired.PairedTiming;
import java.nio.file.Path;
import java.util.Map;

/**
 * B5, paired: {@code SiglumeCheckout.start} of a new order and the bare session call plus one
 * insert ({@link CheckoutPaths}) alternate in one loop on one thread ({@link PairedTiming}). The
 * sandbox's sessions and the table are emptied before each round, so neither grows through the
 * run; the log is set to warnings only by {@code -Dlogback.configurationFile=b5-logback.xml}, as
 * for the JMH forks.
 */
public final class PairedCheckoutRun {

    private PairedCheckoutRun() {
    }

    /**
     * Runs the paired measurement.
     *
     * @param args {@code --database h2|postgresql --warmup-seconds N --rounds N --pairs N --out FILE}
     * @throws Exception when a call fails, which would make the run meaningless
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        long warmupSeconds = Long.parseLong(options.getOrDefault("warmup-seconds", "15"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        int pairs = Integer.parseInt(options.getOrDefault("pairs", "500"));
        Path out = Path.of(Options.required(options, "out"));
        try (CheckoutPaths paths = CheckoutPaths.start(options.getOrDefault("database", "h2"))) {
            new PairedTiming("checkout", paths::checkoutStart, "bare", paths::bareCreateAndInsert)
                    .beforeEachRound(paths::forget)
                    .run(warmupSeconds, rounds, pairs, out);
        }
    }
}
