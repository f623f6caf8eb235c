-- A review queue read every person's plans to find whose planned review is due, though
-- at any time most people's is months away. Each current allocation now keeps
-- review_due: a day on or before which the person's next planned review falls (NULL: no
-- published plan). It is a bound, not the day: the queue asks only for the people whose
-- review_due is today or earlier, then reckons each one's day as before
-- (reviews::queue::reviews_due). The bound takes 12 months as 365 days, and counts any
-- plan's review date set since the last review, where the queue counts the newest plan's.
-- Triggers set it again whenever a plan's dates, a last review or an allocation change.
ALTER TABLE allocations ADD COLUMN review_due INTEGER;
CREATE INDEX allocations_review_due ON allocations (staff_id, review_due) WHERE ended_at IS NULL;
CREATE VIEW review_due_of (person_id, review_due) AS
SELECT pe.id, (SELECT MIN(d) FROM (
    SELECT CASE WHEN pe.last_review_completed_at > MAX(pl.first_published_at)
                THEN pe.last_review_completed_at / 86400000 + 365
                ELSE MAX(pl.first_published_at) / 86400000 + 42 END AS d
    FROM plans pl WHERE pl.person_id = pe.id AND pl.first_published_at IS NOT NULL
    UNION ALL
    SELECT CAST(julianday(pl.next_review) - 2440587.5 AS INTEGER) FROM plans pl
    WHERE pl.person_id = pe.id AND pl.published_at IS NOT NULL
      AND (pe.last_review_completed_at IS NULL OR pe.last_review_completed_at < pl.published_at)))
FROM people pe;
CREATE TRIGGER review_due_allocated AFTER INSERT ON allocations BEGIN
    UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = NEW.person_id)
    WHERE id = NEW.id;
END;
CREATE TRIGGER review_due_plan_added AFTER INSERT ON plans BEGIN
    UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = NEW.person_id)
    WHERE person_id = NEW.person_id AND ended_at IS NULL;
END;
CREATE TRIGGER review_due_plan_published AFTER UPDATE OF first_published_at, published_at, next_review ON plans BEGIN
    UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = NEW.person_id)
    WHERE person_id = NEW.person_id AND ended_at IS NULL;
END;
CREATE TRIGGER review_due_plan_removed AFTER DELETE ON plans BEGIN
    UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = OLD.person_id)
    WHERE person_id = OLD.person_id AND ended_at IS NULL;
END;
CREATE TRIGGER review_due_reviewed AFTER UPDATE OF last_review_completed_at ON people BEGIN
    UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = NEW.id)
    WHERE person_id = NEW.id AND ended_at IS NULL;
END;
UPDATE allocations SET review_due = (SELECT review_due FROM review_due_of WHERE person_id = allocations.person_id)
WHERE ended_at IS NULL;
