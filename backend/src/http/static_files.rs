//! The built frontend (`dist/`), served with its brotli and gzip copies. Any other path is
//! a page of the app, which the server draws (`pages`).

use std::convert::Infallible;
use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::response::Response;
use tower::util::BoxCloneSyncService;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::services::ServeDir;

type Pages = BoxCloneSyncService<Request, Response, Infallible>;
use tower_http::set_header::SetResponseHeaderLayer;

pub fn service(dist: Option<&Path>, pages: Pages) -> Pages {
    let Some(dist) = dist else {
        return pages;
    };
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        // A form posted to a page (without the app) is the page's to answer.
        .call_fallback_on_method_not_allowed(true)
        .fallback(pages);
    // Files keep their names between releases, so the browser must check they are fresh.
    let files = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .service(files)
        .map_response(|response| response.map(Body::new));
    BoxCloneSyncService::new(files)
}
