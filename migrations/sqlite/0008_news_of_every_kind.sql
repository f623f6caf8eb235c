-- Notifications of every kind a person hears of: a step of their review, an answer to
-- their goal or wish, a new version of their plan. `subject_id` is the review, goal, wish
-- or plan; `details` (JSON) holds what the words need; `by_account` is who did it, so
-- nobody is told of their own action. Rows written before keep their review step.
CREATE TABLE notifications_new (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL CHECK (kind IN ('review', 'answer', 'plan')),
    subject_id TEXT NOT NULL,
    by_account TEXT REFERENCES accounts (id),
    details TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
INSERT INTO notifications_new (id, person_id, kind, subject_id, by_account, details, created_at, read_at)
    SELECT id, person_id, 'review', review_id, NULL, '{"step":"' || step || '"}', created_at, read_at
    FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_by_person ON notifications (person_id, created_at);

-- A number people can ring or text their named worker on.
ALTER TABLE staff ADD COLUMN phone TEXT;

-- What the person (or a carer for them) adds to an open review, in their own words.
CREATE TABLE review_additions (
    id TEXT PRIMARY KEY,
    review_id TEXT NOT NULL REFERENCES reviews (id),
    text TEXT NOT NULL,
    by_account TEXT NOT NULL REFERENCES accounts (id),
    at INTEGER NOT NULL
);
CREATE INDEX review_additions_by_review ON review_additions (review_id, at);
