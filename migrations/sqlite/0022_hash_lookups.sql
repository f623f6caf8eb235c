-- Nothing here: SQLite has no hash indexes. This keeps the two databases' migrations in
-- step.
SELECT 1;
