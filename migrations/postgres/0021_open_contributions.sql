-- Nothing here: PostgreSQL reads a row from its table before it tests the columns an
-- index carries beside its key, so SQLite's 0021 would not spare it a read. This keeps the
-- two databases' migrations in step.
SELECT 1;
