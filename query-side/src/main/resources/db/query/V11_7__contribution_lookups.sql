-- The goals that contribute to goals of other plans, at (asOf, validAt) or over a year: a GiST search
-- among those goals' definitions only, never a scan of every plan's facts. The predicate is the one
-- PlanFacts.CONTRIBUTING writes, so the planner can prove the index applies.
CREATE INDEX fact_contributing ON fact USING gist (generation, recorded, valid)
    WHERE entity_kind = 'GOAL' AND attribute = 'definition'
      AND jsonb_typeof(value->'contributesTo') = 'array' AND value->'contributesTo' <> '[]'::jsonb;
-- The goals a goal contributes to, by id in whatever plan (the links of a plan view).
CREATE INDEX fact_goal_definition ON fact (generation, entity_id) WHERE entity_kind = 'GOAL' AND attribute = 'definition';
