//! The bench's rows, table by table, gathered until a transaction writes them in order.

use sqlx::AnyConnection;

use super::bulk::Batch;
use crate::accounts::secrets;
use crate::db::{StoreError, new_id};

pub struct Batches {
    pub teams: Batch,
    pub staff: Batch,
    pub people: Batch,
    pub accounts: Batch,
    pub allocations: Batch,
    pub plans: Batch,
    pub versions: Batch,
    pub goals: Batch,
    pub wishes: Batch,
    pub reviews: Batch,
    pub steps: Batch,
    pub carers: Batch,
    pub access: Batch,
    pub sessions: Batch,
}

impl Batches {
    pub fn new() -> Self {
        Self {
            teams: Batch::new("teams", &["id", "name", "created_at"]),
            staff: Batch::new(
                "staff",
                &[
                    "id",
                    "full_name",
                    "email",
                    "role",
                    "team_id",
                    "active",
                    "language",
                    "created_at",
                ],
            ),
            people: Batch::new(
                "people",
                &[
                    "id",
                    "full_name",
                    "preferred_name",
                    "date_of_birth",
                    "language",
                    "case_reference",
                    "team_id",
                    "created_at",
                ],
            ),
            accounts: Batch::new("accounts", &["id", "person_id", "staff_id", "created_at"]),
            allocations: Batch::new("allocations", &["id", "person_id", "staff_id", "allocated_at"]),
            plans: Batch::new(
                "plans",
                &[
                    "id",
                    "person_id",
                    "kind",
                    "draft",
                    "draft_version",
                    "draft_updated_by",
                    "draft_updated_at",
                    "created_at",
                ],
            ),
            versions: Batch::new(
                "plan_versions",
                &["plan_id", "version", "content", "published_by", "published_at"],
            ),
            goals: Batch::new(
                "goals",
                &[
                    "id",
                    "person_id",
                    "author_account",
                    "what",
                    "why",
                    "can_do",
                    "who_helps",
                    "would_help",
                    "importance",
                    "created_at",
                    "updated_at",
                    "decision",
                ],
            ),
            wishes: Batch::new(
                "wishes",
                &[
                    "id",
                    "person_id",
                    "author_account",
                    "kind",
                    "text",
                    "created_at",
                    "updated_at",
                    "decision",
                ],
            ),
            reviews: Batch::new(
                "reviews",
                &[
                    "id",
                    "person_id",
                    "origin",
                    "requested_by",
                    "reason",
                    "urgency",
                    "request",
                    "status",
                    "is_open",
                    "created_at",
                    "updated_at",
                ],
            ),
            steps: Batch::new("review_steps", &["review_id", "seq", "step", "by_account", "at"]),
            carers: Batch::new(
                "carer_relationships",
                &["carer_id", "person_id", "relationship", "created_at"],
            ),
            access: Batch::new(
                "carer_access",
                &[
                    "carer_id",
                    "person_id",
                    "basis",
                    "consent_how",
                    "see_plan",
                    "see_budget",
                    "see_goals",
                    "add_goals",
                    "request_review",
                    "see_reviews",
                    "changed_by",
                    "changed_at",
                ],
            ),
            sessions: Batch::new(
                "sessions",
                &[
                    "id",
                    "token_hash",
                    "account_id",
                    "browser",
                    "system",
                    "created_at",
                    "last_seen_at",
                    "verified_at",
                    "expires_at",
                ],
            ),
        }
    }

    /// Every table, parents before the rows that refer to them.
    pub fn in_order(&mut self) -> [&mut Batch; 14] {
        [
            &mut self.teams,
            &mut self.staff,
            &mut self.people,
            &mut self.accounts,
            &mut self.allocations,
            &mut self.plans,
            &mut self.versions,
            &mut self.goals,
            &mut self.wishes,
            &mut self.reviews,
            &mut self.steps,
            &mut self.carers,
            &mut self.access,
            &mut self.sessions,
        ]
    }

    pub async fn flush(&mut self, conn: &mut AnyConnection) -> Result<(), StoreError> {
        for batch in self.in_order() {
            batch.flush(conn).await?;
        }
        Ok(())
    }

    /// A new account for a person or member of staff; returns its id.
    pub fn account(&mut self, person: Option<&str>, staff: Option<&str>, now: i64) -> String {
        let id = new_id();
        self.accounts
            .push([(&id).into(), person.into(), staff.into(), now.into()]);
        id
    }

    /// A live session for the account; returns the token its cookie carries.
    pub fn session(&mut self, account: &str, now: i64) -> String {
        let token = secrets::new_session_token();
        self.sessions.push([
            new_id().into(),
            secrets::hash(&token).into(),
            account.into(),
            "Bench".into(),
            "Bench".into(),
            now.into(),
            now.into(),
            now.into(),
            (now + 12 * 3_600_000).into(),
        ]);
        token
    }
}
