//! The routes of plans: drafts and publishing; reading a
//! version, comparing, answering, downloading; who has looked. Every read and change of a
//! plan is audited in its transaction.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, get_with, post};
use api::carers::Scope;
use api::error::ErrorCode;
use api::plan::{
    COMMENT_MAX, Comparison, DraftView, LookedAt, NamedWorker, NewPlan, PlanSummary, PlanView, PublishDraft, Respond,
    Response, SaveDraft, Saved, VersionInfo,
};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use serde::Deserialize;

use super::kept::ContentJson;
use super::{download, editing, reading};
use crate::access::{Need, Permit, Signed, Subject, Table, Target};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/me/plans", get(my_plans))
        .api_route("/people/{person}/plans", post(create))
        .api_route("/plans/{id}/draft", get(draft).put(save))
        .api_route("/plans/{id}/draft/changes", get(draft_changes))
        .api_route("/plans/{id}/publish", post(publish))
        .api_route("/plans/{id}/versions", get(versions))
        .api_route("/plans/{id}/versions/{version}", get(view))
        .api_route("/plans/{id}/versions/{version}/response", post(respond))
        .api_route("/plans/{id}/responses/{response}/dealt-with", post(dealt_with))
        .api_route(
            "/plans/{id}/versions/{version}/download",
            get_with(download, |op| op.response::<200, axum::response::Html<String>>()),
        )
        .api_route("/plans/{id}/compare", get(compare))
        .api_route("/plans/{id}/looked-at", get(looked_at))
        .api_route("/me/worker", get(named_worker))
        .api_route("/people/{person}/worker", get(named_worker))
}

/// Leave for `need` on the plan `id`.
async fn plan<'a>(s: &AppState, who: &'a Signed, id: &str, need: Need) -> Result<Permit<'a>, AppError> {
    Permit::open(s, who, Target::Record(Table::Plans, id), need).await
}

const READ: Need = Need::Read(Scope::Plan);

/// `GET /api/v1/me/plans`: the signed-in person's own published plans (staff have none).
async fn my_plans(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<PlanSummary>>, AppError> {
    if who.staff().is_ok() {
        return Ok(Json(Vec::new()));
    }
    let mut permit = Permit::open(&s, &who, Target::Subject(&Subject::Me), Need::OwnRead).await?;
    let (conn, g) = permit.parts();
    let plans = super::published_of(conn, g.person()).await?;
    Ok(Json(permit.read("plans_listed", "", plans).await?))
}

/// `POST /api/v1/people/{person}/plans`: a new draft, by the person's caseworker.
async fn create(
    State(s): State<AppState>,
    who: Signed,
    person: Subject,
    Json(body): Json<NewPlan>,
) -> Result<Json<PlanSummary>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&person), Need::Edit).await?;
    let (conn, g) = permit.parts();
    let summary = editing::create(conn, g, body.kind).await?;
    let id = summary.id.clone();
    Ok(Json(permit.change("plan_created", &id, summary).await?))
}

/// `GET /api/v1/plans/{id}/draft`: the working draft, for the caseworker (and the manager).
async fn draft(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<Json<DraftView>, AppError> {
    let mut permit = plan(&s, &who, &id, Need::Staff).await?;
    let draft = editing::draft(permit.parts().0, &id).await?;
    Ok(Json(permit.read("plan_draft_viewed", &id, draft).await?))
}

/// `GET /api/v1/plans/{id}/draft/changes`: what publishing the draft would change, in
/// words, against the version the person has now (`from` is 0 before the first).
async fn draft_changes(
    State(s): State<AppState>,
    who: Signed,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Comparison>, AppError> {
    let messages = s.messages_for(&headers);
    let mut permit = plan(&s, &who, &id, Need::Staff).await?;
    let changes = editing::draft_changes(permit.parts().0, &id, messages).await?;
    Ok(Json(permit.read("plan_draft_compared", &id, changes).await?))
}

/// `PUT /api/v1/plans/{id}/draft`: saves the draft, unless someone else saved since.
async fn save(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<SaveDraft>,
) -> Result<Json<Saved>, AppError> {
    let mut permit = plan(&s, &who, &id, Need::Edit).await?;
    let (conn, g) = permit.parts();
    let version = editing::save(conn, g, &id, &body).await?;
    permit
        .change("plan_draft_saved", &format!("{id} draft {version}"), ())
        .await?;
    Ok(Json(Saved { version }))
}

/// `POST /api/v1/plans/{id}/publish`: the draft, complete, becomes the next version.
async fn publish(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<PublishDraft>,
) -> Result<Json<Saved>, AppError> {
    if body.message.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid {
            field: "message",
            code: ErrorCode::CommentTooLong,
        });
    }
    let mut permit = plan(&s, &who, &id, Need::Edit).await?;
    let (conn, g) = permit.parts();
    let version = editing::publish(conn, g, &id, body.version).await?;
    let about = (g.person(), id.as_str(), version);
    crate::notifications::published(conn, about, body.message.trim(), g.actor().account(), s.settings.email).await?;
    permit
        .change("plan_published", &format!("{id} version {version}"), ())
        .await?;
    Ok(Json(Saved { version }))
}

