//! Reading a plan as the policy allows: its versions, one version, what changed, who has
//! looked, and a copy to keep. A carer without the budget scope gets no money in any of
//! them, and never the person's answer.

use api::i18n::Messages;
use api::plan::{Comparison, LookedAt, NamedWorker, PlanContent, PlanView, VersionInfo};
use api::plan_text::changes;
use sqlx::AnyConnection;

use super::Published;
use super::kept::ContentJson;
use crate::access::{Grant, PlanAccess};
use crate::accounts::Authors;
use crate::error::AppError;
use crate::staff;

/// The plan as this reader may see it: without money for a carer not allowed it.
fn shown(access: PlanAccess, content: PlanContent) -> PlanContent {
    if access.money_hidden() {
        content.without_money()
    } else {
        content
    }
}

/// Which version: a number, or `latest`.
pub async fn version_number(conn: &mut AnyConnection, plan_id: &str, which: &str) -> Result<i64, AppError> {
    match which {
        "latest" => Ok(super::current(conn, plan_id).await?.ok_or(AppError::NOT_FOUND)?.version),
        number => number.parse().map_err(|_| AppError::NOT_FOUND),
    }
}

pub async fn versions(conn: &mut AnyConnection, g: &Grant<'_>, plan_id: &str) -> Result<Vec<VersionInfo>, AppError> {
    let mut list = Vec::new();
    for (version, published_by, published_at) in super::versions(conn, plan_id).await? {
        let response = super::response(conn, plan_id, version).await?;
        list.push(VersionInfo {
            version,
            published_by,
            published_at,
            response: response.filter(|_| g.access().sees_answer()),
        });
    }
    Ok(list)
}

/// One version, to read, its content as kept: already JSON.
pub async fn view(
    conn: &mut AnyConnection,
    g: &Grant<'_>,
    plan_id: &str,
    which: &str,
) -> Result<PlanView<ContentJson>, AppError> {
    let asked = match which {
        "latest" => None,
        number => Some(number.parse().map_err(|_| AppError::NOT_FOUND)?),
    };
    let heading = super::heading(conn, plan_id, asked).await?;
    let number = heading.version.ok_or(AppError::NOT_FOUND)?;
    let kept = super::kept::version(conn, plan_id, number).await?;
    let money_hidden = g.access().money_hidden();
    Ok(PlanView {
        plan_id: plan_id.to_owned(),
        kind: heading.kind,
        person_name: heading.person_name,
        version: number,
        latest: heading.latest == Some(number),
        content: if money_hidden { &kept.without_money } else { &kept.whole }.clone(),
        published_by: heading.published_by.unwrap_or_default(),
        published_at: kept.published_at,
        named_worker: heading.worker,
        response: heading.response.filter(|_| g.access().sees_answer()),
        mine: matches!(g.access(), PlanAccess::Own | PlanAccess::Closed),
        money_hidden,
    })
}

/// The person's named worker and how to reach them, if they have one.
pub async fn named_worker(conn: &mut AnyConnection, person: &str) -> Result<Option<NamedWorker>, AppError> {
    Ok(staff::named_worker(conn, person).await?.map(|w| NamedWorker {
        name: w.full_name,
        email: w.email,
        phone: w.phone,
    }))
}

/// What changed between two versions, in words.
pub async fn compare(
    conn: &mut AnyConnection,
    g: &Grant<'_>,
    plan_id: &str,
    (from, to): (i64, i64),
    messages: &Messages,
) -> Result<Comparison, AppError> {
    let before = super::version(conn, plan_id, from).await?;
    let after = super::version(conn, plan_id, to).await?;
    Ok(Comparison {
        from,
        to,
        changes: changes(
            &shown(g.access(), before.content),
            &shown(g.access(), after.content),
            messages,
        ),
    })
}

/// Who has looked at this person's plans, newest first.
pub async fn looked_at(conn: &mut AnyConnection, person: &str) -> Result<Vec<LookedAt>, AppError> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT actor_account_id, at FROM read_events WHERE subject_person_id = $1 AND outcome = 'done' \
         AND action IN ('plan_viewed', 'plan_draft_viewed', 'plan_compared', 'plan_downloaded') \
         AND actor_account_id IS NOT NULL ORDER BY at DESC, id LIMIT 200",
    )
    .bind(person)
    .fetch_all(&mut *conn)
    .await?;
    // Up to 200 rows from a handful of accounts: each is looked up once.
    let mut authors = Authors::default();
    let mut list = Vec::with_capacity(rows.len());
    for (account, at) in rows {
        let written = authors.written(conn, &account, at).await?;
        list.push(LookedAt {
            name: written.name,
            role: written.role,
            at,
        });
    }
    Ok(list)
}

/// A version to download, as this reader may see it, with whose plan it is and who
/// published it.
pub struct Copy {
    pub published: Published,
    pub kind: api::plan::PlanKind,
    pub person_name: String,
    pub published_by: String,
}

pub async fn copy(conn: &mut AnyConnection, g: &Grant<'_>, plan_id: &str, which: &str) -> Result<Copy, AppError> {
    let number = version_number(conn, plan_id, which).await?;
    let mut published = super::version(conn, plan_id, number).await?;
    published.content = shown(g.access(), published.content);
    let kind = super::draft(conn, plan_id).await?.kind;
    Ok(Copy {
        kind,
        person_name: crate::people::full_name(conn, g.person()).await?,
        published_by: super::staff_name(conn, &published.published_by).await?,
        published,
    })
}
