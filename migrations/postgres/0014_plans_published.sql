-- Each plan keeps its newest published version, the dates a review is due from and the
-- review date that version sets, so that a caseload of hundreds reads them from the
-- plans' index rather than looking each plan's versions up four times. A trigger keeps
-- them in step with the versions, whoever writes one.
ALTER TABLE plans ADD COLUMN published_version BIGINT;
ALTER TABLE plans ADD COLUMN first_published_at BIGINT;
ALTER TABLE plans ADD COLUMN published_at BIGINT;
ALTER TABLE plans ADD COLUMN next_review TEXT;
CREATE FUNCTION plan_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE plans SET
        published_version = (SELECT MAX(v.version) FROM plan_versions v WHERE v.plan_id = plans.id),
        first_published_at = (SELECT MIN(v.published_at) FROM plan_versions v WHERE v.plan_id = plans.id),
        published_at = (SELECT v.published_at FROM plan_versions v WHERE v.plan_id = plans.id ORDER BY v.version DESC LIMIT 1),
        next_review = (SELECT v.next_review FROM plan_versions v WHERE v.plan_id = plans.id ORDER BY v.version DESC LIMIT 1)
    WHERE id = NEW.plan_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER plan_published AFTER INSERT OR UPDATE ON plan_versions FOR EACH ROW EXECUTE FUNCTION plan_published();
UPDATE plans SET
    published_version = (SELECT MAX(v.version) FROM plan_versions v WHERE v.plan_id = plans.id),
    first_published_at = (SELECT MIN(v.published_at) FROM plan_versions v WHERE v.plan_id = plans.id),
    published_at = (SELECT v.published_at FROM plan_versions v WHERE v.plan_id = plans.id ORDER BY v.version DESC LIMIT 1),
    next_review = (SELECT v.next_review FROM plan_versions v WHERE v.plan_id = plans.id ORDER BY v.version DESC LIMIT 1);
DROP INDEX plans_listed;
CREATE INDEX plans_listed ON plans (person_id, created_at, id, kind, draft_version, draft_updated_at,
    published_version, first_published_at, published_at, next_review);
