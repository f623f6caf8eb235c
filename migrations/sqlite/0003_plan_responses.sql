-- The person's answer to a published version of their plan: agree or not, with a comment.
CREATE TABLE plan_responses (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    agrees INTEGER NOT NULL CHECK (agrees IN (0, 1)),
    comment TEXT NOT NULL,
    at INTEGER NOT NULL,
    FOREIGN KEY (plan_id, version) REFERENCES plan_versions (plan_id, version)
);
CREATE INDEX plan_responses_by_version ON plan_responses (plan_id, version, at);
