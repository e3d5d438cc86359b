package com.siglume.sdrp.client;

import com.siglume.sdrp.client.shared.CapabilityFields;
import org.jspecify.annotations.Nullable;

/**
 * An answer about a buyer's use of one listing's capability: a payment requirement or a
 * scheduled autopay authorization. It names the buyer (and the agent acting for them), the
 * product listing and listing, the access grant and the capability key.
 *
 * <p>The answer types of this SDK extend it; it is not meant to be extended elsewhere.
 */
public abstract class CapabilityAnswer extends ApiAnswer {

    private final CapabilityFields capability;

    /**
     * Keeps an answer's fields.
     *
     * @param fields the answer as bound: a record whose components are the accessors' values
     * @param capability the answer's buyer, listing and capability, with its unnamed fields
     */
    protected CapabilityAnswer(Record fields, CapabilityFields capability) {
        super(fields, capability.extra());
        this.capability = capability;
    }

    /** {@return the buyer} */
    public final String buyerUserId() {
        return capability.buyerUserId();
    }

    /** {@return the agent acting for the buyer, or {@code null}} */
    public final @Nullable String agentId() {
        return capability.agentId();
    }

    /** {@return the product listing} */
    public final String productListingId() {
        return capability.productListingId();
    }

    /** {@return the listing} */
    public final String listingId() {
        return capability.listingId();
    }

    /** {@return the access grant, or {@code null}} */
    public final @Nullable String accessGrantId() {
        return capability.accessGrantId();
    }

    /** {@return the capability key} */
    public final String capabilityKey() {
        return capability.capabilityKey();
    }
}
