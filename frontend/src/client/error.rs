//! What went wrong with a request, in words the person can read: the server's own, or one
//! about the connection; and the code, for the few places a page acts on which error it is.

use api::error::{ErrorBody, ErrorCode};
use api::msg;

use crate::i18n::I18n;

#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// No answer: offline, or the server is down.
    Network,
    /// The server answered with an error it explained. A code this build does not know
    /// (from a newer server) counts as `Internal`: its message still reads right.
    Server { code: ErrorCode, body: ErrorBody },
    /// The browser's passkey prompt gave no passkey (a message id).
    Passkey(&'static str),
}

impl Error {
    pub fn from_body(body: ErrorBody) -> Self {
        let code = ErrorCode::parse(&body.code).unwrap_or(ErrorCode::Internal);
        Self::Server { code, body }
    }

    /// Answers the page itself found wanting (a question with no choice made), in the
    /// shape the server gives problems, so they show the same way. Each field comes with
    /// the message id that asks for it.
    pub fn unanswered(i18n: &I18n, missing: &[(&str, &'static str)]) -> Self {
        Self::from_body(ErrorBody::worded(ErrorCode::Validation, missing, |id| i18n.t(id)))
    }

    /// The server's code, when it was the server that said no.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::Server { code, .. } => Some(*code),
            _ => None,
        }
    }

    pub fn is(&self, code: ErrorCode) -> bool {
        self.code() == Some(code)
    }

    /// Each field with what to do about it, for a form with several answers.
    pub fn fields(&self) -> Vec<(String, String)> {
        match self {
            Self::Server { body, .. } => body
                .fields
                .iter()
                .map(|f| (f.field.clone(), f.message.clone()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// What to do about one field of the form, if the server said.
    pub fn problem(&self, field: &str) -> Option<String> {
        match self {
            Self::Server { body, .. } => body.fields.iter().find(|f| f.field == field).map(|f| f.message.clone()),
            _ => None,
        }
    }

    /// What to say beside one field: what the server said about it among several, or its
    /// whole message when the error is about that field alone.
    pub fn about(&self, field: &str, i18n: &I18n) -> Option<String> {
        self.problem(field)
            .or_else(|| (self.field() == Some(field)).then(|| self.describe(i18n)))
    }

    /// The form field this error as a whole is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Server { body, .. } => body.field.as_deref(),
            _ => None,
        }
    }

    /// The words to show: the server's own message, or one about the connection.
    pub fn describe(&self, i18n: &I18n) -> String {
        match self {
            Self::Server { body, .. } => body.message.clone(),
            Self::Network => i18n.t(msg!("load-failed")),
            Self::Passkey(id) => i18n.t(id),
        }
    }
}
