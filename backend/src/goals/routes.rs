//! The routes of goals and wishes. The person writes their own (a carer, where the person
//! allows it, for them); their caseworker answers; a manager reads. Every read and change
//! is audited in its transaction.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post, put};
use api::carers::Scope;
use api::error::ErrorCode;
use api::goals::{Answer, Contributions, GOAL_TEXT, GoalInput, NoteInput, QueueItem, StepInput, WishInput};
use api::goals::{MAX_GOALS, MAX_NOTES, MAX_STEPS, MAX_WISHES, check_goal, check_step, check_text};
use api::plan_check::SHORT_TEXT;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use super::Kind;
use crate::access::{Need, Permit, Signed, Subject, Target};
use crate::db::today;
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/me/contributions", get(contributions))
        .api_route("/people/{person}/contributions", get(contributions))
        .api_route("/me/goals", post(add_goal))
        .api_route("/people/{person}/goals", post(add_goal))
        .api_route("/me/wishes", post(add_wish))
        .api_route("/people/{person}/wishes", post(add_wish))
        .api_route("/goals/{id}", put(edit_goal))
        .api_route("/goals/{id}/withdraw", post(withdraw_goal))
        .api_route("/goals/{id}/steps", post(add_step))
        .api_route("/goals/{id}/steps/{step}/done", post(step_done))
        .api_route("/goals/{id}/notes", post(add_note))
        .api_route("/goals/{id}/answer", post(answer_goal))
        .api_route("/wishes/{id}", put(edit_wish).delete(remove_wish))
        .api_route("/wishes/{id}/answer", post(answer_wish))
        .api_route("/contributions", get(queue))
}

/// `GET /api/v1/me/contributions` and `GET /api/v1/people/{person}/contributions`: the
/// person, their caseworker, the manager, and a carer allowed to see them.
async fn contributions(
    State(s): State<AppState>,
    who: Signed,
    subject: Subject,
) -> Result<Json<Contributions>, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Read(Scope::Goals)).await?;
    let (conn, g) = permit.parts();
    let all = super::contributions(conn, g.person()).await?;
    Ok(Json(permit.read("contributions_viewed", "", all).await?))
}

/// `POST /api/v1/me/goals` and `POST /api/v1/people/{person}/goals` (a carer allowed to).
async fn add_goal(
    State(s): State<AppState>,
    who: Signed,
    subject: Subject,
    Json(goal): Json<GoalInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_goal(&goal, &today()))?;
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Act(Scope::AddGoals)).await?;
    let (conn, g) = permit.parts();
    let open = "SELECT COUNT(*) FROM goals WHERE person_id = $1 AND withdrawn_at IS NULL";
    AppError::unless_within(conn, open, g.person(), MAX_GOALS, "what").await?;
    let id = super::add_goal(conn, g.person(), g.actor().account(), &goal).await?;
    permit.change("goal_added", &id, ()).await?;
    Ok(Json(id))
}

/// `POST /api/v1/me/wishes` and `POST /api/v1/people/{person}/wishes` (a carer allowed to).
async fn add_wish(
    State(s): State<AppState>,
    who: Signed,
    subject: Subject,
    Json(wish): Json<WishInput>,
) -> Result<Json<String>, AppError> {
    AppError::unless_problems(check_text("text", &wish.text, SHORT_TEXT))?;
    let mut permit = Permit::open(&s, &who, Target::Subject(&subject), Need::Act(Scope::AddGoals)).await?;
    let (conn, g) = permit.parts();
    let kept = "SELECT COUNT(*) FROM wishes WHERE person_id = $1 AND removed_at IS NULL";
    AppError::unless_within(conn, kept, g.person(), MAX_WISHES, "text").await?;
    let id = super::add_wish(conn, g.person(), g.actor().account(), &wish).await?;
    permit.change("wish_added", &id, ()).await?;
    Ok(Json(id))
}

/// Leave to change a goal or wish the signed-in account wrote, for someone it may still
/// write for, and which is still open; anything else: 404.
async fn own<'a>(s: &AppState, who: &'a Signed, kind: Kind, id: &str) -> Result<Permit<'a>, AppError> {
    let mut permit = Permit::open(s, who, Target::Record(kind.records(), id), Need::Act(Scope::AddGoals)).await?;
    let (_, author, closed) = super::owner(permit.parts().0, kind, id)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    if author != who.account_id {
        return Err(AppError::NOT_FOUND);
    }
    if closed {
        return Err(match kind {
            Kind::Goal => AppError::Refused(ErrorCode::GoalWithdrawn),
            Kind::Wish => AppError::NOT_FOUND,
        });
    }
    Ok(permit)
}

