//! One error type for the HTTP edge: each variant has a status and a stable code, and its
//! body is written in the language the request asked for.

use api::error::{ErrorBody, ErrorCode};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::db::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("database unavailable: {0}")]
    DatabaseUnavailable(sqlx::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NotFound,
            StoreError::Database(error) => error.into(),
            other => Self::Internal(other.to_string()),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match error {
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                Self::DatabaseUnavailable(error)
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

impl AppError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotFound => ErrorCode::NotFound,
            Self::DatabaseUnavailable(_) => ErrorCode::DatabaseUnavailable,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }
}

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::DatabaseUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::Timeout => StatusCode::REQUEST_TIMEOUT,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for AppError {
    /// Logs what went wrong once, inside the request's span (so with its request id), and
    /// leaves the code for [`render_error_bodies`] to explain in the reader's language.
    fn into_response(self) -> Response {
        if matches!(self, Self::Internal(_) | Self::DatabaseUnavailable(_)) {
            tracing::error!(error = %self, "request failed");
        }
        let code = self.code();
        let mut response = status_of(code).into_response();
        response.extensions_mut().insert(code);
        response
    }
}

/// Gives every API error the same JSON body, `{code, message}`, including errors made by
/// layers that know nothing of ours (a body too large, a timeout).
pub async fn render_error_bodies(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let code = match response.extensions().get::<ErrorCode>() {
        Some(code) => *code,
        None if is_api => match response.status() {
            StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
            StatusCode::REQUEST_TIMEOUT => ErrorCode::Timeout,
            status if status.is_server_error() => ErrorCode::Internal,
            _ => return response,
        },
        None => return response,
    };
    let body = ErrorBody {
        code: code.as_str().to_owned(),
        message: state.messages_for(&headers).get(code.message_id()),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    let json = serde_json::to_vec(&body).unwrap_or_default();
    Response::from_parts(parts, Body::from(json))
}
