-- Each person keeps whether a caseworker is allocated to them now, so that a manager's
-- caseload finds those waiting for one in an index of only them, rather than look up
-- the allocation of every person with the team (a quarter of a manager's caseload at
-- 100,000 people, to find nobody). The trigger keeps it in step with `allocations`.
ALTER TABLE people ADD COLUMN allocated BIGINT NOT NULL DEFAULT 0 CHECK (allocated IN (0, 1));
-- Found afresh for `person`, whose row is locked first (as `count_for_person` does).
CREATE FUNCTION allocation_for_person(person TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM people WHERE id = person FOR UPDATE;
    UPDATE people SET allocated = CASE WHEN EXISTS
        (SELECT 1 FROM allocations a WHERE a.person_id = person AND a.ended_at IS NULL) THEN 1 ELSE 0 END
    WHERE id = person;
END;
$$;
CREATE FUNCTION person_allocated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM allocation_for_person(OLD.person_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.person_id IS DISTINCT FROM OLD.person_id) THEN
        PERFORM allocation_for_person(NEW.person_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER allocation_kept AFTER INSERT OR DELETE OR UPDATE OF person_id, ended_at ON allocations
    FOR EACH ROW EXECUTE FUNCTION person_allocated();
UPDATE people SET allocated = CASE WHEN EXISTS
    (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL) THEN 1 ELSE 0 END;
CREATE INDEX people_waiting ON people (team_id) WHERE closed_at IS NULL AND allocated = 0;
