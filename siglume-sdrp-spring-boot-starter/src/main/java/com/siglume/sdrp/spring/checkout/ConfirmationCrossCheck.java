package com.siglume.sdrp.spring.checkout;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what a confirmation says was paid with the attempt its challenge hash names. The
 * challenge hash already binds merchant, amount and currency; when the event also carries them
 * and they differ, or the platform chose another pricing band than the attempt's amount falls
 * in, something is wrong and the payment goes to review instead of fulfilling the order.
 */
final class ConfirmationCrossCheck {

    private ConfirmationCrossCheck() {
    }

    /**
     * Lists the differences between the event and the attempt.
     *
     * @param event the confirmation event
     * @param paidBand the band the classification says was paid
     * @param attempt the attempt its challenge hash names
     * @return a short description of the differences, or empty when everything present matches
     */
    static Optional<String> differences(WebhookEvent event, PricingBand paidBand, CheckoutAttempt attempt) {
        List<String> differences = new ArrayList<>();
        Object amount = event.data().get("amount_minor");
        if (amount != null && !sameAmount(amount, attempt.amountMinor())) {
            differences.add("amount_minor " + amount + " != " + attempt.amountMinor());
        }
        String currency = event.dataString("currency");
        if (currency != null && !currency.equalsIgnoreCase(attempt.currency())) {
            differences.add("currency " + currency + " != " + attempt.currency());
        }
        String merchant = event.dataString("merchant");
        if (merchant != null && !sameMerchant(merchant, attempt.merchant())) {
            differences.add("merchant " + merchant + " != " + attempt.merchant());
        }
        PricingBand attemptBand = PricingBand.of(attempt.currency(), attempt.amountMinor());
        if (paidBand != attemptBand) {
            differences.add("pricing_band " + paidBand.wireName() + " != " + attemptBand.wireName());
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", differences));
    }

    private static boolean sameAmount(Object amount, long expected) {
        String text = amount instanceof Number ? amount.toString()
                : SdrpInputs.isPresent(amount) ? SdrpInputs.trim((String) amount) : null;
        if (text == null) {
            return false;
        }
        try {
            return new BigDecimal(text).compareTo(BigDecimal.valueOf(expected)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean sameMerchant(String eventMerchant, String merchant) {
        try {
            return SdrpInputs.merchant(eventMerchant).equals(SdrpInputs.merchant(merchant));
        } catch (SdrpValidationException invalid) {
            return false;
        }
    }
}
