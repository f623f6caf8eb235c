//! Whose record a request names: `/me/…` is the signed-in person's own, and
//! `/people/{person}/…` someone else's, so one handler serves both routes.

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;

use super::policy::Denied;
use super::signed::Actor;
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Me,
    Person(String),
}

/// Its `{person}` is declared with the other path parameters (`http::openapi`).
impl aide::OperationInput for Subject {}

impl Subject {
    /// The person's id: one's own for `Me` (staff have none: hidden).
    pub fn person<'a>(&'a self, actor: &'a Actor) -> Result<&'a str, Denied> {
        match self {
            Self::Me => actor.own_person(),
            Self::Person(id) => Ok(id),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Subject {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NOT_FOUND)?;
        Ok(params
            .iter()
            .find(|(name, _)| *name == "person")
            .map_or(Self::Me, |(_, id)| Self::Person(id.to_owned())))
    }
}
