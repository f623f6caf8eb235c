//! One error type for the HTTP edge: each variant has a status and a stable code, and its
//! body is written in the language the request asked for.

use api::error::{ErrorBody, ErrorCode, FieldMessage};
use api::plan_check::FieldProblem;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use std::time::Duration;

use crate::db::StoreError;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A request refused for a reason the person can act on.
    #[error("refused: {}", .0.as_str())]
    Refused(ErrorCode),
    /// A field of a form that needs changing.
    #[error("invalid {field}: {}", .code.as_str())]
    Invalid { field: &'static str, code: ErrorCode },
    #[error("rate limited for {0:?}")]
    RateLimited(Duration),
    /// Answers of a form that need changing, each at its field.
    #[error("{} answers need changing", .0.len())]
    Fields(Vec<FieldProblem>),
    #[error("database unavailable: {0}")]
    DatabaseUnavailable(sqlx::Error),
    #[error("internal error: {0}")]
    Internal(String),
}

/// Every error answers with an [`ErrorBody`]: the description gives it as the default
/// response of every operation.
impl aide::OperationOutput for AppError {
    type Inner = api::error::ErrorBody;

    fn operation_response(
        ctx: &mut aide::generate::GenContext,
        operation: &mut aide::openapi::Operation,
    ) -> Option<aide::openapi::Response> {
        let mut response = axum::Json::<api::error::ErrorBody>::operation_response(ctx, operation)?;
        response.description = "An error, with a code a program can match and a message a person can read.".into();
        Some(response)
    }

    fn inferred_responses(
        ctx: &mut aide::generate::GenContext,
        operation: &mut aide::openapi::Operation,
    ) -> Vec<(Option<u16>, aide::openapi::Response)> {
        Self::operation_response(ctx, operation)
            .map(|r| (None, r))
            .into_iter()
            .collect()
    }
}

impl AppError {
    pub const NOT_FOUND: Self = Self::Refused(ErrorCode::NotFound);

    /// Refuses one more when `sql` (counting, with `$1` bound to `id`) already finds `max`:
    /// the answer at `field` is "too many". Every list a person can grow has its limit.
    pub async fn unless_within(
        conn: &mut sqlx::AnyConnection,
        sql: &str,
        id: &str,
        max: i64,
        field: &str,
    ) -> Result<(), Self> {
        let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(conn).await?;
        if n >= max {
            return Err(Self::Fields(vec![FieldProblem {
                field: field.to_owned(),
                problem: api::plan_check::Problem::TooMany,
            }]));
        }
        Ok(())
    }

    /// `Ok` when there is nothing to change; otherwise each answer to change, at its field.
    pub fn unless_problems(problems: Vec<FieldProblem>) -> Result<(), Self> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Self::Fields(problems))
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NOT_FOUND,
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

/// What [`render_error_bodies`] needs to write the body: left in the response's extensions.
#[derive(Debug, Clone)]
struct Explain {
    code: ErrorCode,
    field: Option<&'static str>,
    fields: Vec<FieldProblem>,
}

fn status_of(code: ErrorCode) -> StatusCode {
    match code {
        ErrorCode::NotFound | ErrorCode::InvitationUnknown => StatusCode::NOT_FOUND,
        ErrorCode::DatabaseUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::Timeout => StatusCode::REQUEST_TIMEOUT,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::SignedOut => StatusCode::UNAUTHORIZED,
        ErrorCode::CrossOrigin => StatusCode::FORBIDDEN,
        ErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::InvitationExpired | ErrorCode::InvitationUsed | ErrorCode::InvitationRevoked => StatusCode::GONE,
        ErrorCode::LastPasskey
        | ErrorCode::VersionConflict
        | ErrorCode::GoalWithdrawn
        | ErrorCode::ReviewAlreadyOpen
        | ErrorCode::ReviewStepNotAllowed
        | ErrorCode::LastAdmin
        | ErrorCode::AlreadyHasAccount
        | ErrorCode::NoAccountToRecover => StatusCode::CONFLICT,
        ErrorCode::AccessEnded
        | ErrorCode::CarerOwnAccess
        | ErrorCode::CaseworkerManagesAccess
        | ErrorCode::CaseClosed
        | ErrorCode::ConfirmIdentity => StatusCode::FORBIDDEN,
        ErrorCode::CarerNotLinked => StatusCode::NOT_FOUND,
        ErrorCode::PasskeyNameMissing
        | ErrorCode::PasskeyNameTooLong
        | ErrorCode::Validation
        | ErrorCode::CommentTooLong
        | ErrorCode::HiddenCharacters
        | ErrorCode::IdentityCheckMissing => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::CeremonyExpired | ErrorCode::PasskeyNotAccepted | ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
    }
}

impl IntoResponse for AppError {
    /// Logs what went wrong once, inside the request's span (so with its request id), and
    /// leaves the code for [`render_error_bodies`] to explain in the reader's language.
    fn into_response(self) -> Response {
        if matches!(self, Self::Internal(_) | Self::DatabaseUnavailable(_)) {
            tracing::error!(error = %self, "request failed");
        }
        let (code, field) = match &self {
            Self::Refused(code) => (*code, None),
            Self::Invalid { field, code } => (*code, Some(*field)),
            Self::RateLimited(_) => (ErrorCode::RateLimited, None),
            Self::Fields(_) => (ErrorCode::Validation, None),
            Self::DatabaseUnavailable(_) => (ErrorCode::DatabaseUnavailable, None),
            Self::Internal(_) => (ErrorCode::Internal, None),
        };
        let mut response = status_of(code).into_response();
        if let Self::RateLimited(wait) = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs().max(1)));
        }
        let fields = match self {
            Self::Fields(fields) => fields,
            _ => Vec::new(),
        };
        response.extensions_mut().insert(Explain { code, field, fields });
        response
    }
}

/// Gives every API error the same JSON body, `{code, message}`, including errors made by
/// layers that know nothing of ours (a body too large, a timeout).
pub async fn render_error_bodies(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let explain = match response.extensions().get::<Explain>() {
        Some(explain) => explain.clone(),
        None if is_api => Explain {
            code: match response.status() {
                StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
                StatusCode::REQUEST_TIMEOUT => ErrorCode::Timeout,
                // A body that is not the JSON asked for, as axum's extractors refuse it.
                StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY | StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                    ErrorCode::BadRequest
                }
                status if status.is_server_error() => ErrorCode::Internal,
                _ => return response,
            },
            field: None,
            fields: Vec::new(),
        },
        None => return response,
    };
    let messages = state.messages_for(&headers);
    let body = ErrorBody {
        code: explain.code.as_str().to_owned(),
        message: messages.get(explain.code.message_id()),
        field: explain.field.map(str::to_owned),
        fields: explain
            .fields
            .iter()
            .map(|problem| FieldMessage {
                field: problem.field.clone(),
                message: messages.get(problem.problem.message_id()),
            })
            .collect(),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    let json = serde_json::to_vec(&body).unwrap_or_default();
    Response::from_parts(parts, Body::from(json))
}
