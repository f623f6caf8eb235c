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
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::DatabaseUnavailable => "database_unavailable",
            Self::PayloadTooLarge => "payload_too_large",
            Self::Timeout => "timeout",
            Self::Internal => "internal",
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
        }
    }
}

/// The JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}
