-- Reviews of a person's plan, asked for (by the person or on their behalf) or planned by
-- the council, and the steps each has taken; the status is the last step, kept on the
-- review for the queue.
CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    origin TEXT NOT NULL CHECK (origin IN ('requested', 'planned')),
    requested_by TEXT NOT NULL REFERENCES accounts (id),
    on_behalf BIGINT NOT NULL DEFAULT 0 CHECK (on_behalf IN (0, 1)),
    reason TEXT,
    urgency TEXT NOT NULL CHECK (urgency IN ('urgent', 'soon', 'can_wait')),
    request TEXT,
    status TEXT NOT NULL,
    is_open BIGINT NOT NULL CHECK (is_open IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX reviews_by_person ON reviews (person_id, created_at);
-- One open request per reason per person, kept by the database even when two arrive at once.
CREATE UNIQUE INDEX reviews_one_open_per_reason ON reviews (person_id, reason) WHERE is_open = 1;

CREATE TABLE review_steps (
    review_id TEXT NOT NULL REFERENCES reviews (id),
    seq BIGINT NOT NULL,
    step TEXT NOT NULL,
    by_account TEXT NOT NULL REFERENCES accounts (id),
    at BIGINT NOT NULL,
    PRIMARY KEY (review_id, seq)
);

-- What the app shows a person under "Notifications": only that something happened, and where.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    review_id TEXT NOT NULL REFERENCES reviews (id),
    step TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_by_person ON notifications (person_id, created_at);

-- Email waiting to go: written in the same transaction as the change it tells of, sent by
-- a background worker with retries, so an outage of the mail server delays mail but never
-- loses it. Holds no plan details: the template and language are rendered when sent.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    to_address TEXT NOT NULL,
    locale TEXT NOT NULL,
    template TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_waiting ON outbox (next_attempt_at) WHERE sent_at IS NULL;
