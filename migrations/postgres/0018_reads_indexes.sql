-- Each read writes one row and every index of it. Reads are found by the person they are
-- about (who has looked, a subject access request) and, rarely, by the account: nothing
-- looks them up by action, and most are about no account. So: no index by action, and
-- the index by account holds only the rows about one (as on SQLite, `db/reads.rs`).
DROP INDEX reads_by_action;
DROP INDEX reads_by_subject_account;
CREATE INDEX reads_about_accounts ON read_events (subject_account_id, at) WHERE subject_account_id IS NOT NULL;
