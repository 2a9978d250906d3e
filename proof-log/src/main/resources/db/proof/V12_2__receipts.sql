-- A report's seal: the checkpoint issued with it and, once the read side has shown the plan at the
-- report's (asOf, validAt), the digest of that plan view, both signed in one note.
CREATE TABLE report_checkpoint (
    plan_id         TEXT        NOT NULL,
    report_id       TEXT        NOT NULL,
    global_index    BIGINT      NOT NULL,
    as_of           TIMESTAMPTZ NOT NULL,
    valid_at        DATE        NOT NULL,
    checkpoint_size BIGINT      NOT NULL,
    checkpoint_root BYTEA       NOT NULL,
    PRIMARY KEY (plan_id, report_id)
);

CREATE TABLE receipt (
    plan_id      TEXT        NOT NULL,
    report_id    TEXT        NOT NULL,
    state_digest TEXT        NOT NULL,
    note         TEXT        NOT NULL,
    sealed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_id, report_id),
    FOREIGN KEY (plan_id, report_id) REFERENCES report_checkpoint (plan_id, report_id)
);
CREATE TRIGGER receipt_append_only BEFORE UPDATE OR DELETE ON receipt FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER report_checkpoint_append_only BEFORE UPDATE OR DELETE ON report_checkpoint FOR EACH ROW
    EXECUTE FUNCTION refuse_log_change();
