package com.siglume.sdrp.spring.it.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What a JPA listener writes for a paid order. */
@Entity
public class PaidOrder {

    @Id
    private String eventId;

    private String receipt;

    protected PaidOrder() {
    }

    PaidOrder(String eventId, String receipt) {
        this.eventId = eventId;
        this.receipt = receipt;
    }

    String receipt() {
        return receipt;
    }
}
