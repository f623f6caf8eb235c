//! The routes of teams and staff. Each change is audited in its transaction, with the
//! team's or staff member's id as its detail, so the admins' log can name them.

use aide::axum::ApiRouter;
use aide::axum::routing::{get, post, put};
use api::admin::{
    FailedEmail, NewStaffMember, StaffChange, StaffChangeEntry, StaffMember, Team, TeamInput, check_new_staff,
    check_team,
};
use api::auth::{InvitationCreated, Purpose};
use api::staff::StaffRole;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::access::policy::{may_change_staff, may_give_role, runs_team};
use crate::access::{Permit, Signed};
use crate::accounts::Owner;
use crate::error::AppError;
use crate::staff::{self, NewStaff};
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new()
        .api_route("/teams", get(teams).post(create_team))
        .api_route("/teams/{id}", put(rename_team))
        .api_route("/staff", get(members).post(invite))
        .api_route("/staff/{id}", put(change))
        .api_route("/staff/{id}/disable", post(disable))
        .api_route("/staff/{id}/enable", post(enable))
        .api_route("/staff-changes", get(changes))
        .api_route("/failed-emails", get(failed_emails))
        .api_route("/failed-emails/{id}/retry", post(retry_email))
}

/// The active admin asking; anyone else is told the page does not exist.
fn admin(who: &Signed) -> Result<(), AppError> {
    if who.staff()?.role == StaffRole::Admin {
        Ok(())
    } else {
        Err(AppError::NOT_FOUND)
    }
}

