//! Errors as the client sees them: a stable code a program can match on, and a message
//! a person can read, in their language.

use serde::{Deserialize, Serialize};

/// Every error the API can return. The code string is part of the contract: never change one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    NotFound,
    DatabaseUnavailable,
    PayloadTooLarge,
    Timeout,
    Internal,
    SignedOut,
    CrossOrigin,
    RateLimited,
    InvitationUnknown,
    InvitationExpired,
    InvitationUsed,
    InvitationRevoked,
    CeremonyExpired,
    PasskeyNotAccepted,
    LastPasskey,
    PasskeyNameMissing,
    PasskeyNameTooLong,
    BadRequest,
    Validation,
    VersionConflict,
    CommentTooLong,
    GoalWithdrawn,
    ReviewAlreadyOpen,
    ReviewStepNotAllowed,
    AccessEnded,
    CarerNotLinked,
    CarerOwnAccess,
    CaseworkerManagesAccess,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::DatabaseUnavailable => "database_unavailable",
            Self::PayloadTooLarge => "payload_too_large",
            Self::Timeout => "timeout",
            Self::Internal => "internal",
            Self::SignedOut => "auth.signed_out",
            Self::CrossOrigin => "auth.cross_origin",
            Self::RateLimited => "rate_limited",
            Self::InvitationUnknown => "invitation.unknown",
            Self::InvitationExpired => "invitation.expired",
            Self::InvitationUsed => "invitation.used",
            Self::InvitationRevoked => "invitation.revoked",
            Self::CeremonyExpired => "passkey.ceremony_expired",
            Self::PasskeyNotAccepted => "passkey.not_accepted",
            Self::LastPasskey => "passkey.last",
            Self::PasskeyNameMissing => "passkey.name_missing",
            Self::PasskeyNameTooLong => "passkey.name_too_long",
            Self::BadRequest => "bad_request",
            Self::Validation => "validation",
            Self::VersionConflict => "plan.version_conflict",
            Self::CommentTooLong => "plan.comment_too_long",
            Self::GoalWithdrawn => "goal.withdrawn",
            Self::ReviewAlreadyOpen => "review.already_open",
            Self::ReviewStepNotAllowed => "review.step_not_allowed",
            Self::AccessEnded => "carer.access_ended",
            Self::CarerNotLinked => "carer.not_linked",
            Self::CarerOwnAccess => "carer.own_access",
            Self::CaseworkerManagesAccess => "carer.caseworker_manages",
        }
    }

    /// The Fluent message that explains this error to a person.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NotFound => msg!("error-not-found"),
            Self::DatabaseUnavailable => msg!("error-database-unavailable"),
            Self::PayloadTooLarge => msg!("error-payload-too-large"),
            Self::Timeout => msg!("error-timeout"),
            Self::Internal => msg!("error-internal"),
            Self::SignedOut => msg!("error-signed-out"),
            Self::CrossOrigin => msg!("error-cross-origin"),
            Self::RateLimited => msg!("error-rate-limited"),
            Self::InvitationUnknown => msg!("error-invitation-unknown"),
            Self::InvitationExpired => msg!("error-invitation-expired"),
            Self::InvitationUsed => msg!("error-invitation-used"),
            Self::InvitationRevoked => msg!("error-invitation-revoked"),
            Self::CeremonyExpired => msg!("error-ceremony-expired"),
            Self::PasskeyNotAccepted => msg!("error-passkey-not-accepted"),
            Self::LastPasskey => msg!("error-last-passkey"),
            Self::PasskeyNameMissing => msg!("error-passkey-name-missing"),
            Self::PasskeyNameTooLong => msg!("error-passkey-name-too-long"),
            Self::BadRequest => msg!("error-bad-request"),
            Self::Validation => msg!("error-validation"),
            Self::VersionConflict => msg!("error-version-conflict"),
            Self::CommentTooLong => msg!("error-comment-too-long"),
            Self::GoalWithdrawn => msg!("error-goal-withdrawn"),
            Self::ReviewAlreadyOpen => msg!("error-review-already-open"),
            Self::ReviewStepNotAllowed => msg!("error-review-step-not-allowed"),
            Self::AccessEnded => msg!("error-access-ended"),
            Self::CarerNotLinked => msg!("error-carer-not-linked"),
            Self::CarerOwnAccess => msg!("error-carer-own-access"),
            Self::CaseworkerManagesAccess => msg!("error-caseworker-manages-access"),
        }
    }
}

/// The JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    /// The form field the error is about, so the page can put the message beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For a form with several answers to change: each field with what to do about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}
