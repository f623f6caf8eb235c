-- A caseload of hundreds lists each plan and its publication dates from indexes alone,
-- never reading a plan's draft or a version's content.
CREATE INDEX plans_listed ON plans (person_id, created_at, id, kind, draft_version, draft_updated_at);
DROP INDEX plans_by_person;
CREATE INDEX plan_versions_dated ON plan_versions (plan_id, version, published_at, next_review);
-- When each person last had a review completed, without reading every review.
CREATE INDEX reviews_completed ON reviews (person_id, updated_at) WHERE status = 'completed';
