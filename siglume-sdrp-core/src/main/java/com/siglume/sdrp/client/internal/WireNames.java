package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.subscriptions.RecurringCadence;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for the SDK's vocabulary enums ({@link CheckoutSessionStatus},
 * {@link RecurringCadence}, ...): an answer's value maps to its constant, a value this SDK
 * version does not know maps to the enum's {@code UNKNOWN} (the answer keeps the text), and a
 * request never sends {@code UNKNOWN}.
 *
 * <p>Not part of the public API.
 */
public final class WireNames {

    private WireNames() {
    }

    /**
     * Looks a wire value up, exactly as written.
     *
     * @param values the enum's constants
     * @param wireName the constant's wire name; {@code null} for {@code UNKNOWN}
     * @param value the answer's text, or {@code null}
     * @param unknown the enum's {@code UNKNOWN}
     * @param <E> the enum
     * @return the constant; {@code unknown} for text no constant has; {@code null} for {@code null}
     */
    public static <E extends Enum<E>> @Nullable E lookup(E[] values, Function<E, @Nullable String> wireName,
            @Nullable String value, E unknown) {
        if (value == null) {
            return null;
        }
        for (E constant : values) {
            if (value.equals(wireName.apply(constant))) {
                return constant;
            }
        }
        return unknown;
    }

    /**
     * Returns the wire name of a request value, refusing {@code UNKNOWN}.
     *
     * @param field the wire field, for the error
     * @param value the constant, or {@code null} to leave the field out
     * @param wireName the constant's wire name; {@code null} for {@code UNKNOWN}
     * @param <E> the enum
     * @return the wire name, or {@code null} for {@code null}
     * @throws SdrpValidationException for {@code UNKNOWN}, which only answers carry
     */
    public static <E extends Enum<E>> @Nullable String requireKnown(String field, @Nullable E value,
            Function<E, @Nullable String> wireName) {
        if (value == null) {
            return null;
        }
        String name = wireName.apply(value);
        if (name == null) {
            throw new SdrpValidationException(field, field + " must be a known value, not " + value.name());
        }
        return name;
    }
}
