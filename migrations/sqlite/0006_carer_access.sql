-- What a carer may see and do for the person they care for, one permission at a time,
-- and on what basis: the person's consent (in the app, or given to a caseworker and
-- recorded with how), a Lasting Power of Attorney, or a court-appointed deputy. One row
-- per carer and person; every grant, change and ending is in the audit trail.
CREATE TABLE carer_access (
    carer_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('consent', 'lpa', 'deputy')),
    consent_how TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    see_plan INTEGER NOT NULL CHECK (see_plan IN (0, 1)),
    see_budget INTEGER NOT NULL CHECK (see_budget IN (0, 1)),
    see_goals INTEGER NOT NULL CHECK (see_goals IN (0, 1)),
    add_goals INTEGER NOT NULL CHECK (add_goals IN (0, 1)),
    request_review INTEGER NOT NULL CHECK (request_review IN (0, 1)),
    see_reviews INTEGER NOT NULL CHECK (see_reviews IN (0, 1)),
    ends_on TEXT,
    changed_by TEXT NOT NULL REFERENCES accounts (id),
    changed_at INTEGER NOT NULL,
    ended_at INTEGER,
    PRIMARY KEY (carer_id, person_id),
    FOREIGN KEY (carer_id, person_id) REFERENCES carer_relationships (carer_id, person_id)
);
CREATE INDEX carer_access_by_person ON carer_access (person_id);

-- "Is someone pressuring you?": told privately to the person's caseworker, never shown to
-- a carer. A possible safeguarding concern until the caseworker has read it.
CREATE TABLE concerns (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER,
    read_by TEXT REFERENCES accounts (id)
);
CREATE INDEX concerns_by_person ON concerns (person_id, created_at);
