-- A redacted free text: its text and salt are gone, its commitment stays so every leaf and proof holds.
CREATE TABLE redaction (
    global_index    BIGINT      NOT NULL,
    field           TEXT        NOT NULL,
    commitment      TEXT        NOT NULL,
    reason          TEXT        NOT NULL,
    redaction_event VARCHAR(255) NOT NULL,
    redacted_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (global_index, field)
);
CREATE TRIGGER redaction_append_only BEFORE UPDATE OR DELETE ON redaction FOR EACH ROW
    EXECUTE FUNCTION refuse_log_change();

-- The one key this ledger signs with: a node started with another key refuses to start, since
-- checkpoints signed by two keys would not verify against the one published.
CREATE TABLE signing_key (
    one          BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (one),
    verifier_key TEXT        NOT NULL,
    first_used   TIMESTAMPTZ NOT NULL
);
