-- Reading one's plan looks rows up by id: the session, its account and person, then the
-- plan, its person, caseworker, version, publisher and latest answer. A table's id index
-- gives only where the row is, which is then found in the table's own tree: two searches,
-- each three or four pages deep at 100,000 people. These indexes carry what those reads
-- take, so each is one search.
CREATE INDEX sessions_resumed ON sessions (token_hash, id, account_id, last_seen_at, verified_at, created_at, expires_at, ended_at);
CREATE INDEX accounts_resumed ON accounts (id, person_id, staff_id, disabled);
CREATE INDEX people_named ON people (id, full_name, closed_at, access_until);
CREATE INDEX plans_headed ON plans (id, person_id, kind, published_version);
CREATE INDEX staff_named ON staff (id, full_name, email, phone, role, team_id, active, language);
CREATE INDEX plan_versions_published_by ON plan_versions (plan_id, version, published_by);
CREATE INDEX plan_responses_latest ON plan_responses (plan_id, version, at, id);

-- Without statistics SQLite takes a unique index over one that holds the answer. These
-- say only what is true at any size, that each key names one row, with SQLite's own
-- assumed table size, so no other plan changes (SQLite's "manual control of query plans
-- using sqlite_stat tables"). ANALYZE itself is not run: with the sampled statistics this
-- build keeps (STAT4), each statement would be planned again on each use, which halved
-- the reads a second.
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('sessions', 'sessions_resumed', '1048576 1 1 1 1 1 1 1 1'),
    ('accounts', 'accounts_resumed', '1048576 1 1 1 1'),
    ('people', 'people_named', '1048576 1 1 1 1'),
    ('plans', 'plans_headed', '1048576 1 1 1 1'),
    ('staff', 'staff_named', '1048576 1 1 1 1 1 1 1 1'),
    ('plan_versions', 'plan_versions_published_by', '1048576 10 1 1'),
    ('plan_responses', 'plan_responses_latest', '1048576 10 1 1 1');
ANALYZE sqlite_schema;
