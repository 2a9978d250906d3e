-- A read given report=<id> finds the report's issue instant and date without knowing its plan.
CREATE INDEX event_log_report ON event_log (generation, attribute) WHERE attribute LIKE 'report:%';
