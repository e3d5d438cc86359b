package com.siglume.sdrp.client.metered;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.siglume.sdrp.internal.ValueObjects;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Micro/Nano usage event as the buyer sees it. Amounts are decimal strings on the wire and
 * exact {@link java.math.BigDecimal} values here; never convert them to {@code double}.
 */
public final class BuyerUsageEvent extends UsageEvent {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private BuyerUsageEvent(Fields fields) {
        super(fields);
    }

    /** {@return every other field of the answer (unmodifiable)} */
    public Map<String, Object> extra() {
        return fields.extra();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BuyerUsageEvent that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    /** {@return the event's fields, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe("BuyerUsageEvent", fields);
    }
}
