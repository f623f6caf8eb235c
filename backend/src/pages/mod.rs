//! Every page of the app, drawn on the server: the same Dioxus components the browser
//! runs, with the data the page needs fetched through the API itself (so through the same
//! policy and audit: a plan drawn here is a plan viewed), handed to the browser in the
//! page so that the WebAssembly hydrates what is already there instead of drawing it again.

mod document;
mod gather;

use std::convert::Infallible;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower::util::BoxCloneSyncService;

use crate::state::AppState;

/// Answers a path that names no file: `/plans/1/versions/latest`, `/`, `/sign-in`…
pub fn service(state: AppState, api: Router) -> BoxCloneSyncService<Request, Response, Infallible> {
    BoxCloneSyncService::new(tower::service_fn(move |request: Request| {
        let (state, api) = (state.clone(), api.clone());
        async move { Ok::<_, Infallible>(page(state, api, request).await) }
    }))
}

async fn page(state: AppState, api: Router, request: Request) -> Response {
    // A path naming a file (`/missing.js`) is a real miss, not a page of the app.
    let path = request.uri().path();
    if path.rsplit('/').next().is_some_and(|last| last.contains('.')) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let target = request
        .uri()
        .path_and_query()
        .map_or_else(|| path.to_owned(), |p| p.as_str().to_owned());
    let asker = gather::Asker::new(api, &request);
    let (preload, rendered) = match gather::render(&asker, &target).await {
        Ok(done) => done,
        Err(error) => return crate::error::AppError::Internal(error).into_response(),
    };
    let status = if rendered.found {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let html = document::html(&state, &preload, &rendered);
    let mut response = (status, Body::from(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // The page holds the reader's own data: never kept by a browser or a proxy.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
