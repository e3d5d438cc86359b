package com.siglume.sdrp.client.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.internal.Inputs;
import com.siglume.sdrp.client.internal.WireNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cadence of a scheduled autopay authorization. The API takes and returns it in two forms: a
 * name ({@code "daily"}) or an object with a {@code unit} ({@code {"unit": "daily"}}), and this
 * type keeps which one it is.
 *
 * <p>Immutable. In an answer, a unit this SDK version does not know is {@link RecurringCadence#UNKNOWN}
 * and {@link #unitWireName()} keeps its text; other fields of the object are in {@link #fields()}.
 */
public final class ScheduledAutoPayCadence {

    private static final String UNIT = "unit";

    private final @Nullable String unitWireName;
    private final @Nullable Map<String, Object> object;

    private ScheduledAutoPayCadence(@Nullable String unitWireName, @Nullable Map<String, Object> object) {
        this.unitWireName = unitWireName;
        this.object = object;
    }

    /**
     * The cadence sent as its name, for example {@code "daily"}.
     *
     * @param cadence the cadence
     * @return the cadence
     * @throws SdrpValidationException when {@code cadence} is {@code null} or {@link RecurringCadence#UNKNOWN}
     */
    public static ScheduledAutoPayCadence of(RecurringCadence cadence) {
        return new ScheduledAutoPayCadence(requireUnit(cadence), null);
    }

    /**
     * The cadence sent as an object with its unit, for example {@code {"unit": "daily"}}.
     *
     * @param unit the unit
     * @return the cadence
     * @throws SdrpValidationException when {@code unit} is {@code null} or {@link RecurringCadence#UNKNOWN}
     */
    public static ScheduledAutoPayCadence ofUnit(RecurringCadence unit) {
        return ofUnit(unit, Map.of());
    }

    /**
     * The cadence sent as an object with its unit first and further fields after it, for example
     * {@code {"unit": "daily", "hour": 9}}.
     *
     * @param unit the unit
     * @param otherFields further fields of the object (JSON values), in their order
     * @return the cadence
     * @throws SdrpValidationException when {@code unit} is {@code null} or {@link RecurringCadence#UNKNOWN},
     *         {@code otherFields} is {@code null}, holds a {@code unit} or a value JSON cannot express
     */
    public static ScheduledAutoPayCadence ofUnit(RecurringCadence unit, Map<String, ?> otherFields) {
        String unitName = requireUnit(unit);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(UNIT, unitName);
        if (Inputs.requireInput("cadence", otherFields).containsKey(UNIT)) {
            throw new SdrpValidationException("cadence", "cadence fields must not repeat the unit");
        }
        object.putAll(Inputs.optionalObject("cadence", otherFields));
        return new ScheduledAutoPayCadence(unitName, Collections.unmodifiableMap(object));
    }

    private static String requireUnit(RecurringCadence cadence) {
        return WireNames.requireKnown("cadence", Inputs.requireInput("cadence", cadence), RecurringCadence::wireName);
    }

    /** Reads an answer's {@code cadence}: a name or an object. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static ScheduledAutoPayCadence fromJson(Object json) {
        if (json instanceof String name) {
            return new ScheduledAutoPayCadence(name, null);
        }
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> object = Inputs.optionalObject("cadence", Inputs.stringKeyed("cadence", map));
            return new ScheduledAutoPayCadence(object.get(UNIT) instanceof String unit ? unit : null, object);
        }
        throw new IllegalArgumentException("cadence must be text or a JSON object");
    }

    /** {@return the cadence (the name, or the object's {@code unit}); {@code null} for an object without a unit} */
    public @Nullable RecurringCadence unit() {
        return RecurringCadence.fromWireName(unitWireName);
    }

    /** {@return the cadence's text on the wire, as sent; {@code null} for an object without a unit} */
    public @Nullable String unitWireName() {
        return unitWireName;
    }

    /** {@return whether the cadence is an object rather than a name} */
    public boolean isObject() {
        return object != null;
    }

    /** {@return the object's fields, {@code unit} included (unmodifiable; empty for a name)} */
    public Map<String, Object> fields() {
        return object == null ? Map.of() : object;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ScheduledAutoPayCadence that && Objects.equals(unitWireName, that.unitWireName)
                && Objects.equals(object, that.object);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitWireName, object);
    }

    /**
     * Describes the cadence.
     *
     * @return the name, or the object
     */
    @Override
    public String toString() {
        return "ScheduledAutoPayCadence[" + (object == null ? unitWireName : object) + "]";
    }
}
