package com.siglume.sdrp.client.shared;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.siglume.sdrp.client.internal.ClientJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The buyer, listing and capability fields of an answer, unwrapped from it by Jackson. Being
 * the answer's one unwrapped part, it also collects every field the answer does not name.
 *
 * <p>Not part of the public API.
 *
 * @param buyerUserId the buyer
 * @param agentId the agent acting for the buyer, or {@code null}
 * @param productListingId the product listing
 * @param listingId the listing
 * @param accessGrantId the access grant, or {@code null}
 * @param capabilityKey the capability key
 * @param extra every field neither the answer nor this part names (unmodifiable)
 */
public record CapabilityFields(
        @JsonProperty("buyer_user_id") String buyerUserId,
        @JsonProperty("agent_id") @Nullable String agentId,
        @JsonProperty("product_listing_id") String productListingId,
        @JsonProperty("listing_id") String listingId,
        @JsonProperty("access_grant_id") @Nullable String accessGrantId,
        @JsonProperty("capability_key") String capabilityKey,
        @JsonAnySetter Map<String, Object> extra) {

    /** Makes the map unmodifiable; absent becomes empty. */
    public CapabilityFields {
        extra = ClientJson.immutableMap(extra);
    }
}
