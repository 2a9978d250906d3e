-- Each generation of the projection in partitions of its own, so that a rebuild's old generation
-- goes with DROP TABLE (its disk back at once) instead of a DELETE that leaves the tables twice
-- their size. Rebuilds creates the partitions of a new generation when it starts.
-- The log keeps of the event's data only what its value does not hold: a read gives value || data.
ALTER TABLE event_log RENAME TO event_log_unpartitioned;
ALTER TABLE fact RENAME TO fact_unpartitioned;

CREATE TABLE event_log (LIKE event_log_unpartitioned) PARTITION BY LIST (generation);
COMMENT ON COLUMN event_log.data IS 'the event''s fields that value leaves out: value || data is the event';
CREATE TABLE fact (LIKE fact_unpartitioned) PARTITION BY LIST (generation);

DO $$
DECLARE g INTEGER;
BEGIN
    FOR g IN SELECT generation FROM event_log_unpartitioned UNION SELECT generation FROM fact_unpartitioned
             UNION SELECT active_generation FROM projection_state UNION SELECT write_generation FROM projection_state
    LOOP
        EXECUTE format('CREATE TABLE event_log_%s PARTITION OF event_log FOR VALUES IN (%s)', g, g);
        EXECUTE format('CREATE TABLE fact_%s PARTITION OF fact FOR VALUES IN (%s)', g, g);
    END LOOP;
END $$;

INSERT INTO event_log SELECT generation, event_id, position, plan_id, entity_kind, entity_id, type, attribute, value,
    effective_date, recorded_at, actor,
    CASE WHEN jsonb_typeof(value) = 'object' AND jsonb_typeof(data) = 'object'
         THEN data - ARRAY(SELECT jsonb_object_keys(value)) ELSE data END, corrects, correction_reason,
    superseded_at, superseded_by FROM event_log_unpartitioned;
INSERT INTO fact SELECT generation, plan_id, entity_kind, entity_id, attribute, value, valid, recorded, event_id,
    entity_order FROM fact_unpartitioned;
DROP TABLE event_log_unpartitioned;
DROP TABLE fact_unpartitioned;

-- The indexes of V1, V10_3, V11_7 and V11_8 under their names, but event_log_entity: an entity's
-- events are found by event_log_entity_order, which serves the trail, the kind and the projection.
ALTER TABLE event_log ADD PRIMARY KEY (generation, event_id);
CREATE INDEX event_log_entity_order ON event_log (generation, entity_id, position);
CREATE INDEX event_log_plan ON event_log (generation, plan_id, attribute, effective_date);
CREATE INDEX event_log_plan_recorded ON event_log (generation, plan_id, recorded_at);
CREATE INDEX event_log_report ON event_log (generation, attribute) WHERE attribute LIKE 'report:%';
CREATE INDEX fact_plan_at ON fact USING gist (generation, plan_id, recorded, valid);
CREATE INDEX fact_current ON fact (generation, entity_id, attribute) WHERE upper_inf(recorded);
CREATE INDEX fact_contributing ON fact USING gist (generation, recorded, valid)
    WHERE entity_kind = 'GOAL' AND attribute = 'definition'
      AND jsonb_typeof(value->'contributesTo') = 'array' AND value->'contributesTo' <> '[]'::jsonb;
CREATE INDEX fact_goal_definition ON fact (generation, entity_id) WHERE entity_kind = 'GOAL' AND attribute = 'definition';
ANALYZE event_log;
ANALYZE fact;

-- A partition's index is named after its table's (fact_plan_at_1), so plans read as before.
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT child.relname AS child, parent.relname AS parent, substring(tbl.relname FROM '_(\d+)$') AS g
             FROM pg_inherits i JOIN pg_class child ON child.oid = i.inhrelid
             JOIN pg_class parent ON parent.oid = i.inhparent JOIN pg_index x ON x.indexrelid = child.oid
             JOIN pg_class tbl ON tbl.oid = x.indrelid JOIN pg_namespace n ON n.oid = child.relnamespace
             WHERE n.nspname = 'query' AND child.relkind = 'i' AND tbl.relname ~ '^(event_log|fact)_\d+$'
    LOOP
        EXECUTE format('ALTER INDEX query.%I RENAME TO %I', r.child, r.parent || '_' || r.g);
    END LOOP;
END $$;
