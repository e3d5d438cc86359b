package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * One Micro/Nano usage event as the buyer sees it. Amounts are decimal strings on the wire and
 * exact {@link java.math.BigDecimal} values here; never convert them to {@code double}.
 */
public final class BuyerUsageEvent extends UsageEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private BuyerUsageEvent(Fields fields) {
        super(fields, fields);
    }
}
