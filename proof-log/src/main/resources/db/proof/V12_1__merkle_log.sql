-- The Merkle log (RFC 6962) over every stored event. Leaves are appended once, in the order the
-- log's single processor read the committed events, and never rewritten: they are not a
-- projection that a rebuild may reorder.
CREATE TABLE leaf (
    leaf_index  BIGINT PRIMARY KEY,
    global_index BIGINT NOT NULL UNIQUE,  -- the event's row in public.domainevententry
    event_id    VARCHAR(255) NOT NULL,     -- named by the self-audit when the row is gone
    leaf_hash   BYTEA  NOT NULL CHECK (length(leaf_hash) = 32)
);

-- Complete subtrees above the leaves: node (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
CREATE TABLE node (
    level SMALLINT NOT NULL CHECK (level > 0),
    idx   BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Salts of the free texts committed by salted hash (a redaction deletes the row with the text).
CREATE TABLE text_salt (
    global_index BIGINT NOT NULL,
    field        TEXT   NOT NULL,
    salt         BYTEA  NOT NULL,
    PRIMARY KEY (global_index, field)
);

CREATE TABLE checkpoint (
    id        BIGSERIAL PRIMARY KEY,
    size      BIGINT      NOT NULL,
    root_hash BYTEA       NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    reason    TEXT        NOT NULL,
    plan_id   TEXT,
    note      TEXT        NOT NULL
);
CREATE INDEX checkpoint_plan ON checkpoint (plan_id, id);

-- Like the events: what the log has committed to is never updated or deleted by the ledger.
CREATE FUNCTION refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the Merkle log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER leaf_append_only BEFORE UPDATE OR DELETE ON leaf FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER node_append_only BEFORE UPDATE OR DELETE ON node FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON checkpoint FOR EACH ROW
    EXECUTE FUNCTION refuse_log_change();
