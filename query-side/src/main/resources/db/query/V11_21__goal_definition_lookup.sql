-- The goals a goal contributes to, by id in whatever plan: a search that also holds the two times,
-- so that on a partitioned fact table the planner never prefers the per-plan GiST index (a walk
-- through every plan's facts) for a lookup by goal id.
DROP INDEX fact_goal_definition;
CREATE INDEX fact_goal_definition ON fact USING gist (generation, entity_id, recorded, valid)
    WHERE entity_kind = 'GOAL' AND attribute = 'definition';
