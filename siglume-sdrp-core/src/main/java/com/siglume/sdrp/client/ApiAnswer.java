package com.siglume.sdrp.client;

import com.siglume.sdrp.internal.ValueObjects;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An answer of the Siglume API read into an immutable value. Two answers are equal when they
 * are of the same type and hold the same fields; fields this SDK does not name are kept in
 * {@link #extra()}, so nothing a newer API sends is lost.
 *
 * <p>The answer types of this SDK extend it; it is not meant to be extended elsewhere.
 */
public abstract class ApiAnswer {

    private final Record fields;
    private final Map<String, Object> extra;

    /**
     * Keeps an answer's fields.
     *
     * @param fields the answer as bound: a record whose components are the accessors' values
     * @param extra the fields the record does not name (unmodifiable)
     */
    protected ApiAnswer(Record fields, Map<String, Object> extra) {
        this.fields = fields;
        this.extra = extra;
    }

    /** {@return every other field of the answer (unmodifiable)} */
    public final Map<String, Object> extra() {
        return extra;
    }

    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && fields.equals(((ApiAnswer) other).fields);
    }

    @Override
    public final int hashCode() {
        return fields.hashCode();
    }

    /** {@return the answer's fields, each by its accessor name} */
    @Override
    public String toString() {
        return ValueObjects.describe(getClass().getSimpleName(), fields);
    }
}
