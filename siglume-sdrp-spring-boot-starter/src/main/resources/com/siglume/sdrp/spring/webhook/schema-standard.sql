CREATE TABLE IF NOT EXISTS siglume_webhook_events (
    event_id VARCHAR(255) NOT NULL PRIMARY KEY,
    event_type VARCHAR(255) NOT NULL,
    kind VARCHAR(64) NOT NULL,
    reason VARCHAR(64),
    status VARCHAR(32) NOT NULL,
    received_at TIMESTAMP NOT NULL,
    payload TEXT NOT NULL
);
