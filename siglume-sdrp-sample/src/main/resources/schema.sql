-- Shop tables. Plain SQL that H2, PostgreSQL and MariaDB all accept; every statement is
-- idempotent because it runs at each startup (spring.sql.init.mode=always). Timestamp columns
-- carry an explicit default so that MariaDB never turns one into an auto-updated column.
-- The webhook event table and the checkout attempts table are created by the Siglume starter.
--
-- Column sizes: the shop's own values get the size they need (order ids up to 64 characters,
-- status and reason names); Siglume ids an order keeps (session, requirement, chain receipt) get
-- the 255 characters of the starter's siglume_checkout_attempts, where they are stored first.
-- Values a review record copies from a webhook event as sent (event id, requirement id,
-- challenge hash, detail) are TEXT: the review queue keeps them whole, however long.

CREATE TABLE IF NOT EXISTS shop_order (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    description         VARCHAR(200)  NOT NULL,
    amount_minor        BIGINT        NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    status              VARCHAR(24)   NOT NULL,
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
    event_id            TEXT          NOT NULL,
    reason              VARCHAR(64)   NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    order_id            VARCHAR(64),
    requirement_id      TEXT,
    challenge_hash      TEXT,
    settlement_batch_id TEXT,
    detail              TEXT,
    created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Settled Micro/Nano batches, for reconciling fulfilled_unsettled orders. The batch id is the
-- key, so it is bounded; SettlementBatchRepository.BATCH_ID_LIMIT refuses a longer one, which the
-- shop then puts on review instead. The other values are kept as sent.
CREATE TABLE IF NOT EXISTS shop_settlement_batch (
    settlement_batch_id VARCHAR(255) NOT NULL PRIMARY KEY,
    pricing_band        VARCHAR(16)  NOT NULL,
    settlement_cadence  VARCHAR(16)  NOT NULL,
    chain_receipt_id    TEXT         NOT NULL,
    usage_event_digest  TEXT         NOT NULL,
    settled_at          TEXT,
    event_id            TEXT         NOT NULL,
    recorded_at         TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
