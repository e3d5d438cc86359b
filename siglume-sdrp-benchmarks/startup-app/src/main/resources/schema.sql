CREATE TABLE IF NOT EXISTS product (
    id VARCHAR(64) PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    price_minor BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL
);
CREATE TABLE IF NOT EXISTS shop_order (
    id VARCHAR(64) PRIMARY KEY,
    product_id VARCHAR(64) NOT NULL REFERENCES product (id),
    challenge_hash VARCHAR(128) NOT NULL UNIQUE,
    status VARCHAR(32) NOT NULL
);
MERGE INTO product (id, name, price_minor, currency) KEY (id) VALUES ('tea', 'Green tea', 1200, 'JPY');
