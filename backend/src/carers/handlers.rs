//! The endpoints of carer access. The person grants, changes and ends their carers' access
//! given by consent; a caseworker records consent given to them, an LPA or a deputy, and
//! alone changes those. A carer never changes their own. Every change is audited.

use api::auth::InvitationCreated;
use api::carers::{
    Basis, CaredFor, CaredForPlan, CarerAccess, EndAccess, Grant, MyCarers, Record, check_grant, check_record,
};
use api::error::ErrorCode;
use api::plan::PlanKind;
use api::plan_check::{FieldProblem, LONG_TEXT, Problem, SHORT_TEXT};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use sqlx::AnyConnection;

use super::Granted;
use crate::audit;
use crate::auth::SignedIn;
use crate::auth::accounts::Owner;
use crate::db::{begin_write, now_ms};
use crate::http::{AppError, AppState};
use crate::plans::today;
use crate::policy::{self, Actor, PlanAccess};

/// Saves a grant or change, made now by the actor, and audits it as one or the other.
async fn save(
    conn: &mut AnyConnection,
    actor: &Actor,
    (carer, person): (&str, &str),
    record: Record,
) -> Result<(), AppError> {
    let granted = Granted {
        basis: record.basis,
        consent_how: record.consent_how,
        reference: record.reference,
        reasons: record.reasons,
        scopes: record.scopes,
        ends_on: record.ends_on.filter(|d| !d.is_empty()),
        changed_by: actor.account().to_owned(),
        changed_at: now_ms(),
        ended_at: None,
    };
    if super::relationship(conn, carer, person).await?.is_none() {
        return Err(AppError::Refused(ErrorCode::CarerNotLinked));
    }
    let before = super::current(conn, carer, person).await?;
    super::set(conn, carer, person, &granted).await?;
    let action = match before {
        Some(b) if b.ended_at.is_none() => super::CHANGED,
        _ => super::GRANTED,
    };
    audit::done_about(conn, actor.account(), person, action, carer).await?;
    Ok(())
}

/// `GET /api/v1/me/carers`: my carers, what each may do, and the history.
pub async fn mine(State(state): State<AppState>, user: SignedIn) -> Result<Json<MyCarers>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let actor = policy::signed_in(&mut conn, &user.account_id).await?;
    let person = actor.own_person()?;
    let today = today();
    Ok(Json(MyCarers {
        carers: super::of_person(&mut conn, &person, &today).await?,
        history: super::history(&mut conn, &person, &today).await?,
    }))
}

/// `PUT /api/v1/me/carers/{carer}`: the person grants or changes access, by their consent.
pub async fn grant(
    State(state): State<AppState>,
    user: SignedIn,
    Path(carer): Path<String>,
    Json(body): Json<Grant>,
) -> Result<StatusCode, AppError> {
    AppError::unless_problems(check_grant(&body, &today()))?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let person = actor.own_person()?;
    refuse_if_caseworker_manages(&mut tx, &carer, &person).await?;
    let by_consent = Record {
        basis: Basis::Consent,
        consent_how: String::new(),
        reference: String::new(),
        reasons: String::new(),
        scopes: body.scopes,
        ends_on: body.ends_on,
    };
    save(&mut tx, &actor, (&carer, &person), by_consent).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Access under an LPA or a court order is the caseworker's to change, not the person's.
async fn refuse_if_caseworker_manages(conn: &mut AnyConnection, carer: &str, person: &str) -> Result<(), AppError> {
    match super::current(conn, carer, person).await? {
        Some(g) if g.ended_at.is_none() && !g.basis.person_manages() => {
            Err(AppError::Refused(ErrorCode::CaseworkerManagesAccess))
        }
        _ => Ok(()),
    }
}

/// `DELETE /api/v1/me/carers/{carer}`: the person ends a carer's access, at once.
pub async fn end_mine(
    State(state): State<AppState>,
    user: SignedIn,
    Path(carer): Path<String>,
) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let person = actor.own_person()?;
    match super::current(&mut tx, &carer, &person).await? {
        None => return Err(AppError::Refused(ErrorCode::CarerNotLinked)),
        // Ended already: nothing more to do, or to record.
        Some(granted) if granted.ended_at.is_some() => return Ok(StatusCode::NO_CONTENT),
        Some(_) => {}
    }
    refuse_if_caseworker_manages(&mut tx, &carer, &person).await?;
    super::end(&mut tx, &carer, &person, actor.account(), "").await?;
    audit::done_about(&mut tx, actor.account(), &person, super::ENDED, &carer).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The person's caseworker, for recording access; the carer themself is told plainly
/// that it is not theirs to change; anyone else gets 404.
async fn recorder(conn: &mut AnyConnection, user: &SignedIn, person: &str, carer: &str) -> Result<Actor, AppError> {
    let actor = policy::signed_in(conn, &user.account_id).await?;
    if matches!(&actor, Actor::Person { person_id, .. } if person_id == carer) {
        return Err(AppError::Refused(ErrorCode::CarerOwnAccess));
    }
    policy::require(policy::plan_access(conn, &actor, person).await?, |a| {
        a == PlanAccess::Edit
    })?;
    Ok(actor)
}

/// `GET /api/v1/people/{person}/carers`: for the caseworker and the manager.
pub async fn of_person(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
) -> Result<Json<Vec<CarerAccess>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let actor = policy::signed_in(&mut conn, &user.account_id).await?;
    policy::require(
        policy::plan_access(&mut conn, &actor, &person).await?,
        PlanAccess::is_staff,
    )?;
    Ok(Json(super::of_person(&mut conn, &person, &today()).await?))
}

