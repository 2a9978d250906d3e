-- Disk per event (issue 11): the projection's two widest indexes are gone or narrow.
-- event_log_plan_recorded (about 50 B per event) served no read: every read by plan and time of
-- recording also names an attribute or a type, and the planner takes event_log_plan for it.
DROP INDEX event_log_plan_recorded;
-- A plan's facts by a B-tree on the plan alone, not a GiST over both times (about 140 B per event):
-- PostgreSQL deduplicates the repeated key to a few bytes a fact, and a read at (asOf, validAt)
-- keeps most of the plan's facts anyway (all open facts are known now), so filtering them costs
-- what the GiST search did (measured at 100 k events: 2.1 ms against 2.4 ms for a plan today).
DROP INDEX fact_plan_at;
CREATE INDEX fact_plan ON fact (generation, plan_id);
