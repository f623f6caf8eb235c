//! The session cookie: `__Host-` prefixed, Secure, HttpOnly, SameSite=Strict.

use axum::http::{HeaderMap, HeaderValue, header};
use url::Url;

use crate::state::AppState;

/// The session cookie's name: `__Host-` (Secure, whole host, path /) everywhere except
/// plain-http localhost, where browsers would refuse a Secure cookie.
fn cookie_name(origin: &Url) -> &'static str {
    if origin.scheme() == "https" {
        "__Host-ourplan-session"
    } else {
        "ourplan-session"
    }
}

pub fn session_cookie(state: &AppState, token: &str) -> HeaderValue {
    let origin = &state.settings.public_origin;
    let secure = if origin.scheme() == "https" { "; Secure" } else { "" };
    let max_age = state.settings.sessions.lifetime.as_secs();
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
        cookie_name(origin)
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

pub fn clear_session_cookie(state: &AppState) -> HeaderValue {
    let origin = &state.settings.public_origin;
    let secure = if origin.scheme() == "https" { "; Secure" } else { "" };
    let cookie = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        cookie_name(origin)
    );
    HeaderValue::from_str(&cookie).unwrap_or(HeaderValue::from_static(""))
}

pub(super) fn session_token<'a>(headers: &'a HeaderMap, origin: &Url) -> Option<&'a str> {
    let name = cookie_name(origin);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let origin = Url::parse("https://ourplan.example").expect("url");
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; __Host-ourplan-session=abc; b=2"),
        );
        assert_eq!(session_token(&headers, &origin), Some("abc"));
        let plain = Url::parse("http://localhost:8080").expect("url");
        assert_eq!(session_token(&headers, &plain), None);
    }
}