/// `GET /api/v1/failed-emails`: for admins, the email the mail server refused for good.
async fn failed_emails(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<FailedEmail>>, AppError> {
    admin(&who)?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let list = crate::notifications::outbox::failed(permit.parts().0).await?;
    Ok(Json(permit.read("failed_emails_viewed", "", list).await?))
}

/// `POST /api/v1/failed-emails/{id}/retry`: an admin sends it again, at once.
async fn retry_email(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    admin(&who)?;
    let mut permit = Permit::caseload(&s, &who).await?;
    if !crate::notifications::outbox::retry(permit.parts().0, &id).await? {
        return Err(AppError::NOT_FOUND);
    }
    permit.change("failed_email_retried", &id, StatusCode::NO_CONTENT).await
}

/// `GET /api/v1/teams`: every team for an admin; one's own for other staff.
async fn teams(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<Team>>, AppError> {
    let mut permit = Permit::caseload(&s, &who).await?;
    let list = super::teams(permit.parts().0, who.staff()?).await?;
    Ok(Json(permit.read("teams_viewed", "", list).await?))
}

/// `POST /api/v1/teams`: an admin creates a team.
async fn create_team(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<TeamInput>,
) -> Result<Json<String>, AppError> {
    admin(&who)?;
    AppError::unless_problems(check_team(&body))?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let conn = permit.parts().0;
    let name = body.name.trim();
    super::team_name_free(conn, name, "").await?;
    let id = staff::create_team(conn, name).await?;
    Ok(Json(permit.change("team_created", &id, id.clone()).await?))
}

/// `PUT /api/v1/teams/{id}`: an admin, or the team's manager, renames it.
async fn rename_team(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<TeamInput>,
) -> Result<StatusCode, AppError> {
    if !runs_team(who.staff()?, Some(&id)) {
        return Err(AppError::NOT_FOUND);
    }
    AppError::unless_problems(check_team(&body))?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let conn = permit.parts().0;
    super::team_name_free(conn, body.name.trim(), &id).await?;
    super::rename_team(conn, &id, body.name.trim()).await?;
    permit.change("team_renamed", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff`: everyone for an admin, the team for a manager.
async fn members(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<StaffMember>>, AppError> {
    let me = who.staff()?;
    if me.role == StaffRole::Caseworker {
        return Err(AppError::NOT_FOUND);
    }
    let mut permit = Permit::caseload(&s, &who).await?;
    let list = super::members(permit.parts().0, me).await?;
    Ok(Json(permit.read("staff_viewed", "", list).await?))
}

/// `POST /api/v1/staff`: an admin invites anyone to any team; a manager, caseworkers and
/// managers to their own. Returns the one-time invitation code.
async fn invite(
    State(s): State<AppState>,
    who: Signed,
    Json(body): Json<NewStaffMember>,
) -> Result<Json<InvitationCreated>, AppError> {
    let me = who.staff()?;
    if !runs_team(me, body.team_id.as_deref()) || !may_give_role(me, body.role) {
        return Err(AppError::NOT_FOUND);
    }
    AppError::unless_problems(check_new_staff(&body))?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let (conn, grant) = permit.parts();
    let email = body.email.trim();
    super::team_exists(conn, body.team_id.as_deref()).await?;
    super::email_free(conn, email).await?;
    let id = staff::create(
        conn,
        &NewStaff {
            full_name: body.name.trim(),
            email: Some(email),
            phone: None,
            role: body.role,
            team_id: body.team_id.as_deref(),
            language: api::i18n::DEFAULT_LOCALE,
        },
    )
    .await?;
    let lifetime = s.settings.invitation_lifetime;
    let account = grant.actor().account();
    let (invitation, code) = crate::auth::invitations::create(
        conn,
        &Owner::Staff(id.clone()),
        Purpose::Register,
        None,
        Some(account),
        lifetime,
    )
    .await?;
    let created = InvitationCreated {
        id: invitation.id,
        code,
        expires_at: invitation.expires_at,
    };
    Ok(Json(permit.change("staff_invited", &id, created).await?))
}

/// The member of staff `id`, if `who` may change them (otherwise hidden).
async fn changeable(permit: &mut Permit<'_>, who: &Signed, id: &str) -> Result<staff::Staff, AppError> {
    let other = staff::get(permit.parts().0, id).await?;
    if !may_change_staff(who.staff()?, &other) {
        return Err(AppError::NOT_FOUND);
    }
    Ok(other)
}

/// `PUT /api/v1/staff/{id}`: a new role or team, within what the changer runs.
async fn change(
    State(s): State<AppState>,
    who: Signed,
    Path(id): Path<String>,
    Json(body): Json<StaffChange>,
) -> Result<StatusCode, AppError> {
    let me = who.staff()?;
    if !runs_team(me, body.team_id.as_deref()) || !may_give_role(me, body.role) {
        return Err(AppError::NOT_FOUND);
    }
    let mut permit = Permit::caseload(&s, &who).await?;
    let other = changeable(&mut permit, &who, &id).await?;
    let conn = permit.parts().0;
    super::team_exists(conn, body.team_id.as_deref()).await?;
    if body.role != StaffRole::Admin {
        super::keep_an_admin(conn, &other).await?;
    }
    super::change(conn, &id, &body).await?;
    permit.change("staff_changed", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/staff/{id}/disable`: they have left. Their sessions end and passkeys
/// stop working at once; their caseload stays, marked for reallocation.
async fn disable(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = Permit::caseload(&s, &who).await?;
    let other = changeable(&mut permit, &who, &id).await?;
    let conn = permit.parts().0;
    super::keep_an_admin(conn, &other).await?;
    super::set_active(conn, &id, false).await?;
    permit.change("staff_disabled", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/staff/{id}/enable`: back again (a mistake, or they returned).
async fn enable(State(s): State<AppState>, who: Signed, Path(id): Path<String>) -> Result<StatusCode, AppError> {
    let mut permit = Permit::caseload(&s, &who).await?;
    changeable(&mut permit, &who, &id).await?;
    super::set_active(permit.parts().0, &id, true).await?;
    permit.change("staff_enabled", &id, ()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/staff-changes`: for admins, who changed which team or member of staff.
async fn changes(State(s): State<AppState>, who: Signed) -> Result<Json<Vec<StaffChangeEntry>>, AppError> {
    admin(&who)?;
    let mut permit = Permit::caseload(&s, &who).await?;
    let list = super::changes(permit.parts().0).await?;
    Ok(Json(permit.read("staff_changes_viewed", "", list).await?))
}