/// `GET /api/v1/plans/{id}/versions`
async fn versions(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
) -> Result<Json<Vec<VersionInfo>>, AppError> {
    let mut permit = plan(&s, &who, &id, READ).await?;
    let (conn, g) = permit.parts();
    let list = reading::versions(conn, g, &id).await?;
    Ok(Json(permit.read("plan_versions_listed", &id, list).await?))
}

/// `GET /api/v1/plans/{id}/versions/{n}`: one version (a number or `latest`), to read.
async fn view(
    State(s): State<AppState>,
    who: Signed,
    Path((id, which)): Path<(String, String)>,
) -> Result<Json<PlanView<ContentJson>>, AppError> {
    let mut permit = plan(&s, &who, &id, READ).await?;
    let (conn, g) = permit.parts();
    let view = reading::view(conn, g, &id, &which).await?;
    let detail = format!("{id} version {}", view.version);
    Ok(Json(permit.read("plan_viewed", &detail, view).await?))
}

#[derive(Deserialize, schemars::JsonSchema)]
struct CompareQuery {
    from: i64,
    to: i64,
}

/// `GET /api/v1/plans/{id}/compare?from=1&to=2`: what changed, in words.
async fn compare(
    State(s): State<AppState>,
    who: Signed,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<CompareQuery>,
) -> Result<Json<Comparison>, AppError> {
    let messages = s.messages_for(&headers);
    let mut permit = plan(&s, &who, &id, READ).await?;
    let (conn, g) = permit.parts();
    let comparison = reading::compare(conn, g, &id, (q.from, q.to), messages).await?;
    let detail = format!("{id} versions {} and {}", q.from, q.to);
    Ok(Json(permit.read("plan_compared", &detail, comparison).await?))
}

/// `POST /api/v1/plans/{id}/versions/{n}/response`: the person agrees, or not.
async fn respond(
    State(s): State<AppState>,
    who: Signed,
    Path((id, which)): Path<(String, String)>,
    Json(body): Json<Respond>,
) -> Result<Json<Response>, AppError> {
    if body.comment.chars().count() > COMMENT_MAX {
        return Err(AppError::Invalid {
            field: "comment",
            code: ErrorCode::CommentTooLong,
        });
    }
    let mut permit = plan(&s, &who, &id, Need::Own).await?;
    let (conn, g) = permit.parts();
    let (number, response) = super::answer(conn, g, &id, &which, &body).await?;
    let what = if body.agrees { "agrees" } else { "does not agree" };
    let detail = format!("{id} version {number}: {what}");
    Ok(Json(permit.change("plan_response", &detail, response).await?))
}

/// `POST /api/v1/plans/{id}/responses/{response}/dealt-with`: the caseworker has talked a
/// disagreement through with the person, and it leaves their To do.
async fn dealt_with(
    State(s): State<AppState>,
    who: Signed,
    Path((id, response)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let mut permit = plan(&s, &who, &id, Need::Edit).await?;
    let (conn, g) = permit.parts();
    super::deal_with(conn, &id, &response, &g.actor().staff()?.id).await?;
    permit
        .change("disagreement_dealt_with", &format!("{id} response {response}"), ())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/worker` and `GET /api/v1/people/{person}/worker`: who the person's
/// named worker is and how to reach them, for whoever may read their plan.
async fn named_worker(
    State(s): State<AppState>,
    who: Signed,
    subject: Subject,
) -> Result<Json<Option<NamedWorker>>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), READ).await?;
    let (conn, g) = permit.parts();
    let worker = reading::named_worker(conn, g.person()).await?;
    Ok(Json(permit.read("named_worker_viewed", "", worker).await?))
}

/// `GET /api/v1/plans/{id}/looked-at`: who has looked at this person's plans, newest
/// first: the person's to know (and their caseworker's), not a carer's.
async fn looked_at(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
) -> Result<Json<Vec<LookedAt>>, AppError> {
    let mut permit = plan(&s, &who, &id, Need::OwnOrStaff).await?;
    let (conn, g) = permit.parts();
    let list = reading::looked_at(conn, g.person()).await?;
    Ok(Json(permit.read("plan_lookers_viewed", &id, list).await?))
}

/// `GET /api/v1/plans/{id}/versions/{n}/download`: the plan as one HTML file that opens
/// on any phone, offline, with no app.
async fn download(
    State(s): State<AppState>,
    who: Signed,
    headers: HeaderMap,
    Path((id, which)): Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let mut permit = plan(&s, &who, &id, READ).await?;
    let (conn, g) = permit.parts();
    let copy = reading::copy(conn, g, &id, &which).await?;
    let detail = format!("{id} version {}", copy.published.version);
    let copy = permit.read("plan_downloaded", &detail, copy).await?;
    let html = download::render(
        &copy.published,
        copy.kind,
        &copy.person_name,
        &copy.published_by,
        s.messages_for(&headers),
    );
    let disposition = format!("attachment; filename=\"plan-version-{}.html\"", copy.published.version);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        html,
    )
        .into_response())
}
