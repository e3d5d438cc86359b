package com.siglume.sdrp.spring.ai.payment;

import com.siglume.sdrp.spring.ai.policy.Refusal;
import java.util.Objects;

/**
 * What {@link SiglumeAgentPayments#pay} did: paid (now or before), or refused with a reason.
 */
public sealed interface PaymentOutcome {

    /**
     * The offer is paid.
     *
     * @param receipt the receipt
     * @param replayed {@code true} when this challenge had been paid by an earlier call and
     *        nothing was paid now
     */
    record Paid(PaymentReceipt receipt, boolean replayed) implements PaymentOutcome {

        /**
         * Checks the receipt.
         *
         * @throws NullPointerException when {@code null}
         */
        public Paid {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /**
     * Nothing was paid now.
     *
     * @param refusal why
     * @param requirementId the payment requirement concerned, when there is one (for example
     *        when the outcome is unknown), else {@code null}
     */
    record Refused(Refusal refusal, String requirementId) implements PaymentOutcome {

        /**
         * Checks the refusal.
         *
         * @throws NullPointerException when {@code null}
         */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
