-- Notifications of every kind a person hears of: a step of their review, an answer to
-- their goal or wish, a new version of their plan. `subject_id` is the review, goal, wish
-- or plan; `details` (JSON) holds what the words need; `by_account` is who did it, so
-- nobody is told of their own action. Rows written before keep their review step.
ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_review_id_fkey;
ALTER TABLE notifications RENAME COLUMN review_id TO subject_id;
ALTER TABLE notifications ADD COLUMN kind TEXT NOT NULL DEFAULT 'review' CHECK (kind IN ('review', 'answer', 'plan'));
ALTER TABLE notifications ADD COLUMN by_account TEXT REFERENCES accounts (id);
ALTER TABLE notifications ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
UPDATE notifications SET details = '{"step":"' || step || '"}';
ALTER TABLE notifications DROP COLUMN step;
ALTER TABLE notifications ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE notifications ALTER COLUMN details DROP DEFAULT;

-- A number people can ring or text their named worker on.
ALTER TABLE staff ADD COLUMN phone TEXT;

-- What the person (or a carer for them) adds to an open review, in their own words.
CREATE TABLE review_additions (
    id TEXT PRIMARY KEY,
    review_id TEXT NOT NULL REFERENCES reviews (id),
    text TEXT NOT NULL,
    by_account TEXT NOT NULL REFERENCES accounts (id),
    at BIGINT NOT NULL
);
CREATE INDEX review_additions_by_review ON review_additions (review_id, at);
