//! The app's only way to the server: typed requests with the `api` crate's types.

use api::error::ErrorBody;
use api::service::ServiceInfo;
use gloo_net::http::Request;
use serde::de::DeserializeOwned;

/// What went wrong, already in words the person can read when the server said so.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// No answer: offline, or the server is down.
    Network,
    /// The server answered with an error it explained.
    Server(ErrorBody),
}

async fn get<T: DeserializeOwned>(path: &str) -> Result<T, Error> {
    let response = Request::get(path)
        .send()
        .await
        .map_err(|_| Error::Network)?;
    if response.ok() {
        response.json().await.map_err(|_| Error::Network)
    } else {
        Err(response.json().await.map_or(Error::Network, Error::Server))
    }
}

pub async fn service_info() -> Result<ServiceInfo, Error> {
    get("/api/v1/service").await
}

/// The words to show for an error: the server's own message, or a message about the connection.
pub fn describe(error: &Error, i18n: &crate::i18n::I18n) -> String {
    match error {
        Error::Server(body) => body.message.clone(),
        Error::Network => i18n.t(api::msg!("load-failed")),
    }
}
