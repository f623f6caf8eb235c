//! The endpoints of goals and wishes. The person writes their own; their caseworker
//! answers; a manager reads. Each read and change is audited in its transaction.

use api::error::ErrorCode;
use api::goals::{
    Answer, AnswerDecision, ContributionKind, Contributions, GOAL_TEXT, GoalInput, NoteInput, QueueItem, StepInput,
    WishInput, check_goal, check_step, check_text,
};
use api::plan::COMMENT_MAX;
use api::plan_check::{FieldProblem, Problem, SHORT_TEXT};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sqlx::AnyConnection;

use super::Kind;
use crate::audit;
use crate::auth::SignedIn;
use crate::db::begin_write;
use crate::http::{AppError, AppState};
use crate::plans::today;
use crate::policy::{self, Actor, PlanAccess};
use api::carers::Scope;

/// Who writes goals and wishes for whom: the person for themselves (`for_person` is
/// `None` or their own id), or a carer the person allowed to add them.
async fn writer(
    conn: &mut AnyConnection,
    user: &SignedIn,
    for_person: Option<&str>,
) -> Result<(Actor, String), AppError> {
    let actor = policy::signed_in(conn, &user.account_id).await?;
    let Actor::Person { person_id: own, .. } = &actor else {
        return Err(AppError::NOT_FOUND);
    };
    let person = for_person.unwrap_or(own).to_owned();
    policy::require(policy::plan_access(conn, &actor, &person).await?, |a| {
        a.may_act(Scope::AddGoals)
    })?;
    Ok((actor, person))
}

/// A goal or wish the signed-in account wrote, for someone it may still write for, and
/// which is still open; anything else: 404.
async fn own(conn: &mut AnyConnection, user: &SignedIn, kind: Kind, id: &str) -> Result<(Actor, String), AppError> {
    let (owner, author, closed) = super::owner(conn, kind, id).await?.ok_or(AppError::NOT_FOUND)?;
    if author != user.account_id {
        return Err(AppError::NOT_FOUND);
    }
    let (actor, person) = writer(conn, user, Some(&owner)).await?;
    if closed {
        return Err(match kind {
            Kind::Goal => AppError::Refused(ErrorCode::GoalWithdrawn),
            Kind::Wish => AppError::NOT_FOUND,
        });
    }
    Ok((actor, person))
}

async fn contributions(conn: &mut AnyConnection, person_id: &str) -> Result<Contributions, AppError> {
    let (goals, wishes) = super::of_person(conn, person_id).await?;
    let (person_name,): (String,) = sqlx::query_as("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(Contributions {
        person_id: person_id.to_owned(),
        person_name,
        goals,
        wishes,
    })
}

/// `GET /api/v1/me/contributions`
pub async fn mine(State(state): State<AppState>, user: SignedIn) -> Result<Json<Contributions>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let (actor, person) = writer(&mut tx, &user, None).await?;
    let all = contributions(&mut tx, &person).await?;
    audit::done_about(&mut tx, actor.account(), &person, "contributions_viewed", "").await?;
    tx.commit().await?;
    Ok(Json(all))
}

/// `GET /api/v1/people/{person}/contributions`: for the caseworker, the manager, and a
/// carer allowed to see them.
pub async fn of_person(
    State(state): State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
) -> Result<Json<Contributions>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    policy::require(policy::plan_access(&mut tx, &actor, &person).await?, |a| {
        a.may_read(Scope::Goals)
    })?;
    let all = contributions(&mut tx, &person).await?;
    audit::done_about(&mut tx, actor.account(), &person, "contributions_viewed", "").await?;
    tx.commit().await?;
    Ok(Json(all))
}

/// `POST /api/v1/me/goals`
pub async fn add_goal(state: State<AppState>, user: SignedIn, goal: Json<GoalInput>) -> Result<Json<String>, AppError> {
    add_goal_for(state, user, None, goal).await
}

/// `POST /api/v1/people/{person}/goals`: a carer allowed to, for the person.
pub async fn add_goal_for_person(
    state: State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
    goal: Json<GoalInput>,
) -> Result<Json<String>, AppError> {
    add_goal_for(state, user, Some(&person), goal).await
}

