-- The list of plans: its registrations and the plans' own definitions in partial indexes, so that
-- listing the plans never walks the other events or every fact of each plan (PlanFacts.PLANS).
CREATE INDEX event_log_plan_registered ON event_log (generation, position) WHERE type = 'PlanRegistered';
CREATE INDEX fact_plan_definition ON fact USING gist (generation, entity_id, recorded, valid)
    WHERE entity_kind = 'PLAN' AND attribute = 'definition';
