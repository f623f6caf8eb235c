//! What the person has let the carer see, found out before asking for it.

use std::future::Future;

use api::carers::{CaredFor, Scopes};

use crate::client::{self, Error, Subject};

/// The person's entry among those the carer cares for (`None` if they are not among them
/// now), and, if `may` allows it, what `fetch` finds for them.
pub(super) async fn allowed_and<T, F>(
    person: String,
    may: fn(&Scopes) -> bool,
    fetch: impl FnOnce(Subject) -> F,
) -> Result<(Option<CaredFor>, Option<T>), Error>
where
    F: Future<Output = Result<T, Error>>,
{
    let entry = client::caring_for().await?.into_iter().find(|c| c.person_id == person);
    // Not among them now: asking anyway lets the server say why (their access ended).
    let found = if entry.as_ref().is_none_or(|e| may(&e.scopes)) {
        Some(fetch(Subject::Person(person)).await?)
    } else {
        None
    };
    Ok((entry, found))
}
