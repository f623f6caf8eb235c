-- Each person keeps whether a caseworker is allocated to them now, so that a manager's
-- caseload finds those waiting for one in an index of only them, rather than look up
-- the allocation of every person with the team (a quarter of a manager's caseload at
-- 100,000 people, to find nobody). `count_for_person` (0016) keeps it with the counts,
-- and changes to `allocations` now call it too.
ALTER TABLE people ADD COLUMN allocated BIGINT NOT NULL DEFAULT 0 CHECK (allocated IN (0, 1));
CREATE OR REPLACE FUNCTION count_for_person(person TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM people WHERE id = person FOR UPDATE;
    UPDATE people SET
        unread_concerns = (SELECT COUNT(*) FROM concerns c WHERE c.person_id = person AND c.read_at IS NULL),
        last_review_completed_at = (SELECT MAX(r.updated_at) FROM reviews r WHERE r.person_id = person AND r.status = 'completed'),
        allocated = CASE WHEN EXISTS
            (SELECT 1 FROM allocations a WHERE a.person_id = person AND a.ended_at IS NULL) THEN 1 ELSE 0 END
    WHERE id = person;
END;
$$;
CREATE TRIGGER allocation_counted AFTER INSERT OR DELETE OR UPDATE OF person_id, ended_at ON allocations
    FOR EACH ROW EXECUTE FUNCTION person_counted();
UPDATE people SET allocated = CASE WHEN EXISTS
    (SELECT 1 FROM allocations a WHERE a.person_id = people.id AND a.ended_at IS NULL) THEN 1 ELSE 0 END;
CREATE INDEX people_waiting ON people (team_id) WHERE closed_at IS NULL AND allocated = 0;
