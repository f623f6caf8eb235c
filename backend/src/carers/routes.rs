//! The routes of carer access. The person grants, changes and ends their carers' access
//! given by consent; a caseworker records consent given to them, an LPA or a deputy, and
//! alone changes those. A carer never changes their own. Every read and change is audited.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post, put};
use api::auth::InvitationCreated;
use api::carers::{
    Basis, CaredFor, CarerAccess, Concern, ConcernInput, EndAccess, Grant as Granting, MyCarers, Record,
};
use api::error::ErrorCode;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use super::NewCarer;
use crate::access::{Actor, Need, Permit, Signed, Subject, Table, Target};
use crate::db::today;
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/me/carers", get(mine))
        .api_route("/me/carers/{carer}", put(grant).delete(end_mine))
        .api_route("/me/caring-for", get(caring_for))
        .api_route("/people/{person}/carers", get(of_person).post(add))
        .api_route("/people/{person}/carers/{carer}", put(record))
        .api_route("/people/{person}/carers/{carer}/end", post(end))
        .api_route("/me/concerns", post(raise_concern))
        .api_route("/people/{person}/concerns", get(concerns))
        .api_route("/concerns/{id}/read", post(concern_read))
}

const ME: Target = Target::Subject(&Subject::Me);

/// `GET /api/v1/me/carers`: my carers, what each may do, and the history.
async fn mine(State(s): State<AppState>, who: Signed) -> Result<Json<MyCarers>, AppError> {
    let mut permit = Permit::open(&s, &who, ME, Need::OwnRead).await?;
    let (conn, g) = permit.parts();
    let today = today();
    let mine = MyCarers {
        carers: super::of_person(conn, g.person(), &today).await?,
        history: super::history(conn, g.person(), &today).await?,
    };
    Ok(Json(permit.read("carers_viewed", "", mine).await?))
}

/// `PUT /api/v1/me/carers/{carer}`: the person grants or changes access, by their consent.
async fn grant(
    State(s): State<AppState>,
    who: Signed,
    Path(carer): Path<String>,
    Json(body): Json<Granting>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(api::carers::check_grant(&body, &today()))?;
    let mut permit = Permit::open(&s, &who, ME, Need::Own).await?;
    let (conn, g) = permit.parts();
    super::refuse_if_caseworker_manages(conn, &carer, g.person()).await?;
    let action = super::saving(conn, &carer, g.person()).await?;
    if super::ended_by_staff(conn, &carer, g.person()).await? {
        super::concerns::regranted(conn, g.person(), &carer).await?;
    }
    let by_consent = Record {
        basis: Basis::Consent,
        consent_how: String::new(),
        reference: String::new(),
        reasons: String::new(),
        scopes: body.scopes,
        ends_on: body.ends_on,
    };
    super::save(conn, g.actor(), (&carer, g.person()), by_consent).await?;
    permit.change(action, &carer, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/me/carers/{carer}`: the person ends a carer's access, at once.
async fn end_mine(State(s): State<AppState>, who: Signed, Path(carer): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = Permit::open(&s, &who, ME, Need::Own).await?;
    let (conn, g) = permit.parts();
    if super::ended_already(conn, &carer, g.person()).await? {
        return Ok(StatusCode::NO_CONTENT);
    }
    super::refuse_if_caseworker_manages(conn, &carer, g.person()).await?;
    super::end(conn, &carer, g.person(), g.actor().account(), "").await?;
    permit.change(super::ENDED, &carer, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/caring-for`: the people I care for and may see something of.
async fn caring_for(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<CaredFor>>, AppError> {
    let mut permit = Permit::open(&s, &who, ME, Need::Own).await?;
    let (conn, g) = permit.parts();
    let list = super::caring_for(conn, g.person(), &today()).await?;
    Ok(Json(permit.read("caring_for_viewed", "", list).await?))
}

/// The person's caseworker, to record a carer's access; the carer themself is told
/// plainly that it is not theirs to change; anyone else: 404.
async fn recorder<'a>(s: &AppState, who: &'a Signed, person: &Subject, carer: &str) -> Result<Permit<'a>, AppError> {
    if matches!(who.actor()?, Actor::Person { person_id, .. } if person_id == carer) {
        return Err(AppError::Refused(ErrorCode::CarerOwnAccess));
    }
    Permit::open(s, who, Target::Subject(person), Need::Edit).await
}

/// `GET /api/v1/people/{person}/carers`: for the caseworker and the manager.
async fn of_person(
    State(s): State<AppState>,
    who: Signed,
    person: Subject,
) -> Result<Json<Vec<CarerAccess>>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&person), Need::Staff).await?;
    let (conn, g) = permit.parts();
    let list = super::of_person(conn, g.person(), &today()).await?;
    Ok(Json(permit.read("carers_viewed", "", list).await?))
}

