-- Each person keeps whether a caseworker is allocated to them now, so that a manager's
-- caseload finds those waiting for one in an index of only them, rather than look up
-- the allocation of every person with the team (a quarter of a manager's caseload at
-- 100,000 people, to find nobody). Triggers keep it in step with `allocations`.
ALTER TABLE people ADD COLUMN allocated INTEGER NOT NULL DEFAULT 0 CHECK (allocated IN (0, 1));
CREATE TRIGGER allocation_added AFTER INSERT ON allocations BEGIN
    UPDATE people SET allocated = EXISTS (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL)
    WHERE id = NEW.person_id;
END;
CREATE TRIGGER allocation_changed AFTER UPDATE OF person_id, ended_at ON allocations BEGIN
    UPDATE people SET allocated = EXISTS (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL)
    WHERE id IN (OLD.person_id, NEW.person_id);
END;
CREATE TRIGGER allocation_removed AFTER DELETE ON allocations BEGIN
    UPDATE people SET allocated = EXISTS (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL)
    WHERE id = OLD.person_id;
END;
UPDATE people SET allocated = EXISTS (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL);
CREATE INDEX people_waiting ON people (team_id) WHERE closed_at IS NULL AND allocated = 0;
