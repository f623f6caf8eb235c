-- An email the mail server refused for good (or that can never be written) stops being
-- tried: it waits, with why, on the admins' list of failed email until one retries it.
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
DROP INDEX outbox_waiting;
CREATE INDEX outbox_waiting ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
