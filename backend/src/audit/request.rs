//! Where a request came from and its id, known to every audit row written while the
//! request is answered, however deep the code that writes it.

#[derive(Debug, Clone)]
pub(super) struct Requested {
    pub client: String,
    pub request_id: String,
    /// A GET (or HEAD): it only reads, so it reads outside the writer's lock.
    pub reading: bool,
}

tokio::task_local! {
    static REQUEST: Requested;
}

/// The request being answered, if any: background work has none.
pub(super) fn current() -> Option<Requested> {
    REQUEST.try_with(Requested::clone).ok()
}

/// Whether the request being answered only reads; background work may write.
pub fn reading() -> bool {
    REQUEST.try_with(|r| r.reading).unwrap_or(false)
}

/// Runs `work` (the rest of answering a request) known to come from `client`, with our
/// own `request_id`; `reading` when the request only reads.
pub async fn within<F: std::future::Future>(client: String, request_id: String, reading: bool, work: F) -> F::Output {
    REQUEST
        .scope(
            Requested {
                client,
                request_id,
                reading,
            },
            work,
        )
        .await
}
