package com.siglume.sdrp.benchmarks.paired;

import com.siglume.sdrp.benchmarks.report.Medians;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times two calls alternating in one loop on one thread, so that both see the same JVM, the same
 * thread placement and the same moment of the machine; what differs between forks or over time
 * affects both alike. Within each pair the order alternates too.
 *
 * <p>After a warm-up of alternating calls, each round times {@code pairs} pairs with
 * {@code System.nanoTime()} around every call and gives the mean time per call of either side
 * and their ratio, baseline time ÷ measured time: the measured side's throughput as a fraction of
 * the baseline's. The verdict is the median of the rounds' ratios.
 */
public final class PairedTiming {

    /** One side of the pair. */
    @FunctionalInterface
    public interface Call {

        /**
         * Makes the call once.
         *
         * @throws Exception when it fails, which makes the run meaningless
         */
        void run() throws Exception;
    }

    private final String measuredName;
    private final String baselineName;
    private final Call measured;
    private final Call baseline;
    private Runnable beforeEachRound = () -> { };

    /**
     * Creates the timing.
     *
     * @param measuredName the measured side's name in the JSON output, for example {@code sdk}
     * @param measured the measured call
     * @param baselineName the baseline's name, for example {@code raw}
     * @param baseline the baseline call
     */
    public PairedTiming(String measuredName, Call measured, String baselineName, Call baseline) {
        this.measuredName = measuredName;
        this.measured = measured;
        this.baselineName = baselineName;
        this.baseline = baseline;
    }

    /**
     * Sets what runs before each round (and before every round's worth of warm-up pairs),
     * outside the timing: for example emptying what the calls fill.
     *
     * @param action the action
     * @return this timing
     */
    public PairedTiming beforeEachRound(Runnable action) {
        this.beforeEachRound = action;
        return this;
    }

    /**
     * Warms up, runs the rounds, writes them as JSON and prints one line.
     *
     * @param warmupSeconds how long to alternate the calls before measuring
     * @param rounds how many rounds
     * @param pairs pairs per round
     * @param out where the JSON goes
     * @return the median ratio
     * @throws Exception when a call fails
     */
    public double run(long warmupSeconds, int rounds, int pairs, Path out) throws Exception {
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            beforeEachRound.run();
            for (int i = 0; i < pairs && System.nanoTime() < warmupEnd; i++) {
                measured.run();
                baseline.run();
            }
        }
        String ratioName = measuredName + "_throughput_vs_" + baselineName;
        List<Map<String, Object>> results = new ArrayList<>();
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            beforeEachRound.run();
            long measuredNanos = 0;
            long baselineNanos = 0;
            for (int i = 0; i < pairs; i++) {
                // Each side goes first in every other pair.
                for (int turn = 0; turn < 2; turn++) {
                    boolean first = (turn == 0) == ((i & 1) == 0);
                    long start = System.nanoTime();
                    (first ? measured : baseline).run();
                    long elapsed = System.nanoTime() - start;
                    if (first) {
                        measuredNanos += elapsed;
                    } else {
                        baselineNanos += elapsed;
                    }
                }
            }
            double measuredMicros = measuredNanos / (pairs * 1_000.0);
            double baselineMicros = baselineNanos / (pairs * 1_000.0);
            ratios[round] = baselineMicros / measuredMicros;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("round", round + 1);
            result.put(measuredName + "_us_per_call", measuredMicros);
            result.put(baselineName + "_us_per_call", baselineMicros);
            result.put(ratioName, ratios[round]);
            results.add(result);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double median = Medians.of(ratios);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("warmup_seconds", warmupSeconds);
        summary.put("pairs_per_round", pairs);
        summary.put("rounds", results);
        summary.put("median_" + ratioName, median);
        summary.put("min_" + ratioName, sorted[0]);
        summary.put("max_" + ratioName, sorted[sorted.length - 1]);
        write(out, summary);
        System.out.printf(Locale.ROOT, "paired: %d rounds of %d pairs, %s throughput / %s throughput median %.3f"
                + " (min %.3f, max %.3f)%n", rounds, pairs, measuredName, baselineName, median, sorted[0],
                sorted[sorted.length - 1]);
        return median;
    }

    private static void write(Path out, Map<String, Object> summary) throws IOException {
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), summary);
    }
}
