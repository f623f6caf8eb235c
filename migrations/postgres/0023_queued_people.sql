-- A caseload's goals queue looked up every person's goals and wishes, though most people
-- have nothing waiting for an answer and nothing answered lately. Each current
-- allocation now keeps queued_at: when the person's goals and wishes were last answered,
-- or, while one waits for an answer, the largest number there is (NULL: neither). The
-- queue, asked for what waits or was answered since a time, asks only for the people
-- whose queued_at is at or after it. Every write to a goal or wish sets it again
-- (staff::mark_queued, with the same UPDATE).
ALTER TABLE allocations ADD COLUMN queued_at BIGINT;
UPDATE allocations SET queued_at = (
    SELECT MAX(CASE WHEN c.decision = 'new' THEN 9223372036854775807 ELSE c.response_at END) FROM (
        SELECT decision, response_at FROM goals g WHERE g.person_id = allocations.person_id AND g.withdrawn_at IS NULL
        UNION ALL
        SELECT decision, response_at FROM wishes w WHERE w.person_id = allocations.person_id AND w.removed_at IS NULL
    ) c
) WHERE ended_at IS NULL;
DROP INDEX allocations_by_staff;
CREATE INDEX allocations_by_staff ON allocations (staff_id, queued_at) WHERE ended_at IS NULL;
