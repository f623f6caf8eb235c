-- A caseload's queue and to-do ask each person's goals and wishes for those that wait for
-- an answer or were answered lately. With the answer's columns in the index, SQLite tells
-- from the index alone which rows those are, and reads only them from the table, not every
-- goal and wish of the 600 people on a manager's team. Nothing asked the index for
-- updated_at's order.
DROP INDEX goals_by_person;
CREATE INDEX goals_by_person ON goals (person_id, decision, response_at, withdrawn_at);
DROP INDEX wishes_by_person;
CREATE INDEX wishes_by_person ON wishes (person_id, decision, response_at, removed_at);
