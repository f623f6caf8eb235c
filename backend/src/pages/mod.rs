//! Every page of the app, drawn on the server: the same Dioxus components the browser
//! runs, with the data the page needs fetched through the API itself (so through the same
//! policy and audit: a plan drawn here is a plan viewed), handed to the browser in the
//! page so that the WebAssembly hydrates what is already there instead of drawing it again.

mod document;
mod forms;
mod gather;

use std::convert::Infallible;

use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use tower::util::BoxCloneSyncService;

use crate::error::AppError;
use crate::state::AppState;

/// The largest form a page accepts without the app; a comment is at most 2,000 characters.
const FORM_LIMIT: usize = 64 * 1024;

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
    let mut status = StatusCode::OK;
    let mut refused = None;
    if request.method() == Method::POST {
        let Ok(body) = axum::body::to_bytes(request.into_body(), FORM_LIMIT).await else {
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        };
        match forms::send(&state, &asker, &target, &body).await {
            Ok(forms::Sent::Done { to, cookies }) => {
                let mut response = Redirect::to(&to).into_response();
                for cookie in cookies {
                    response.headers_mut().append(header::SET_COOKIE, cookie);
                }
                return response;
            }
            Ok(forms::Sent::Refused {
                status: code,
                refused: why,
            }) => {
                status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
                refused = Some(why);
            }
            Err(error) => return AppError::Internal(error).into_response(),
        }
    } else if request.method() != Method::GET && request.method() != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let (preload, rendered) = match gather::render(&asker, &target, refused).await {
        Ok(done) => done,
        Err(error) => return AppError::Internal(error).into_response(),
    };
    if !rendered.found {
        status = StatusCode::NOT_FOUND;
    }
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
