-- Which goals of other plans each goal contributes to (bidrar till), so that a definition or revision
-- cannot make the contributions go round in a circle.
CREATE TABLE goal_contribution (
    goal_id   VARCHAR(255) NOT NULL,
    target_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (goal_id, target_id)
);
