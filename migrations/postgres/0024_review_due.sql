-- A review queue read every person's plans to find whose planned review is due, though
-- at any time most people's is months away. Each current allocation now keeps
-- review_due: a day on or before which the person's next planned review falls (NULL: no
-- published plan). It is a bound, not the day: the queue asks only for the people whose
-- review_due is today or earlier, then reckons each one's day as before
-- (reviews::queue::reviews_due). The bound takes 12 months as 365 days, and counts any
-- plan's review date set since the last review, where the queue counts the newest plan's.
-- Triggers set it again whenever a plan's dates, a last review or an allocation change.
ALTER TABLE allocations ADD COLUMN review_due BIGINT;
CREATE INDEX allocations_review_due ON allocations (staff_id, review_due) WHERE ended_at IS NULL;
-- A date as days since 1970, or NULL if it is not one (as the queue reads it).
CREATE FUNCTION iso_day(date TEXT) RETURNS BIGINT LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN date::date - DATE '1970-01-01';
EXCEPTION WHEN others THEN
    RETURN NULL;
END;
$$;
CREATE VIEW review_due_of (person_id, review_due) AS
SELECT pe.id, (SELECT MIN(d) FROM (
    SELECT CASE WHEN pe.last_review_completed_at > MAX(pl.first_published_at)
                THEN pe.last_review_completed_at / 86400000 + 365
                ELSE MAX(pl.first_published_at) / 86400000 + 42 END AS d
    FROM plans pl WHERE pl.person_id = pe.id AND pl.first_published_at IS NOT NULL
    UNION ALL
    SELECT iso_day(pl.next_review) FROM plans pl
    WHERE pl.person_id = pe.id AND pl.published_at IS NOT NULL
      AND (pe.last_review_completed_at IS NULL OR pe.last_review_completed_at < pl.published_at)) bounds)
FROM people pe;
CREATE FUNCTION review_due_set() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    person TEXT;
BEGIN
    IF TG_TABLE_NAME = 'people' THEN
        person := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        person := OLD.person_id;
    ELSE
        person := NEW.person_id;
    END IF;
    UPDATE allocations SET review_due = (SELECT r.review_due FROM review_due_of r WHERE r.person_id = person)
    WHERE allocations.person_id = person AND ended_at IS NULL;
    RETURN NULL;
END;
$$;
CREATE TRIGGER review_due_allocated AFTER INSERT ON allocations
    FOR EACH ROW EXECUTE FUNCTION review_due_set();
CREATE TRIGGER review_due_planned AFTER INSERT OR DELETE OR UPDATE OF first_published_at, published_at, next_review
    ON plans FOR EACH ROW EXECUTE FUNCTION review_due_set();
CREATE TRIGGER review_due_reviewed AFTER UPDATE OF last_review_completed_at ON people
    FOR EACH ROW EXECUTE FUNCTION review_due_set();
UPDATE allocations SET review_due = (SELECT r.review_due FROM review_due_of r WHERE r.person_id = allocations.person_id)
WHERE ended_at IS NULL;
