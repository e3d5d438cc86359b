package com.siglume.sdrp;

/**
 * Thrown when an input value breaks a protocol rule (missing, malformed, out of range).
 *
 * <p>Nothing has been sent or changed when this is thrown. {@link #field()} names the input at
 * fault in its wire form (for example {@code amount_minor}), so callers can map it to a form
 * field.
 */
public class SdrpValidationException extends SdrpException {

    private static final long serialVersionUID = 1L;

    /** Wire name of the input at fault. */
    private final String field;

    /**
     * Creates a validation error for one field.
     *
     * @param field wire name of the input at fault
     * @param message what is wrong with it; never contains the secret value itself
     */
    public SdrpValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * Returns the wire name of the input at fault.
     *
     * @return the field name, for example {@code merchant}
     */
    public String field() {
        return field;
    }
}