async fn add_goal_for(
    State(state): State<AppState>,
    user: SignedIn,
    person: Option<&str>,
    Json(goal): Json<GoalInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_goal(&goal, &today()))?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let (actor, person) = writer(&mut tx, &user, person).await?;
    let id = super::add_goal(&mut tx, &person, actor.account(), &goal).await?;
    audit::done_about(&mut tx, actor.account(), &person, "goal_added", &id).await?;
    tx.commit().await?;
    Ok(Json(id))
}

/// Changes something the signed-in person wrote (and may still change), with its audit
/// row, in one transaction.
async fn change_own<T>(
    state: &AppState,
    user: &SignedIn,
    (kind, id): (Kind, &str),
    action: &str,
    change: impl AsyncFnOnce(&mut AnyConnection, &Actor) -> Result<T, AppError>,
) -> Result<T, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let (actor, person) = own(&mut tx, user, kind, id).await?;
    let changed = change(&mut tx, &actor).await?;
    audit::done_about(&mut tx, actor.account(), &person, action, id).await?;
    tx.commit().await?;
    Ok(changed)
}

/// `PUT /api/v1/goals/{id}`
pub async fn edit_goal(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(goal): Json<GoalInput>,
) -> Result<StatusCode, AppError> {
    change_own(&state, &user, (Kind::Goal, &id), "goal_changed", async |tx, _| {
        let without_steps = GoalInput {
            steps: Vec::new(),
            ..goal.clone()
        };
        AppError::unless_problems(check_goal(&without_steps, &today()))?;
        Ok(super::edit_goal(tx, &id, &goal).await?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/withdraw`
pub async fn withdraw_goal(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    change_own(&state, &user, (Kind::Goal, &id), "goal_withdrawn", async |tx, _| {
        Ok(super::close(tx, Kind::Goal, &id).await?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/steps`
pub async fn add_step(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(step): Json<StepInput>,
) -> Result<Json<String>, AppError> {
    let step_id = change_own(
        &state,
        &user,
        (Kind::Goal, &id),
        "goal_step_added",
        async |tx, actor| {
            AppError::unless_problems(check_step(&step, &today()))?;
            Ok(super::add_step(tx, &id, actor.account(), &step).await?)
        },
    )
    .await?;
    Ok(Json(step_id))
}

/// `POST /api/v1/goals/{id}/steps/{step}/done`
pub async fn step_done(
    State(state): State<AppState>,
    user: SignedIn,
    Path((id, step)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    change_own(&state, &user, (Kind::Goal, &id), "goal_step_done", async |tx, _| {
        Ok(super::step_done(tx, &id, &step).await?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/notes`: how it is going.
pub async fn add_note(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(note): Json<NoteInput>,
) -> Result<StatusCode, AppError> {
    change_own(
        &state,
        &user,
        (Kind::Goal, &id),
        "goal_note_added",
        async |tx, actor| {
            AppError::unless_problems(check_text("text", &note.text, GOAL_TEXT))?;
            Ok(super::add_note(tx, &id, actor.account(), &note.text).await?)
        },
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/me/wishes`
pub async fn add_wish(state: State<AppState>, user: SignedIn, wish: Json<WishInput>) -> Result<Json<String>, AppError> {
    add_wish_for(state, user, None, wish).await
}

/// `POST /api/v1/people/{person}/wishes`: a carer allowed to, for the person.
pub async fn add_wish_for_person(
    state: State<AppState>,
    user: SignedIn,
    Path(person): Path<String>,
    wish: Json<WishInput>,
) -> Result<Json<String>, AppError> {
    add_wish_for(state, user, Some(&person), wish).await
}

async fn add_wish_for(
    State(state): State<AppState>,
    user: SignedIn,
    person: Option<&str>,
    Json(wish): Json<WishInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_text("text", &wish.text, SHORT_TEXT))?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let (actor, person) = writer(&mut tx, &user, person).await?;
    let id = super::add_wish(&mut tx, &person, actor.account(), &wish).await?;
    audit::done_about(&mut tx, actor.account(), &person, "wish_added", &id).await?;
    tx.commit().await?;
    Ok(Json(id))
}

/// `PUT /api/v1/wishes/{id}`
pub async fn edit_wish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(wish): Json<WishInput>,
) -> Result<StatusCode, AppError> {
    change_own(&state, &user, (Kind::Wish, &id), "wish_changed", async |tx, _| {
        AppError::unless_problems(check_text("text", &wish.text, SHORT_TEXT))?;
        Ok(super::edit_wish(tx, &id, &wish).await?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/wishes/{id}`
pub async fn remove_wish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    change_own(&state, &user, (Kind::Wish, &id), "wish_removed", async |tx, _| {
        Ok(super::close(tx, Kind::Wish, &id).await?)
    })
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/contributions`: new and changed goals and wishes across the caseload (a
/// manager: the team's), unread first, then newest.
pub async fn queue(State(state): State<AppState>, user: SignedIn) -> Result<Json<Vec<QueueItem>>, AppError> {
    let mut conn = state.store.pool.acquire().await?;
    let Some(Actor::Staff { staff, .. }) = policy::actor(&mut conn, &user.account_id).await? else {
        return Err(AppError::NOT_FOUND);
    };
    let Some((scope, key)) = policy::caseload_scope(&staff) else {
        return Ok(Json(Vec::new()));
    };
    let people: Vec<(String,)> = sqlx::query_as(&format!(
        "SELECT a.person_id FROM allocations a WHERE a.ended_at IS NULL AND {scope}"
    ))
    .bind(&key)
    .fetch_all(&mut *conn)
    .await?;
    let mut items = Vec::new();
    for (person,) in people {
        let all = contributions(&mut conn, &person).await?;
        let name = all.person_name.clone();
        items.extend(all.goals.into_iter().filter(|g| !g.withdrawn).map(|g| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Goal,
            id: g.id,
            text: g.input.what,
            decision: g.decision,
            updated_at: g.updated_at,
            written: g.written,
        }));
        items.extend(all.wishes.into_iter().map(|w| QueueItem {
            person_id: person.clone(),
            person_name: name.clone(),
            kind: ContributionKind::Wish,
            id: w.id,
            text: w.text,
            decision: w.decision,
            updated_at: w.updated_at,
            written: w.written,
        }));
    }
    items.sort_by_key(|item| {
        (
            item.decision != api::goals::Decision::New,
            std::cmp::Reverse(item.updated_at),
        )
    });
    Ok(Json(items))
}

/// `POST /api/v1/goals/{id}/answer` and `POST /api/v1/wishes/{id}/answer`: the person's
/// caseworker responds, and says whether it is in the plan (which version) or why not.
async fn answer(
    state: &AppState,
    user: &SignedIn,
    kind: Kind,
    id: &str,
    body: &Answer,
) -> Result<StatusCode, AppError> {
    let mut problems = Vec::new();
    if body.comment.chars().count() > COMMENT_MAX {
        problems.push(FieldProblem {
            field: "comment".into(),
            problem: Problem::TooLong,
        });
    }
    if let AnswerDecision::NotAdded { reason } = &body.decision {
        problems.extend(check_text("reason", reason, GOAL_TEXT));
    }
    AppError::unless_problems(problems)?;
    let mut conn = state.store.pool.acquire().await?;
    let mut tx = begin_write(&mut conn).await?;
    let actor = policy::signed_in(&mut tx, &user.account_id).await?;
    let (person, _, _) = super::owner(&mut tx, kind, id).await?.ok_or(AppError::NOT_FOUND)?;
    if policy::plan_access(&mut tx, &actor, &person).await? != Some(PlanAccess::Edit) {
        return Err(AppError::NOT_FOUND);
    }
    if let AnswerDecision::Added { plan_id, plan_version } = &body.decision {
        // The version must be one of this person's published plans.
        let (count,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM plan_versions v JOIN plans p ON p.id = v.plan_id \
             WHERE v.plan_id = $1 AND v.version = $2 AND p.person_id = $3",
        )
        .bind(plan_id)
        .bind(plan_version)
        .bind(&person)
        .fetch_one(&mut *tx)
        .await?;
        if count == 0 {
            return Err(AppError::Fields(vec![FieldProblem {
                field: "plan_version".into(),
                problem: Problem::NoSuchVersion,
            }]));
        }
    }
    super::answer(&mut tx, kind, id, actor.account(), &body.comment, &body.decision).await?;
    audit::done_about(&mut tx, actor.account(), &person, "contribution_answered", id).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn answer_goal(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(body): Json<Answer>,
) -> Result<StatusCode, AppError> {
    answer(&state, &user, Kind::Goal, &id, &body).await
}

pub async fn answer_wish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Json(body): Json<Answer>,
) -> Result<StatusCode, AppError> {
    answer(&state, &user, Kind::Wish, &id, &body).await
}