/// `PUT /api/v1/people/{person}/carers/{carer}`: the caseworker records access.
pub async fn record(
    State(state): State<AppState>,
    user: SignedIn,
    Path((person, carer)): Path<(String, String)>,
    Json(body): Json<Record>,
) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = recorder(&mut tx, &user, &person, &carer).await?;
    AppError::unless_problems(check_record(&body, &today()))?;
    save(&mut tx, &actor, (&carer, &person), body).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/people/{person}/carers/{carer}/end`: the caseworker ends access, with reasons.
pub async fn end(
    State(state): State<AppState>,
    user: SignedIn,
    Path((person, carer)): Path<(String, String)>,
    Json(body): Json<EndAccess>,
) -> Result<StatusCode, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = recorder(&mut tx, &user, &person, &carer).await?;
    let mut problems = Vec::new();
    api::plan_check::text(&mut problems, "reasons", &body.reasons, LONG_TEXT, true);
    AppError::unless_problems(problems)?;
    match super::current(&mut tx, &carer, &person).await? {
        None => return Err(AppError::Refused(ErrorCode::CarerNotLinked)),
        Some(granted) if granted.ended_at.is_some() => return Ok(StatusCode::NO_CONTENT),
        Some(_) => {}
    }
    super::end(&mut tx, &carer, &person, actor.account(), &body.reasons).await?;
    audit::done_about(&mut tx, actor.account(), &person, super::ENDED, &carer).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me/caring-for`: the people I care for and may see something of.
pub async fn caring_for(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<CaredFor>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let actor = policy::signed_in(&mut conn, &user.account_id).await?;
    let carer = actor.own_person()?;
    let mut list = Vec::new();
    for (person_id, person_name, granted) in super::cared_for(&mut conn, &carer, &today()).await? {
        let plans = if granted.scopes.plan {
            let rows: Vec<(String, String)> = sqlx::query_as(
                "SELECT p.id, p.kind FROM plans p WHERE p.person_id = $1 \
                 AND EXISTS (SELECT 1 FROM plan_versions v WHERE v.plan_id = p.id) ORDER BY p.created_at",
            )
            .bind(&person_id)
            .fetch_all(&mut *conn)
            .await?;
            rows.into_iter()
                .filter_map(|(plan_id, kind)| {
                    Some(CaredForPlan {
                        plan_id,
                        kind: PlanKind::parse(&kind)?,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        list.push(CaredFor {
            person_id,
            person_name,
            scopes: granted.scopes,
            ends_on: granted.ends_on,
            plans,
        });
    }
    Ok(Json(list))
}

/// A new carer, added by the caseworker with their access and an invitation to sign in.
#[derive(Debug, Deserialize)]
pub struct NewCarer {
    pub full_name: String,
    pub relationship: String,
    #[serde(default)]
    pub email: String,
    #[serde(default = "english")]
    pub language: String,
    pub access: Record,
}

fn english() -> String {
    api::i18n::DEFAULT_LOCALE.to_owned()
}

/// `POST /api/v1/people/{person}/carers`: the caseworker adds a carer for the person, with
/// the basis and scopes of their access, and gets an invitation code for them.
pub async fn add(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
    Json(body): Json<NewCarer>,
) -> Result<Json<InvitationCreated>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = recorder(&mut tx, &user, &person, "").await?;
    let mut problems = check_record(&body.access, &today());
    api::plan_check::text(&mut problems, "full_name", &body.full_name, SHORT_TEXT, true);
    api::plan_check::text(&mut problems, "relationship", &body.relationship, SHORT_TEXT, true);
    if !body.email.trim().is_empty() && !body.email.contains('@') {
        problems.push(FieldProblem {
            field: "email".into(),
            problem: Problem::NotEmail,
        });
    }
    AppError::unless_problems(problems)?;
    let email = body.email.trim();
    let carer = crate::people::create(
        &mut tx,
        &crate::people::NewPerson {
            full_name: body.full_name.trim(),
            language: api::i18n::negotiate([body.language.as_str()]),
            email: (!email.is_empty()).then_some(email),
            ..Default::default()
        },
    )
    .await?;
    crate::people::add_carer(&mut tx, &carer, &person, body.relationship.trim()).await?;
    save(&mut tx, &actor, (&carer, &person), body.access).await?;
    let (invitation, code) = crate::auth::invitations::create(
        &mut tx,
        &Owner::Person(carer.clone()),
        api::auth::Purpose::Register,
        Some(actor.account()),
        state.settings.invitation_lifetime,
    )
    .await?;
    audit::done_about(&mut tx, actor.account(), &carer, "invitation_created", &invitation.id).await?;
    tx.commit().await?;
    Ok(Json(InvitationCreated {
        id: invitation.id,
        code,
        expires_at: invitation.expires_at,
    }))
}
