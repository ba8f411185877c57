//! emnify's paging: `page` (1-based) and `per_page` in, `X-*` headers out, out-of-range clamped.

use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::errors::ApiError;

pub const DEFAULT_PER_PAGE: usize = 100;
pub const MAX_PER_PAGE: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Page {
    pub page: usize,
    pub per_page: usize,
    pub total: usize,
    pub pages: usize,
}

/// Parse a paging value that must be an integer when present. An integer beyond `i64` saturates:
/// paging clamps it like any other out-of-range page.
pub fn parse_int(name: &str, raw: Option<&str>) -> Result<Option<i64>, ApiError> {
    let Some(s) = raw.filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let t = s.trim();
    let (negative, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::invalid_query(format!(
            "`{name}` must be an integer, got `{s}`"
        )));
    }
    Ok(Some(t.parse::<i64>().unwrap_or(if negative {
        i64::MIN
    } else {
        i64::MAX
    })))
}

/// Clamp the request to the collection: per_page < 1 → default, too big → max, page past the
/// end → last page, page < 1 → first.
pub fn clamp(page: Option<i64>, per_page: Option<i64>, total: usize) -> Page {
    let per_page = match per_page {
        Some(n) if n < 1 => DEFAULT_PER_PAGE,
        Some(n) => (n as usize).min(MAX_PER_PAGE),
        None => DEFAULT_PER_PAGE,
    };
    let pages = total.div_ceil(per_page).max(1);
    let page = match page {
        Some(p) if p < 1 => 1,
        Some(p) => (p as usize).min(pages),
        None => 1,
    };
    Page {
        page,
        per_page,
        total,
        pages,
    }
}

/// The slice of `items` for `p`, answered with emnify's paging headers.
pub fn respond<T: Serialize>(items: Vec<T>, page: Option<i64>, per_page: Option<i64>) -> Response {
    let p = clamp(page, per_page, items.len());
    let start = (p.page - 1) * p.per_page;
    let slice: Vec<T> = items.into_iter().skip(start).take(p.per_page).collect();
    let mut headers = HeaderMap::new();
    for (k, v) in [
        ("x-total-count", p.total),
        ("x-total-pages", p.pages),
        ("x-current-page", p.page),
        ("x-count-per-page", p.per_page),
    ] {
        if let Ok(v) = HeaderValue::from_str(&v.to_string()) {
            headers.insert(k, v);
        }
    }
    (headers, axum::Json(slice)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps() {
        assert_eq!(
            clamp(None, None, 0),
            Page {
                page: 1,
                per_page: 100,
                total: 0,
                pages: 1
            }
        );
        assert_eq!(
            clamp(Some(9), Some(2), 5),
            Page {
                page: 3,
                per_page: 2,
                total: 5,
                pages: 3
            }
        );
        assert_eq!(clamp(Some(0), Some(0), 5).per_page, 100);
        assert_eq!(clamp(Some(-3), Some(5000), 5).per_page, 1000);
        assert_eq!(clamp(Some(-3), Some(5000), 5).page, 1);
    }

    #[test]
    fn ints() {
        assert_eq!(parse_int("page", Some("3")).ok(), Some(Some(3)));
        assert!(parse_int("page", Some("x")).is_err());
        assert_eq!(parse_int("page", None).ok(), Some(None));
        assert_eq!(
            parse_int("page", Some("99999999999999999999")).ok(),
            Some(Some(i64::MAX))
        );
        assert_eq!(
            parse_int("page", Some("-99999999999999999999")).ok(),
            Some(Some(i64::MIN))
        );
        assert!(parse_int("page", Some("9999999999999999999x")).is_err());
        assert_eq!(clamp(Some(i64::MAX), Some(i64::MAX), 5).page, 1);
    }
}
