package com.siglume.sdrp.benchmarks.client;

import com.siglume.sdrp.benchmarks.load.Options;
import com.siglume.sdrp.benchmarks.report.Medians;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * B3, paired: the SDK call and the raw call alternate in one loop on one thread, so that both
 * see the same JVM, the same thread placement and the same moment of the machine; what differs
 * between forks or over time affects both alike. Within each pair the order alternates too.
 *
 * <p>After a warm-up of {@code --warmup-seconds} of alternating calls, {@code --rounds} rounds of
 * {@code --pairs} pairs each are timed with {@code System.nanoTime()} around every call. Each
 * round gives the mean time per call of either side and their ratio, raw time ÷ SDK time (which
 * is the SDK's throughput as a fraction of the raw call's). Writes them as JSON to {@code --out}
 * and prints one line.
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
            long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            while (System.nanoTime() < warmupEnd) {
                pair.sdkGetMerchant();
                pair.rawGet();
            }
            List<Map<String, Object>> results = new ArrayList<>();
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long sdkNanos = 0;
                long rawNanos = 0;
                for (int i = 0; i < pairs; i++) {
                    // Each side goes first in every other pair.
                    for (int turn = 0; turn < 2; turn++) {
                        boolean sdk = (turn == 0) == ((i & 1) == 0);
                        long start = System.nanoTime();
                        if (sdk) {
                            pair.sdkGetMerchant();
                        } else {
                            pair.rawGet();
                        }
                        long elapsed = System.nanoTime() - start;
                        if (sdk) {
                            sdkNanos += elapsed;
                        } else {
                            rawNanos += elapsed;
                        }
                    }
                }
                double sdkMicros = sdkNanos / (pairs * 1_000.0);
                double rawMicros = rawNanos / (pairs * 1_000.0);
                ratios[round] = rawMicros / sdkMicros;
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("round", round + 1);
                result.put("sdk_us_per_call", sdkMicros);
                result.put("raw_us_per_call", rawMicros);
                result.put("sdk_throughput_vs_raw", ratios[round]);
                results.add(result);
            }
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            double median = Medians.of(ratios);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("warmup_seconds", warmupSeconds);
            summary.put("pairs_per_round", pairs);
            summary.put("rounds", results);
            summary.put("median_sdk_throughput_vs_raw", median);
            summary.put("min_sdk_throughput_vs_raw", sorted[0]);
            summary.put("max_sdk_throughput_vs_raw", sorted[sorted.length - 1]);
            JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), summary);
            System.out.printf(java.util.Locale.ROOT,
                    "paired: %d rounds of %d pairs, SDK throughput / raw throughput median %.3f (min %.3f, max %.3f)%n",
                    rounds, pairs, median, sorted[0], sorted[sorted.length - 1]);
        }
    }
}
