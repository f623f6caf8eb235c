-- What was read is kept apart from what was changed: read_events, in a file of its own
-- beside the database (the server attaches it as `reads` and makes the table), so that
-- the many small commits of reads' audit rows do not empty every connection's cache of
-- the database. The reads already audited move there.
INSERT OR IGNORE INTO read_events (id, at, actor_account_id, action, outcome, subject_account_id,
    subject_person_id, detail, client_address, request_id)
SELECT id, at, actor_account_id, action, outcome, subject_account_id, subject_person_id, detail,
    client_address, request_id
FROM audit_events WHERE action IN ('carers_viewed', 'caring_for_viewed', 'caseload_viewed', 'concerns_viewed', 'contributions_queue_viewed', 'contributions_viewed', 'failed_emails_viewed', 'named_worker_viewed', 'notifications_viewed', 'plan_compared', 'plan_downloaded', 'plan_draft_compared', 'plan_draft_viewed', 'plan_lookers_viewed', 'plan_versions_listed', 'plan_viewed', 'plans_listed', 'review_queue_viewed', 'review_viewed', 'reviews_viewed', 'staff_changes_viewed', 'staff_viewed', 'subject_access_exported', 'teams_viewed', 'todo_viewed');
DELETE FROM audit_events WHERE action IN ('carers_viewed', 'caring_for_viewed', 'caseload_viewed', 'concerns_viewed', 'contributions_queue_viewed', 'contributions_viewed', 'failed_emails_viewed', 'named_worker_viewed', 'notifications_viewed', 'plan_compared', 'plan_downloaded', 'plan_draft_compared', 'plan_draft_viewed', 'plan_lookers_viewed', 'plan_versions_listed', 'plan_viewed', 'plans_listed', 'review_queue_viewed', 'review_viewed', 'reviews_viewed', 'staff_changes_viewed', 'staff_viewed', 'subject_access_exported', 'teams_viewed', 'todo_viewed');
