-- Changing how one signs in needs a passkey used in the last five minutes: when the
-- session's owner last proved it was them (NULL: when the session began).
ALTER TABLE sessions ADD COLUMN verified_at INTEGER;

-- How a member of staff checked who someone was before giving them a recovery code.
ALTER TABLE invitations ADD COLUMN identity_check TEXT;

-- A fourth ceremony: confirming it is you. Ceremonies live five minutes, so the table is
-- made again rather than copied.
DROP TABLE ceremonies;
CREATE TABLE ceremonies (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('register', 'add_passkey', 'sign_in', 'confirm')),
    state TEXT NOT NULL,
    invitation_id TEXT REFERENCES invitations (id),
    account_id TEXT REFERENCES accounts (id),
    expires_at INTEGER NOT NULL
);
