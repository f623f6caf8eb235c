//! Errors as the client sees them: a stable code a program can match on, and a message
//! a person can read, in their language.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares the codes once: the enum, the list of all of them, and each one's string.
macro_rules! error_codes {
    ($($variant:ident => $code:literal,)*) => {
        /// Every error the API can return. The code string is part of the contract: never
        /// change one. On the wire it is that string (`"auth.signed_out"`), so both sides
        /// match on the enum.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ErrorCode {
            $($variant,)*
        }

        /// Every code, for reading one back from its string.
        pub const ERROR_CODES: &[ErrorCode] = &[$(ErrorCode::$variant,)*];

        impl ErrorCode {
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    NotFound => "not_found",
    DatabaseUnavailable => "database_unavailable",
    PayloadTooLarge => "payload_too_large",
    Timeout => "timeout",
    Internal => "internal",
    SignedOut => "auth.signed_out",
    CrossOrigin => "auth.cross_origin",
    RateLimited => "rate_limited",
    InvitationUnknown => "invitation.unknown",
    InvitationExpired => "invitation.expired",
    InvitationUsed => "invitation.used",
    InvitationRevoked => "invitation.revoked",
    CeremonyExpired => "passkey.ceremony_expired",
    PasskeyNotAccepted => "passkey.not_accepted",
    LastPasskey => "passkey.last",
    PasskeyNameMissing => "passkey.name_missing",
    PasskeyNameTooLong => "passkey.name_too_long",
    BadRequest => "bad_request",
    Validation => "validation",
    VersionConflict => "plan.version_conflict",
    CommentTooLong => "plan.comment_too_long",
    GoalWithdrawn => "goal.withdrawn",
    ReviewAlreadyOpen => "review.already_open",
    ReviewStepNotAllowed => "review.step_not_allowed",
    AccessEnded => "carer.access_ended",
    CarerNotLinked => "carer.not_linked",
    CarerOwnAccess => "carer.own_access",
    CaseworkerManagesAccess => "carer.caseworker_manages",
    LastAdmin => "staff.last_admin",
    CaseClosed => "person.case_closed",
    HiddenCharacters => "text.hidden_characters",
    AlreadyHasAccount => "invitation.has_account",
    NoAccountToRecover => "invitation.no_account",
    IdentityCheckMissing => "invitation.identity_check_missing",
    ConfirmIdentity => "auth.confirm_identity",
}

impl ErrorCode {
    /// The code a string names; `None` for one this build does not know (a newer server).
    pub fn parse(text: &str) -> Option<Self> {
        ERROR_CODES.iter().copied().find(|code| code.as_str() == text)
    }

    /// An invitation that cannot be used: the page shows these beside the code field.
    pub fn is_invitation(self) -> bool {
        matches!(
            self,
            Self::InvitationUnknown | Self::InvitationExpired | Self::InvitationUsed | Self::InvitationRevoked
        )
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
            Self::LastAdmin => msg!("error-last-admin"),
            Self::CaseClosed => msg!("error-case-closed"),
            Self::HiddenCharacters => msg!("error-hidden-characters"),
            Self::AlreadyHasAccount => msg!("error-already-has-account"),
            Self::NoAccountToRecover => msg!("error-no-account-to-recover"),
            Self::IdentityCheckMissing => msg!("error-identity-check-missing"),
            Self::ConfirmIdentity => msg!("error-confirm-identity"),
        }
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("unknown error code {text:?}")))
    }
}

/// On the wire, one of the code strings.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for ErrorCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ErrorCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = ERROR_CODES.iter().map(|code| code.as_str()).collect();
        schemars::json_schema!({ "type": "string", "enum": codes })
    }
}

/// The JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl ErrorBody {
    /// A refusal with `code`'s message and each field's problem (a message id), worded by
    /// `words`: the same shape whether the server or the page found the problem.
    pub fn worded(code: ErrorCode, problems: &[(&str, &str)], words: impl Fn(&str) -> String) -> Self {
        Self {
            code: code.as_str().into(),
            message: words(code.message_id()),
            field: None,
            fields: problems
                .iter()
                .map(|(field, id)| FieldMessage {
                    field: (*field).into(),
                    message: words(id),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_travels_as_its_string_and_comes_back_the_same() {
        for &code in ERROR_CODES {
            let json = serde_json::to_string(&code).expect("serialises");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).expect("deserialises"), code);
        }
    }

    #[test]
    fn no_two_codes_share_a_string() {
        let mut seen: Vec<&str> = ERROR_CODES.iter().map(|c| c.as_str()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), ERROR_CODES.len());
    }

    #[test]
    fn a_code_this_build_does_not_know_is_refused_not_guessed() {
        assert!(serde_json::from_str::<ErrorCode>("\"plan.something_new\"").is_err());
        assert_eq!(ErrorCode::parse("plan.something_new"), None);
    }
}
