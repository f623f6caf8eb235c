-- Sign-in: accounts with passkeys, invitations, WebAuthn ceremonies, sessions, and the
-- audit trail of every security event.

-- An account belongs to exactly one person (someone with care or a carer) or one member
-- of staff. Its id is also the WebAuthn user handle.
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    person_id TEXT UNIQUE REFERENCES people (id),
    staff_id TEXT UNIQUE REFERENCES staff (id),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at INTEGER NOT NULL,
    CHECK ((person_id IS NULL) <> (staff_id IS NULL))
);

CREATE TABLE passkeys (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    credential_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    passkey TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX passkeys_by_account ON passkeys (account_id);

-- A single-use code to register a passkey: for a person, a carer, a member of staff, or
-- (recovery) for an existing account whose passkeys were lost. Only the code's hash is kept.
CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL CHECK (purpose IN ('register', 'recovery')),
    person_id TEXT REFERENCES people (id),
    staff_id TEXT REFERENCES staff (id),
    created_by TEXT REFERENCES accounts (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER,
    CHECK ((person_id IS NULL) <> (staff_id IS NULL))
);

-- WebAuthn ceremony state: on the server, so any instance can finish it; taken (deleted)
-- once, and useless after it expires.
CREATE TABLE ceremonies (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'add_passkey', 'sign_in')),
    state TEXT NOT NULL,
    invitation_id TEXT REFERENCES invitations (id),
    account_id TEXT REFERENCES accounts (id),
    expires_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    browser TEXT NOT NULL,
    system TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Who did what, when, to whom. Never deleted by the application.
CREATE TABLE audit_events (
    id TEXT PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_account_id TEXT,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL,
    subject_account_id TEXT,
    subject_person_id TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_subject_person ON audit_events (subject_person_id, at);
CREATE INDEX audit_by_subject_account ON audit_events (subject_account_id, at);
