-- The command side's own lookup of what exists (set-based validation): ids are unique across
-- kinds, and every entity knows its plan. Filled in the same transaction as the events.
CREATE TABLE plan_period (
    plan_id      VARCHAR(255) PRIMARY KEY,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL
);

CREATE TABLE entity (
    id      VARCHAR(255) PRIMARY KEY,
    kind    VARCHAR(16)  NOT NULL,
    plan_id VARCHAR(255) NOT NULL
);

CREATE TABLE idempotency_key (
    actor           VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    response        TEXT,
    location        TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);
