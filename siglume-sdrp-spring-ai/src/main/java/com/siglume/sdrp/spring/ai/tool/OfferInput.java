package com.siglume.sdrp.spring.ai.tool;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The arguments of the pay tool: the merchant's offer exactly as the merchant stated it.
 *
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency the currency
 * @param challenge the merchant's one-time challenge
 */
record OfferInput(
        @JsonProperty("merchant") @ToolParam(description = "The merchant key from the merchant's payment request, for example acme-shop.") String merchant,
        @JsonProperty("amount_minor") @ToolParam(description = "The amount in minor units (yen for JPY, cents for USD) exactly as the merchant asked.") Long amountMinor,
        @JsonProperty("currency") @ToolParam(description = "JPY or USD.") String currency,
        @JsonProperty("challenge") @ToolParam(description = "The merchant's one-time challenge, siglume-external-402-v1:<nonce>:<signature>, copied exactly.") String challenge) {
}