/// `PUT /api/v1/people/{person}/carers/{carer}`: the caseworker records access.
async fn record(
    State(s): State<AppState>,
    who: Signed,
    person: Subject,
    Path((_, carer)): Path<(String, String)>,
    Json(body): Json<Record>,
) -> Result<StatusCode, AppError> {
    let mut permit = recorder(&s, &who, &person, &carer).await?;
    AppError::unless_problems(api::carers::check_record(&body, &today()))?;
    let (conn, g) = permit.parts();
    let action = super::saving(conn, &carer, g.person()).await?;
    super::save(conn, g.actor(), (&carer, g.person()), body).await?;
    permit.change(action, &carer, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/carers/{carer}/end`: the caseworker ends access, with reasons.
async fn end(
    State(s): State<AppState>,
    who: Signed,
    person: Subject,
    Path((_, carer)): Path<(String, String)>,
    Json(body): Json<EndAccess>,
) -> Result<StatusCode, AppError> {
    let mut permit = recorder(&s, &who, &person, &carer).await?;
    let mut problems = Vec::new();
    api::plan_check::text(
        &mut problems,
        "reasons",
        &body.reasons,
        api::plan_check::LONG_TEXT,
        true,
    );
    AppError::unless_problems(problems)?;
    let (conn, g) = permit.parts();
    if super::ended_already(conn, &carer, g.person()).await? {
        return Ok(StatusCode::NO_CONTENT);
    }
    super::end(conn, &carer, g.person(), g.actor().account(), &body.reasons).await?;
    permit.change(super::ENDED, &carer, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/carers`: the caseworker adds a carer for the person, with
/// the basis and scopes of their access, and gets an invitation code for them.
async fn add(
    State(s): State<AppState>,
    who: Signed,
    person: Subject,
    Json(body): Json<NewCarer>,
) -> Result<Json<InvitationCreated>, AppError> {
    let mut permit = recorder(&s, &who, &person, "").await?;
    AppError::unless_problems(body.problems())?;
    let (conn, g) = permit.parts();
    let (carer, invitation) = super::add_carer(conn, g, body, s.settings.invitation_lifetime).await?;
    Ok(Json(permit.change(super::GRANTED, &carer, invitation).await?))
}

/// `POST /api/v1/me/concerns`: "Is someone pressuring you?", told to the caseworker alone.
async fn raise_concern(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<ConcernInput>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(super::concerns::check(&body))?;
    let mut permit = Permit::open(&s, &who, ME, Need::Own).await?;
    let (conn, g) = permit.parts();
    let id = super::concerns::raise(conn, g.person(), &body.text).await?;
    permit.change("concern_raised", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/people/{person}/concerns`: for the caseworker and the manager; unread
/// ones, oldest first.
async fn concerns(State(s): State<AppState>, who: Signed, person: Subject) -> Result<Json<Vec<Concern>>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&person), Need::Staff).await?;
    let (conn, g) = permit.parts();
    let list = super::concerns::unread_of(conn, g.person()).await?;
    Ok(Json(permit.read("concerns_viewed", "", list).await?))
}

/// `POST /api/v1/concerns/{id}/read`: the caseworker has acted on it.
async fn concern_read(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Record(Table::Concerns, &id), Need::Edit).await?;
    let (conn, g) = permit.parts();
    super::concerns::mark_read(conn, &id, g.actor().account()).await?;
    permit.change("concern_read", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}
