-- Shop tables. Plain SQL that H2, PostgreSQL and MariaDB all accept; every statement is
-- idempotent because it runs at each startup (spring.sql.init.mode=always). Timestamp columns
-- carry an explicit default so that MariaDB never turns one into an auto-updated column.
-- The webhook event table and the checkout attempts table are created by the Siglume starter.

CREATE TABLE IF NOT EXISTS shop_order (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    description         VARCHAR(200)  NOT NULL,
    amount_minor        BIGINT        NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    attempt             INTEGER       NOT NULL,
    checkout_session_id VARCHAR(255),
    requirement_id      VARCHAR(255),
    chain_receipt_id    VARCHAR(255),
    created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Durable manual review queue: unclassified events, unknown challenge hashes, mismatches.
CREATE TABLE IF NOT EXISTS shop_payment_review (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    event_id            VARCHAR(255)  NOT NULL,
    reason              VARCHAR(64)   NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    order_id            VARCHAR(64),
    requirement_id      VARCHAR(255),
    challenge_hash      VARCHAR(255),
    settlement_batch_id VARCHAR(255),
    detail              VARCHAR(1000),
    created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Settled Micro/Nano batches, for reconciling fulfilled_unsettled orders.
CREATE TABLE IF NOT EXISTS shop_settlement_batch (
    settlement_batch_id VARCHAR(255) NOT NULL PRIMARY KEY,
    pricing_band        VARCHAR(16)  NOT NULL,
    settlement_cadence  VARCHAR(16)  NOT NULL,
    chain_receipt_id    VARCHAR(255) NOT NULL,
    usage_event_digest  VARCHAR(255) NOT NULL,
    settled_at          VARCHAR(64),
    event_id            VARCHAR(255) NOT NULL,
    recorded_at         TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
