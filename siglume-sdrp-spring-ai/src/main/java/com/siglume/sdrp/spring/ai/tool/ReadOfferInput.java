package com.siglume.sdrp.spring.ai.tool;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.ai.tool.annotation.ToolParam;

/**
 * The arguments of the read-offer tool: either a merchant's offer, or a payment requirement id.
 *
 * @param merchant the merchant key
 * @param amountMinor the amount in minor units
 * @param currency the currency
 * @param challenge the merchant's one-time challenge
 * @param requirementId a payment requirement id, instead of the four values above
 */
record ReadOfferInput(
        @JsonProperty("merchant") @ToolParam(required = false, description = "The merchant key from the merchant's payment request.") String merchant,
        @JsonProperty("amount_minor") @ToolParam(required = false, description = "The amount in minor units (yen for JPY, cents for USD).") Long amountMinor,
        @JsonProperty("currency") @ToolParam(required = false, description = "JPY or USD.") String currency,
        @JsonProperty("challenge") @ToolParam(required = false, description = "The merchant's one-time challenge, siglume-external-402-v1:<nonce>:<signature>.") String challenge,
        @JsonProperty("requirement_id") @ToolParam(required = false, description = "A payment requirement id, to read an offer Siglume already holds instead of the four values above.") String requirementId) {
}
