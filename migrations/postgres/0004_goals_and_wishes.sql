-- The person's own goals (with steps and notes) and wishes. Staff never edit them; they
-- answer: a comment, and whether it was added to the plan (and in which version) or why not.
CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    author_account TEXT NOT NULL REFERENCES accounts (id),
    what TEXT NOT NULL,
    why TEXT NOT NULL,
    can_do TEXT NOT NULL,
    who_helps TEXT NOT NULL,
    would_help TEXT NOT NULL,
    importance BIGINT NOT NULL CHECK (importance BETWEEN 1 AND 10),
    withdrawn_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    decision TEXT NOT NULL DEFAULT 'new' CHECK (decision IN ('new', 'seen', 'added', 'not_added')),
    decision_reason TEXT NOT NULL DEFAULT '',
    plan_id TEXT REFERENCES plans (id),
    plan_version BIGINT,
    response TEXT NOT NULL DEFAULT '',
    response_by TEXT REFERENCES accounts (id),
    response_at BIGINT
);
CREATE INDEX goals_by_person ON goals (person_id, updated_at);

CREATE TABLE goal_steps (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals (id),
    what TEXT NOT NULL,
    who TEXT NOT NULL,
    by_when TEXT NOT NULL,
    done_at BIGINT,
    author_account TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX goal_steps_by_goal ON goal_steps (goal_id, created_at);

CREATE TABLE goal_notes (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals (id),
    text TEXT NOT NULL,
    author_account TEXT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX goal_notes_by_goal ON goal_notes (goal_id, created_at);

CREATE TABLE wishes (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people (id),
    author_account TEXT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL CHECK (kind IN ('please_do', 'please_dont', 'times', 'people', 'culture', 'faith', 'food', 'language', 'other')),
    text TEXT NOT NULL,
    removed_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    decision TEXT NOT NULL DEFAULT 'new' CHECK (decision IN ('new', 'seen', 'added', 'not_added')),
    decision_reason TEXT NOT NULL DEFAULT '',
    plan_id TEXT REFERENCES plans (id),
    plan_version BIGINT,
    response TEXT NOT NULL DEFAULT '',
    response_by TEXT REFERENCES accounts (id),
    response_at BIGINT
);
CREATE INDEX wishes_by_person ON wishes (person_id, updated_at);
