-- The agent's spend ledger (JdbcSpendLedger). Plain SQL that H2, PostgreSQL, MariaDB and MySQL
-- all accept; create it with your migrations and set siglume.agent.ledger.initialize-schema=never
-- when you manage the schema yourself.
CREATE TABLE IF NOT EXISTS siglume_agent_budgets (
    currency VARCHAR(3) NOT NULL,
    period_start VARCHAR(10) NOT NULL,
    spent_minor BIGINT NOT NULL,
    PRIMARY KEY (currency, period_start)
);

CREATE TABLE IF NOT EXISTS siglume_agent_payments (
    challenge_hash VARCHAR(80) NOT NULL PRIMARY KEY,
    merchant VARCHAR(96) NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency VARCHAR(3) NOT NULL,
    period_start VARCHAR(10) NOT NULL,
    status VARCHAR(16) NOT NULL,
    requirement_id VARCHAR(255),
    receipt_id VARCHAR(255),
    chain_receipt_id VARCHAR(255),
    pricing_band VARCHAR(16),
    requirement_status VARCHAR(64),
    verified BOOLEAN,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
