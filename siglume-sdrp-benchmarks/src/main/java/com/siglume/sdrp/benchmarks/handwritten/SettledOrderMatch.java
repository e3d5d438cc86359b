package com.siglume.sdrp.benchmarks.handwritten;

import com.siglume.sdrp.webhook.WebhookEvent;
import java.math.BigDecimal;

/**
 * The hand-written endpoints' check that a settled payment is the order's: amount, currency and
 * merchant as the event states them against the order as stored.
 */
public final class SettledOrderMatch {

    private SettledOrderMatch() {
    }

    /**
     * Tells whether a {@code standard_settled} event pays an order.
     *
     * @param event the verified event
     * @param amountMinor the order's amount in minor units
     * @param currency the order's currency
     * @param merchant the shop's merchant key
     * @return whether amount, currency and merchant all match
     */
    public static boolean matches(WebhookEvent event, long amountMinor, String currency, String merchant) {
        Object amount = event.data().get("amount_minor");
        return amount instanceof Number number
                && new BigDecimal(number.toString()).compareTo(BigDecimal.valueOf(amountMinor)) == 0
                && currency.equalsIgnoreCase(event.dataString("currency"))
                && merchant.equals(event.dataString("merchant"));
    }
}
