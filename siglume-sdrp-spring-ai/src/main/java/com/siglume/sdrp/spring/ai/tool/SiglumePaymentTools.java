package com.siglume.sdrp.spring.ai.tool;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.metered.BuyerMeteredSummary;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.spring.ai.payment.LedgerEntry;
import com.siglume.sdrp.spring.ai.payment.OfferReview;
import com.siglume.sdrp.spring.ai.payment.PaymentOutcome;
import com.siglume.sdrp.spring.ai.payment.PaymentReceipt;
import com.siglume.sdrp.spring.ai.payment.SiglumeAgentPayments;
import com.siglume.sdrp.spring.ai.policy.PaymentOffer;
import com.siglume.sdrp.spring.ai.policy.Refusal;
import com.siglume.sdrp.spring.ai.policy.RefusalReason;
import java.util.List;
import java.util.Objects;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agent payment tools, as Spring AI {@link ToolCallback}s:
 * <ul>
 *   <li>{@value #READ_OFFER}: merchant, amount, currency and pricing band of an offer (or of a
 *       payment requirement), with what the spend policy would say; pays nothing;</li>
 *   <li>{@value #PAY_OFFER}: pays an offer under the spend policy, once per challenge;</li>
 *   <li>{@value #PAYMENT_STATUS}: a payment requirement's current state;</li>
 *   <li>{@value #METERED_SUMMARY}: the buyer's Micro/Nano summary.</li>
 * </ul>
 * Every answer is a JSON object. A payment that is not made answers
 * {@code {"refused": "<reason>", "message": "..."}} (reasons: {@link RefusalReason#wireName()});
 * arguments that cannot be used or a failed Siglume call answer {@code {"error": "...",
 * "message": "..."}}.
 *
 * <p>Give them to a {@code ChatClient} with {@code defaultToolCallbacks(tools.toolCallbacks())}.
 * This type is deliberately not a {@link ToolCallbackProvider} bean: Spring AI's MCP server
 * publishes every such bean, and the payment tools go on it only when
 * {@code siglume.agent.mcp.enabled=true} (see {@link #asProvider()}).
 */
public final class SiglumePaymentTools {

    /** The read-offer tool's name. */
    public static final String READ_OFFER = "siglume_read_offer";

    /** The pay tool's name. */
    public static final String PAY_OFFER = "siglume_pay_offer";

    /** The payment-status tool's name. */
    public static final String PAYMENT_STATUS = "siglume_payment_status";

    /** The metered-summary tool's name. */
    public static final String METERED_SUMMARY = "siglume_metered_summary";

    private final SiglumeAgentPayments payments;
    private final List<ToolCallback> callbacks;

    /**
     * Creates the tools over the agent's payments.
     *
     * @param payments the payments service, with its policy, approver and ledger
     */
    public SiglumePaymentTools(SiglumeAgentPayments payments) {
        this.payments = Objects.requireNonNull(payments, "payments");
        this.callbacks = List.of(
                SiglumeToolCallback.of(READ_OFFER, "Reads a merchant's payment offer without paying: merchant,"
                        + " amount, currency, Siglume pricing band, the budget left, and whether the spend policy"
                        + " would refuse it and why. Pass the merchant, amount_minor, currency and challenge the"
                        + " merchant sent, or a requirement_id.", ReadOfferInput.class, this::readOffer),
                SiglumeToolCallback.of(PAY_OFFER, "Pays a merchant's offer through Siglume Direct Request Payment:"
                        + " creates the payment requirement from the merchant's challenge, executes and verifies it,"
                        + " and returns the requirement and receipt ids. The spend policy (per-payment maximum,"
                        + " budget, allowed merchants and pricing bands, approval) is enforced first; when it"
                        + " refuses, the answer has a 'refused' code and a message and nothing is paid. Paying the"
                        + " same challenge again returns the first payment and pays nothing.",
                        OfferInput.class, this::payOffer),
                SiglumeToolCallback.of(PAYMENT_STATUS, "Reads the current state of a Siglume payment requirement:"
                        + " status, settlement status, pricing band and receipt. Use it after a payment, or when a"
                        + " payment's outcome is unknown.", RequirementInput.class, this::paymentStatus),
                SiglumeToolCallback.of(METERED_SUMMARY, "Reads the buyer's Siglume Micro/Nano summary: open"
                        + " periods, settlement batches, past-due blocks and balance sufficiency.", NoInput.class,
                        input -> meteredSummary()));
    }

    /**
     * Returns the tools.
     *
     * @return the four tools, unmodifiable
     */
    public List<ToolCallback> toolCallbacks() {
        return callbacks;
    }

    /**
     * Returns the tools as a provider, for example for an MCP server.
     *
     * @return a provider of the four tools
     */
    public ToolCallbackProvider asProvider() {
        return ToolCallbackProvider.from(callbacks);
    }

    private ObjectNode readOffer(ReadOfferInput input) {
        if (input.requirementId() != null) {
            return requirement(payments.status(input.requirementId()));
        }
        PaymentOffer offer;
        try {
            offer = offer(input.merchant(), input.amountMinor(), input.currency(), input.challenge());
        } catch (SdrpValidationException e) {
            return refusal(new Refusal(RefusalReason.INVALID_OFFER, e.getMessage()), null);
        }
        OfferReview review = payments.review(offer);
        PricingBand band = review.pricingBand();
        ObjectNode result = SiglumeToolCallback.JSON.createObjectNode()
                .put("merchant", offer.merchant())
                .put("amount_minor", offer.amountMinor())
                .put("currency", offer.currency())
                .put("pricing_band", band.wireName())
                .put("settlement_cadence", band.settlementCadence())
                .put("challenge_hash", offer.challengeHash())
                .put("budget_period_start", review.periodStart().toString());
        if (review.budgetRemainingMinor() != null) {
            result.put("budget_remaining_minor", review.budgetRemainingMinor());
        }
        result.put("allowed", review.refusal() == null);
        review.refusalIfAny().ifPresent(refusal -> result.put("refused", refusal.reason().wireName())
                .put("message", refusal.message()));
        LedgerEntry previous = review.previous();
        if (previous != null) {
            ObjectNode earlier = result.putObject("previous_payment").put("status",
                    previous.status().name().toLowerCase(java.util.Locale.ROOT));
            putText(earlier, "requirement_id", previous.requirementId());
        }
        return result;
    }

    private ObjectNode payOffer(OfferInput input) {
        PaymentOffer offer;
        try {
            offer = offer(input.merchant(), input.amountMinor(), input.currency(), input.challenge());
        } catch (SdrpValidationException e) {
            return refusal(new Refusal(RefusalReason.INVALID_OFFER, e.getMessage()), null);
        }
        PaymentOutcome outcome = payments.pay(offer);
        if (outcome instanceof PaymentOutcome.Refused refused) {
            return refusal(refused.refusal(), refused.requirementId());
        }
        PaymentOutcome.Paid paid = (PaymentOutcome.Paid) outcome;
        PaymentReceipt receipt = paid.receipt();
        ObjectNode result = SiglumeToolCallback.JSON.createObjectNode()
                .put("status", "paid")
                .put("replayed", paid.replayed())
                .put("requirement_id", receipt.requirementId());
        putText(result, "receipt_id", receipt.receiptId());
        putText(result, "chain_receipt_id", receipt.chainReceiptId());
        result.put("merchant", receipt.merchant())
                .put("amount_minor", receipt.amountMinor())
                .put("currency", receipt.currency())
                .put("pricing_band", receipt.pricingBand())
                .put("verified", receipt.verified());
        putText(result, "requirement_status", receipt.requirementStatus());
        result.put("message", paid.replayed()
                ? "This challenge was already paid; this is the first payment's receipt and nothing was paid now."
                : "Paid. The merchant fulfils the order once Siglume confirms the payment to it.");
        return result;
    }

    private ObjectNode paymentStatus(RequirementInput input) {
        return requirement(payments.status(input.requirementId()));
    }

    private ObjectNode meteredSummary() {
        BuyerMeteredSummary summary = payments.meteredSummary();
        return SiglumeToolCallback.JSON.valueToTree(summary);
    }

    private static PaymentOffer offer(String merchant, Long amountMinor, String currency, String challenge) {
        if (amountMinor == null) {
            throw new SdrpValidationException("amount_minor", "amount_minor is required");
        }
        return new PaymentOffer(merchant, amountMinor, currency, challenge);
    }

    private static ObjectNode requirement(PaymentRequirement requirement) {
        ObjectNode result = SiglumeToolCallback.JSON.createObjectNode();
        putText(result, "requirement_id", requirement.requirementId());
        putText(result, "status", requirement.status());
        putText(result, "merchant", requirement.merchant());
        if (requirement.amountMinor() != null) {
            result.put("amount_minor", requirement.amountMinor());
        }
        putText(result, "currency", requirement.currency());
        putText(result, "pricing_band", requirement.pricingBand());
        putText(result, "settlement_cadence", requirement.settlementCadence());
        putText(result, "settlement_status", requirement.settlementStatus());
        putText(result, "finality", requirement.finality());
        putText(result, "chain_receipt_id", requirement.chainReceiptId());
        putText(result, "challenge_hash", requirement.challengeHash());
        putText(result, "expires_at", requirement.expiresAt());
        putText(result, "confirmed_at", requirement.confirmedAt());
        return result;
    }

    private static ObjectNode refusal(Refusal refusal, String requirementId) {
        ObjectNode result = SiglumeToolCallback.JSON.createObjectNode()
                .put("refused", refusal.reason().wireName())
                .put("message", refusal.message());
        putText(result, "requirement_id", requirementId);
        return result;
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
