package com.siglume.sdrp.sample.order;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where an order stands on the shop's side. Only the classified webhook moves an order past
 * {@link #PENDING}; the browser never does.
 */
public enum OrderStatus {

    /** Seeded, no checkout started yet. */
    CREATED("created"),
    /** A Hosted Checkout session was created; waiting for the signed webhook. */
    PENDING("pending"),
    /** A Standard payment settled on chain ({@code standard_settled}). */
    PAID("paid"),
    /** Micro/Nano usage accepted ({@code metered_usage_accepted}): delivered, revenue not yet settled. */
    FULFILLED_UNSETTLED("fulfilled_unsettled"),
    /** Something did not add up; a person must look at the order before anything else happens. */
    REVIEW("review");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name stored in the database and shown in JSON.
     *
     * @return for example {@code fulfilled_unsettled}
     */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Tells whether a buyer may (still) start a checkout for an order in this status.
     *
     * @return {@code true} for {@link #CREATED} and {@link #PENDING}
     */
    public boolean isPayable() {
        return this == CREATED || this == PENDING;
    }

    /**
     * Finds the status with the given stored name.
     *
     * @param wireName the stored name
     * @return the status, or empty for a name this shop does not know
     */
    public static Optional<OrderStatus> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(wireName)).findFirst();
    }
}
