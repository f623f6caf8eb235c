-- What a council holds about a person it supports, so it can register them, find them by
-- its own case-management reference and import them from that system; and a case can be
-- closed without deleting anything.
ALTER TABLE people ADD COLUMN case_reference TEXT;
ALTER TABLE people ADD COLUMN phone TEXT;
-- Accessible Information Standard: how the person needs information given to them.
ALTER TABLE people ADD COLUMN communication_needs TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN closed_at INTEGER;
-- After a case is closed the person may still sign in and read until then.
ALTER TABLE people ADD COLUMN access_until INTEGER;
-- The team a person is with, allocated to one of its caseworkers or waiting to be.
ALTER TABLE people ADD COLUMN team_id TEXT REFERENCES teams (id);
CREATE UNIQUE INDEX people_case_reference ON people (case_reference);

-- A disagreement with a plan leaves the caseworker's To do when a new version is
-- published, or when the caseworker has talked it through and marks it dealt with.
ALTER TABLE plan_responses ADD COLUMN dealt_with_at INTEGER;
ALTER TABLE plan_responses ADD COLUMN dealt_with_by TEXT REFERENCES staff (id);

-- A person giving a carer access again after their caseworker ended it may be under
-- pressure: it flags the case as a concern naming the carer, not in the person's words.
ALTER TABLE concerns ADD COLUMN regranted_carer TEXT REFERENCES people (id);

-- Each audit row says where its request came from (through a trusted proxy) and its id.
ALTER TABLE audit_events ADD COLUMN client_address TEXT;
ALTER TABLE audit_events ADD COLUMN request_id TEXT;
-- The admins' log of changes to teams and staff reads the audit by action.
CREATE INDEX audit_by_action ON audit_events (action, at);

-- A person hears when their named worker changes: a fourth kind of news.
CREATE TABLE notifications_new (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL CHECK (kind IN ('review', 'answer', 'plan', 'worker')),
    subject_id TEXT NOT NULL,
    by_account TEXT REFERENCES accounts (id),
    details TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
INSERT INTO notifications_new SELECT id, person_id, kind, subject_id, by_account, details, created_at, read_at
    FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_by_person ON notifications (person_id, created_at);
