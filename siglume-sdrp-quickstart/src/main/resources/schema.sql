CREATE TABLE IF NOT EXISTS orders (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    amount_minor   BIGINT       NOT NULL,
    currency       VARCHAR(3)   NOT NULL,
    status         VARCHAR(32)  NOT NULL,
    requirement_id VARCHAR(255)
);
CREATE TABLE IF NOT EXISTS payment_reviews (
    event_id VARCHAR(255) NOT NULL,
    order_id VARCHAR(64),
    reason   VARCHAR(64)  NOT NULL
);
INSERT INTO orders (id, amount_minor, currency, status)
    SELECT 'order_123', 1200, 'JPY', 'created'
    WHERE NOT EXISTS (SELECT 1 FROM orders WHERE id = 'order_123');
