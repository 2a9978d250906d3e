-- An entity's place in the plan is its first event's position: one index probe per projected
-- event, whatever the planner knows of a generation (a new one has no statistics until analysed).
CREATE INDEX event_log_entity_order ON event_log (generation, entity_id, position);
