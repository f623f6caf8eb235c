-- A caseload, a review queue and a team are read in a few queries, whatever the council's
-- size: the date a plan sets for its next review is kept beside the version (not only
-- inside its content), and every list is found by an index.
ALTER TABLE plan_versions ADD COLUMN next_review TEXT;
UPDATE plan_versions SET next_review = json_extract(content, '$.next_review');
CREATE INDEX staff_by_team ON staff (team_id);
CREATE INDEX people_by_team ON people (team_id) WHERE closed_at IS NULL;
CREATE INDEX concerns_unread ON concerns (person_id) WHERE read_at IS NULL;
