-- Nothing here: on SQLite, reading one's plan now finds each row it looks up by id in one
-- index (the table's id index and then the table were two); this keeps the two databases'
-- migrations in step.
SELECT 1;
