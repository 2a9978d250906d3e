-- A goal's parent, so that a corrected definition cannot make the goal tree go round in a circle.
ALTER TABLE entity ADD COLUMN parent_id VARCHAR(255);
