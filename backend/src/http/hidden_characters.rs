//! Text with hidden control characters in it (a NUL, a bell, an escape: pasted from
//! elsewhere, or sent on purpose) is refused before any handler sees it: PostgreSQL
//! cannot store a NUL, and no one can see or mean the others. Tabs and line breaks stay.

use api::error::ErrorCode;
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

pub async fn refuse(request: Request, next: Next, limit: usize) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, limit).await else {
        return AppError::Refused(ErrorCode::PayloadTooLarge).into_response();
    };
    if has_hidden_characters(&bytes) {
        return AppError::Refused(ErrorCode::HiddenCharacters).into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// JSON writes a control character as `\u00XX` (a raw one is not JSON at all, and is
/// refused when the body is read); all but tab, line feed and carriage return are hidden.
fn has_hidden_characters(json: &[u8]) -> bool {
    json.windows(6).any(|w| {
        w.starts_with(b"\\u00")
            && matches!(w[4], b'0' | b'1')
            && w[5].is_ascii_hexdigit()
            && !matches!(&w[4..6], b"09" | b"0a" | b"0A" | b"0d" | b"0D")
    }) || json.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u007f"))
}

#[cfg(test)]
mod tests {
    use super::has_hidden_characters;

    #[test]
    fn a_nul_or_a_bell_is_hidden_and_a_line_break_is_not() {
        assert!(has_hidden_characters(br#"{"what":"Cook\u0000"}"#));
        assert!(has_hidden_characters(br#"{"what":"\u001B[31m"}"#));
        assert!(!has_hidden_characters(
            br#"{"what":"Line one\nLine two\u000a\tand a tab"}"#
        ));
        assert!(!has_hidden_characters(br#"{"what":"caf\u00e9"}"#));
    }
}
