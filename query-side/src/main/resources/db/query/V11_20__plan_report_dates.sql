-- Where the pages open a past plan (its latest report date) comes with the plan answer: one probe
-- among the plan's own reports, whatever the size of its trail or of other plans'.
CREATE INDEX event_log_plan_report ON event_log (generation, plan_id, effective_date) WHERE attribute LIKE 'report:%';
