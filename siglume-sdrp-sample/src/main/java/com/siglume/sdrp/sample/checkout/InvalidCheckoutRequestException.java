package com.siglume.sdrp.sample.checkout;

/**
 * The checkout start request is not usable (no {@code order_id}). Answered with 400.
 */
public class InvalidCheckoutRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a short sentence saying what is missing
     */
    public InvalidCheckoutRequestException(String message) {
        super(message);
    }
}
