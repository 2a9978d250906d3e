-- The read side's own schema. Every table carries a generation: a rebuild writes a new one
-- while queries keep reading the active one, and the switch is a single update.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE projection_state (
    name              VARCHAR(100) PRIMARY KEY,
    active_generation INTEGER     NOT NULL,
    write_generation  INTEGER     NOT NULL,
    rebuild_started   TIMESTAMPTZ,
    rebuild_finished  TIMESTAMPTZ
);
INSERT INTO projection_state (name, active_generation, write_generation) VALUES ('plan-projection', 1, 1);

-- Every event once, as the audit trail shows it, and as the assertion it makes about one
-- attribute of one entity; superseded_* is set when a later event corrects it.
CREATE TABLE event_log (
    generation     INTEGER      NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    position       BIGINT       NOT NULL,
    plan_id        VARCHAR(255) NOT NULL,
    entity_kind    VARCHAR(16)  NOT NULL,
    entity_id      VARCHAR(255) NOT NULL,
    type           VARCHAR(100) NOT NULL,
    attribute      VARCHAR(100) NOT NULL,
    value          JSONB        NOT NULL,
    effective_date DATE         NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(255) NOT NULL,
    data           JSONB        NOT NULL,
    corrects       VARCHAR(255),
    correction_reason TEXT,
    superseded_at  TIMESTAMPTZ,
    superseded_by  VARCHAR(255),
    PRIMARY KEY (generation, event_id)
);
CREATE INDEX event_log_entity ON event_log (generation, entity_id, attribute, effective_date);
CREATE INDEX event_log_plan ON event_log (generation, plan_id, attribute, effective_date);
CREATE INDEX event_log_plan_recorded ON event_log (generation, plan_id, recorded_at);

-- The bitemporal state: what was valid over `valid` as the ledger knew it over `recorded`.
CREATE TABLE fact (
    generation  INTEGER      NOT NULL,
    plan_id     VARCHAR(255) NOT NULL,
    entity_kind VARCHAR(16)  NOT NULL,
    entity_id   VARCHAR(255) NOT NULL,
    attribute   VARCHAR(100) NOT NULL,
    value       JSONB        NOT NULL,
    valid       DATERANGE    NOT NULL,
    recorded    TSTZRANGE    NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    -- the position of the entity's first event: plans list their goals in the order defined
    entity_order BIGINT      NOT NULL
);
-- (asOf, validAt) → the plan's facts: a GiST search, logarithmic in the facts of that plan.
CREATE INDEX fact_plan_at ON fact USING gist (generation, plan_id, recorded, valid);
CREATE INDEX fact_current ON fact (generation, entity_id, attribute) WHERE upper_inf(recorded);
