//! The caseworker's copy of everything held about a person, for a subject access request.

use aide::axum::ApiRouter;
use aide::axum::routing::get_with;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::access::{Need, Permit, Signed, Subject, Target};
use crate::error::AppError;
use crate::state::AppState;

pub fn routes() -> ApiRouter<AppState> {
    ApiRouter::new().api_route(
        "/people/{person}/export",
        get_with(export, |op| op.response::<200, Vec<u8>>()),
    )
}

/// `GET /api/v1/people/{person}/export`: a zip, for their own caseworker only.
async fn export(State(s): State<AppState>, who: Signed, person: Subject) -> Result<Response, AppError> {
    let mut permit = Permit::open(&s, &who, Target::Subject(&person), Need::Edit).await?;
    let (conn, grant) = permit.parts();
    let data = super::gather(conn, grant.person()).await?;
    let language = data["sections"]["profile"][0]["language"].as_str().unwrap_or_default();
    let messages = s.messages(language);
    let zip = super::zip(&data, messages).map_err(|e| AppError::Internal(e.to_string()))?;
    let zip = permit.read("subject_access_exported", "", zip).await?;
    let headers = [
        (header::CONTENT_TYPE, "application/zip"),
        (
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"ourplan-subject-access.zip\"",
        ),
    ];
    Ok((headers, zip).into_response())
}
