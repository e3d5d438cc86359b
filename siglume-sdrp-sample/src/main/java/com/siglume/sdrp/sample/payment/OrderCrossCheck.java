package com.siglume.sdrp.sample.payment;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.webhook.WebhookEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares what a confirmation event says was paid with the order it names. The challenge hash
 * already binds merchant, amount and currency; when the event also carries them, a difference
 * means something is wrong and the order goes to review instead of being fulfilled.
 */
final class OrderCrossCheck {

    private OrderCrossCheck() {
    }

    /**
     * Lists the differences between the event's {@code amount_minor}, {@code currency} and
     * {@code merchant} (each only when the event carries it) and the order.
     *
     * @param event the confirmation event
     * @param order the order its challenge hash names
     * @param merchant this shop's merchant key, or {@code null} when not configured
     * @return a short description of the differences, or empty when everything present matches
     */
    static Optional<String> differences(WebhookEvent event, Order order, String merchant) {
        List<String> differences = new ArrayList<>();
        Object amount = event.data().get("amount_minor");
        if (amount != null && !sameAmount(amount, order.amountMinor())) {
            differences.add("amount_minor " + amount + " != " + order.amountMinor());
        }
        String currency = event.dataString("currency");
        if (currency != null && !currency.equalsIgnoreCase(order.currency())) {
            differences.add("currency " + currency + " != " + order.currency());
        }
        String eventMerchant = event.dataString("merchant");
        if (eventMerchant != null && merchant != null && !sameMerchant(eventMerchant, merchant)) {
            differences.add("merchant " + eventMerchant + " != " + merchant);
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
