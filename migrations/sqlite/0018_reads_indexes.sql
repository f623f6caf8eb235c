-- Nothing here: on SQLite the reads' indexes are in the reads' own file, which the server
-- keeps (`db/reads.rs`); this keeps the two databases' migrations in step.
SELECT 1;
