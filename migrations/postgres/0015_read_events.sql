-- What was read is kept apart from what was changed, as on SQLite, where read_events is a
-- file of its own so that reads' audit commits do not empty the database's caches. The
-- reads already audited move there.
CREATE TABLE read_events (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_account_id TEXT,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL,
    subject_account_id TEXT,
    subject_person_id TEXT,
    detail TEXT NOT NULL DEFAULT '',
    client_address TEXT,
    request_id TEXT
);
CREATE INDEX reads_by_subject_person ON read_events (subject_person_id, at);
CREATE INDEX reads_by_subject_account ON read_events (subject_account_id, at);
CREATE INDEX reads_by_action ON read_events (action, at);
INSERT INTO read_events (id, at, actor_account_id, action, outcome, subject_account_id,
    subject_person_id, detail, client_address, request_id)
SELECT id, at, actor_account_id, action, outcome, subject_account_id, subject_person_id, detail,
    client_address, request_id
FROM audit_events WHERE action IN ('carers_viewed', 'caring_for_viewed', 'caseload_viewed', 'concerns_viewed', 'contributions_queue_viewed', 'contributions_viewed', 'failed_emails_viewed', 'named_worker_viewed', 'notifications_viewed', 'plan_compared', 'plan_downloaded', 'plan_draft_compared', 'plan_draft_viewed', 'plan_lookers_viewed', 'plan_versions_listed', 'plan_viewed', 'plans_listed', 'review_queue_viewed', 'review_viewed', 'reviews_viewed', 'staff_changes_viewed', 'staff_viewed', 'subject_access_exported', 'teams_viewed', 'todo_viewed');
DELETE FROM audit_events WHERE action IN ('carers_viewed', 'caring_for_viewed', 'caseload_viewed', 'concerns_viewed', 'contributions_queue_viewed', 'contributions_viewed', 'failed_emails_viewed', 'named_worker_viewed', 'notifications_viewed', 'plan_compared', 'plan_downloaded', 'plan_draft_compared', 'plan_draft_viewed', 'plan_lookers_viewed', 'plan_versions_listed', 'plan_viewed', 'plans_listed', 'review_queue_viewed', 'review_viewed', 'reviews_viewed', 'staff_changes_viewed', 'staff_viewed', 'subject_access_exported', 'teams_viewed', 'todo_viewed');
