package com.siglume.sdrp.sample.checkout;

/**
 * A checkout cannot be started for the order in its current state (already paid, under review,
 * or a payment is being confirmed). Answered with 409 and the buyer-facing message.
 */
public class CheckoutRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param buyerMessage a short sentence the buyer may see
     */
    public CheckoutRefusedException(String buyerMessage) {
        super(buyerMessage);
    }
}
