-- Nothing here: on SQLite 0019 made an index of 0003 redundant; PostgreSQL keeps its
-- one. This keeps the two databases' migrations in step.
SELECT 1;
