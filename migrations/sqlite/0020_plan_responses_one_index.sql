-- 0019's plan_responses_latest (plan_id, version, at, id) begins with every column of
-- plan_responses_by_version and answers all it did: one index to keep up, not two.
DROP INDEX plan_responses_by_version;
