//! The caseworker's side of a plan: a new draft, the draft, saving and
//! publishing. A save or publish names the draft version it started from: if a colleague
//! saved in between, it is refused and nothing is overwritten.

use api::error::ErrorCode;
use api::i18n::Messages;
use api::plan::{Comparison, DraftView, PlanKind, PlanSummary, SaveDraft};
use api::plan_check::check;
use api::plan_text::changes;
use sqlx::AnyConnection;

use crate::access::Grant;
use crate::db::{StoreError, now_ms, today};
use crate::error::AppError;
use crate::staff::Staff;

/// The member of staff the grant was given to.
fn editor<'a>(g: &Grant<'a>) -> Result<&'a Staff, AppError> {
    Ok(g.actor().staff()?)
}

/// A new draft for the person, by their caseworker.
pub async fn create(conn: &mut AnyConnection, g: &Grant<'_>, kind: PlanKind) -> Result<PlanSummary, AppError> {
    let id = super::create(conn, g.person(), kind, &Default::default(), &editor(g)?.id).await?;
    Ok(PlanSummary {
        id,
        kind,
        person_name: crate::people::full_name(conn, g.person()).await?,
        person_id: g.person().to_owned(),
        current_version: None,
        draft_version: 1,
        draft_updated_at: now_ms(),
    })
}

/// The working draft, for the caseworker and the manager.
pub async fn draft(conn: &mut AnyConnection, plan_id: &str) -> Result<DraftView, AppError> {
    let draft = super::draft(conn, plan_id).await?;
    Ok(DraftView {
        plan_id: plan_id.to_owned(),
        kind: draft.kind,
        person_name: crate::people::full_name(conn, &draft.person_id).await?,
        content: draft.content,
        version: draft.version,
        updated_by: super::staff_name(conn, &draft.updated_by).await?,
        updated_at: draft.updated_at,
        current_version: super::current(conn, plan_id).await?.map(|p| p.version),
    })
}

/// What publishing the draft would change against the newest published version.
pub async fn draft_changes(
    conn: &mut AnyConnection,
    plan_id: &str,
    messages: &Messages,
) -> Result<Comparison, AppError> {
    let draft = super::draft(conn, plan_id).await?;
    let (from, before) = match super::current(conn, plan_id).await? {
        Some(published) => (published.version, published.content),
        None => (0, Default::default()),
    };
    Ok(Comparison {
        from,
        to: from + 1,
        changes: changes(&before, &draft.content, messages),
    })
}

/// Saves the draft, unless someone else saved since; returns the new draft version.
pub async fn save(conn: &mut AnyConnection, g: &Grant<'_>, plan_id: &str, body: &SaveDraft) -> Result<i64, AppError> {
    let draft = super::draft(conn, plan_id).await?;
    AppError::unless_problems(check(&body.content, draft.kind, false, &today()))?;
    super::save_draft(conn, plan_id, body.version, &body.content, &editor(g)?.id)
        .await
        .map_err(conflict)
}

/// The draft, complete, becomes the next published version; returns its number.
pub async fn publish(conn: &mut AnyConnection, g: &Grant<'_>, plan_id: &str, version: i64) -> Result<i64, AppError> {
    let draft = super::draft(conn, plan_id).await?;
    if draft.version != version {
        return Err(AppError::Refused(ErrorCode::VersionConflict));
    }
    AppError::unless_problems(check(&draft.content, draft.kind, true, &today()))?;
    super::publish(conn, plan_id, version, &editor(g)?.id)
        .await
        .map_err(conflict)
}

fn conflict(error: StoreError) -> AppError {
    match error {
        StoreError::VersionConflict => AppError::Refused(ErrorCode::VersionConflict),
        other => other.into(),
    }
}