/// `PUT /api/v1/goals/{id}`
async fn edit_goal(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(goal): Json<GoalInput>,
) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Goal, &id).await?;
    let without_steps = GoalInput {
        steps: Vec::new(),
        ..goal.clone()
    };
    AppError::unless_problems(check_goal(&without_steps, &today()))?;
    super::edit_goal(permit.parts().0, &id, &goal).await?;
    permit.change("goal_changed", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/withdraw`
async fn withdraw_goal(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Goal, &id).await?;
    super::close(permit.parts().0, Kind::Goal, &id).await?;
    permit.change("goal_withdrawn", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/steps`
async fn add_step(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(step): Json<StepInput>,
) -> Result<Json<String>, AppError> {
    let mut permit = own(&s, &who, Kind::Goal, &id).await?;
    AppError::unless_problems(check_step(&step, &today()))?;
    let (conn, g) = permit.parts();
    AppError::unless_within(
        conn,
        "SELECT COUNT(*) FROM goal_steps WHERE goal_id = $1",
        &id,
        MAX_STEPS,
        "what",
    )
    .await?;
    let step_id = super::add_step(conn, &id, g.actor().account(), &step).await?;
    Ok(Json(permit.change("goal_step_added", &id, step_id).await?))
}

/// `POST /api/v1/goals/{id}/steps/{step}/done`
async fn step_done(
    State(s): State<AppState>,
    who: Signed,
    Path((id, step)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Goal, &id).await?;
    super::step_done(permit.parts().0, &id, &step).await?;
    permit.change("goal_step_done", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/goals/{id}/notes`: how it is going.
async fn add_note(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(note): Json<NoteInput>,
) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Goal, &id).await?;
    AppError::unless_problems(check_text("text", &note.text, GOAL_TEXT))?;
    let (conn, g) = permit.parts();
    AppError::unless_within(
        conn,
        "SELECT COUNT(*) FROM goal_notes WHERE goal_id = $1",
        &id,
        MAX_NOTES,
        "text",
    )
    .await?;
    super::add_note(conn, &id, g.actor().account(), &note.text).await?;
    permit.change("goal_note_added", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/wishes/{id}`
async fn edit_wish(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(wish): Json<WishInput>,
) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Wish, &id).await?;
    AppError::unless_problems(check_text("text", &wish.text, SHORT_TEXT))?;
    super::edit_wish(permit.parts().0, &id, &wish).await?;
    permit.change("wish_changed", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/wishes/{id}`
async fn remove_wish(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = own(&s, &who, Kind::Wish, &id).await?;
    super::close(permit.parts().0, Kind::Wish, &id).await?;
    permit.change("wish_removed", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/contributions`: new and changed goals and wishes across the caseload (a
/// manager: the team's), and those answered in the last two weeks; unread first, then newest.
async fn queue(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<QueueItem>>, AppError> {
    let staff = who.staff()?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let items = super::queue(permit.parts().0, staff).await?;
    Ok(Json(permit.read("contributions_queue_viewed", "", items).await?))
}

/// `POST /api/v1/goals/{id}/answer`
async fn answer_goal(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<Answer>,
) -> Result<StatusCode, AppError> {
    answer(&s, &who, Kind::Goal, &id, &body).await
}

/// `POST /api/v1/wishes/{id}/answer`
async fn answer_wish(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<Answer>,
) -> Result<StatusCode, AppError> {
    answer(&s, &who, Kind::Wish, &id, &body).await
}

/// The person's caseworker responds, and says whether it is in the plan (which version)
/// or why not.
async fn answer(s: &AppState, who: &Signed, kind: Kind, id: &str, body: &Answer) -> Result<StatusCode, AppError> {
    AppError::unless_problems(super::check_answer(body))?;
    let mut permit = Permit::open(s, who, Target::Record(kind.records(), id), Need::Edit).await?;
    let (conn, g) = permit.parts();
    if let api::goals::AnswerDecision::Added { plan_id, plan_version } = &body.decision {
        crate::plans::require_published(conn, g.person(), plan_id, *plan_version).await?;
    }
    super::answer(conn, kind, id, g.actor().account(), &body.comment, &body.decision).await?;
    let (text, decision, comment) = super::answer_of(conn, kind.contribution(), id)
        .await?
        .ok_or(AppError::NOT_FOUND)?;
    let answer = (kind.contribution(), text.as_str(), &decision, comment.as_str());
    crate::notifications::answered(conn, (g.person(), id), answer, g.actor().account(), s.settings.email).await?;
    permit.change("contribution_answered", id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}
