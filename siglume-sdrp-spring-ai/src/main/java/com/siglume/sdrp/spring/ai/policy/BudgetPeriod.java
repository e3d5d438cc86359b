package com.siglume.sdrp.spring.ai.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar period a budget covers. A new period starts with a fresh budget; the ledger keys
 * spending by the period's first day.
 */
public enum BudgetPeriod {

    /** One calendar day. */
    DAY,
    /** One ISO week, from Monday. */
    WEEK,
    /** One calendar month. */
    MONTH;

    /**
     * Returns the first day of the period that contains an instant.
     *
     * @param now the instant
     * @param zone the time zone whose calendar counts
     * @return the first day
     */
    public LocalDate start(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (this) {
            case DAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
        };
    }
}
