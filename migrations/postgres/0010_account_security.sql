-- Changing how one signs in needs a passkey used in the last five minutes: when the
-- session's owner last proved it was them (NULL: when the session began).
ALTER TABLE sessions ADD COLUMN verified_at BIGINT;

-- How a member of staff checked who someone was before giving them a recovery code.
ALTER TABLE invitations ADD COLUMN identity_check TEXT;

-- A fourth ceremony: confirming it is you.
ALTER TABLE ceremonies DROP CONSTRAINT ceremonies_kind_check;
ALTER TABLE ceremonies ADD CONSTRAINT ceremonies_kind_check
    CHECK (kind IN ('register', 'add_passkey', 'sign_in', 'confirm'));
