-- The council that runs this OurPlan service (one row).
CREATE TABLE council (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    website TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    updated_at INTEGER NOT NULL
);

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('caseworker', 'manager', 'admin')),
    team_id TEXT REFERENCES teams (id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    language TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Everyone who can have a plan: people who draw on care and support, and unpaid carers
-- (who have a carer's support plan of their own).
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    full_name TEXT NOT NULL,
    preferred_name TEXT,
    date_of_birth TEXT,
    language TEXT NOT NULL,
    email TEXT,
    created_at INTEGER NOT NULL
);

-- Who cares for whom. What a carer may see is decided elsewhere, by the person.
CREATE TABLE carer_relationships (
    carer_id TEXT NOT NULL REFERENCES people (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    relationship TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (carer_id, person_id),
    CHECK (carer_id <> person_id)
);

-- Caseload allocation: each person has at most one current named worker.
CREATE TABLE allocations (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    staff_id TEXT NOT NULL REFERENCES staff (id),
    allocated_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE UNIQUE INDEX allocations_one_current ON allocations (person_id) WHERE ended_at IS NULL;
CREATE INDEX allocations_by_staff ON allocations (staff_id) WHERE ended_at IS NULL;

-- A plan has one working draft (versioned for optimistic concurrency) and the
-- immutable versions published from it.
CREATE TABLE plans (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    kind TEXT NOT NULL CHECK (kind IN ('care', 'carer')),
    draft TEXT NOT NULL,
    draft_version INTEGER NOT NULL,
    draft_updated_by TEXT NOT NULL REFERENCES staff (id),
    draft_updated_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX plans_by_person ON plans (person_id);

CREATE TABLE plan_versions (
    plan_id TEXT NOT NULL REFERENCES plans (id),
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    published_by TEXT NOT NULL REFERENCES staff (id),
    published_at INTEGER NOT NULL,
    PRIMARY KEY (plan_id, version)
);
