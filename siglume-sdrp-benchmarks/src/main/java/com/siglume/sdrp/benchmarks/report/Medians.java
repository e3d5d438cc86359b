package com.siglume.sdrp.benchmarks.report;

import java.util.Arrays;

/** The one median of the benchmark tools. */
public final class Medians {

    private Medians() {
    }

    /**
     * Returns the median: the middle value, or the mean of the two middle values.
     *
     * @param values the values, in any order; not empty
     * @return the median
     */
    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
