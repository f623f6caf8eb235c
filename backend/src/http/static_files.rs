//! The built frontend (`dist/`), served with its brotli and gzip copies. A deep link such
//! as `/plan` gets `index.html`, and the app routes it; a missing file gets a 404.

use std::convert::Infallible;
use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower::util::BoxCloneSyncService;
use tower::{ServiceBuilder, ServiceExt};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

pub fn service(dist: Option<&Path>) -> BoxCloneSyncService<Request, Response, Infallible> {
    let Some(dist) = dist else {
        return BoxCloneSyncService::new(tower::service_fn(|_| async {
            Ok::<_, Infallible>(StatusCode::NOT_FOUND.into_response())
        }));
    };
    let index = ServeFile::new(dist.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let deep_link = tower::service_fn(move |request: Request| {
        let index = index.clone();
        async move {
            // A path naming a file (`/missing.js`) is a real miss, not a page of the app.
            let names_a_file = request
                .uri()
                .path()
                .rsplit('/')
                .next()
                .is_some_and(|last| last.contains('.'));
            if names_a_file {
                return Ok(StatusCode::NOT_FOUND.into_response());
            }
            let response = index.oneshot(request).await?;
            Ok::<_, Infallible>(response.map(Body::new))
        }
    });
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(deep_link);
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
