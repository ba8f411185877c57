//! Request input without 500s: a JSON body extractor whose rejection is emnify's error body, and
//! field readers that name the field and the expected type.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use serde_json::{Map, Value};

use crate::emulator::errors::{ApiError, ApiResult};

/// A JSON body. Malformed JSON → 400; an empty body reads as `null`.
pub struct Body(pub Value);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiError::bad_request("the request body could not be read"))?;
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(Body(Value::Null));
        }
        serde_json::from_slice(&bytes)
            .map(Body)
            .map_err(|e| ApiError::bad_request(format!("the request body is not valid JSON: {e}")))
    }
}

impl Body {
    /// The body as an object, or 400.
    pub fn object(&self) -> ApiResult<&Map<String, Value>> {
        self.0
            .as_object()
            .ok_or_else(|| ApiError::bad_request("the request body must be a JSON object"))
    }
}

pub fn opt_str<'a>(o: &'a Map<String, Value>, field: &str) -> ApiResult<Option<&'a str>> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(ApiError::invalid_format(field, "a string")),
    }
}

pub fn req_str<'a>(o: &'a Map<String, Value>, field: &str) -> ApiResult<&'a str> {
    match opt_str(o, field)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        Some(_) => Err(ApiError::invalid_format(field, "a non-empty string")),
        None => Err(ApiError::required(field)),
    }
}

pub fn opt_int(o: &Map<String, Value>, field: &str) -> ApiResult<Option<i64>> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| ApiError::invalid_format(field, "an integer")),
    }
}

/// `{"field": {"id": N}}` → `N`.
pub fn opt_id_obj(o: &Map<String, Value>, field: &str) -> ApiResult<Option<i64>> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(inner)) => match inner.get("id") {
            Some(v) => v
                .as_i64()
                .map(Some)
                .ok_or_else(|| ApiError::invalid_format(&format!("{field}.id"), "an integer")),
            None => Err(ApiError::required(&format!("{field}.id"))),
        },
        Some(_) => Err(ApiError::invalid_format(
            field,
            "an object like {\"id\": 1}",
        )),
    }
}

/// `[{"id": N}, …]` → `[N, …]`.
pub fn opt_id_list(o: &Map<String, Value>, field: &str) -> ApiResult<Option<Vec<i64>>> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|it| {
                it.get("id")
                    .and_then(Value::as_i64)
                    .ok_or_else(|| ApiError::invalid_format(field, "a list like [{\"id\": 1}]"))
            })
            .collect::<ApiResult<Vec<_>>>()
            .map(Some),
        Some(_) => Err(ApiError::invalid_format(field, "a list like [{\"id\": 1}]")),
    }
}

/// `[N, …]` → `[N, …]`.
pub fn opt_int_list(o: &Map<String, Value>, field: &str) -> ApiResult<Option<Vec<i64>>> {
    match o.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|it| {
                it.as_i64()
                    .ok_or_else(|| ApiError::invalid_format(field, "a list of integers"))
            })
            .collect::<ApiResult<Vec<_>>>()
            .map(Some),
        Some(_) => Err(ApiError::invalid_format(field, "a list of integers")),
    }
}

/// A numeric path id; anything else names nothing that exists → 404.
pub fn path_id(raw: &str, what: &str) -> ApiResult<i64> {
    raw.parse::<i64>()
        .map_err(|_| ApiError::not_found(format!("{what} `{raw}` does not exist")))
}

/// Refuse control characters (newlines, escape sequences) in a name: emnify answers 422
/// InputValidationFailed, and they would break every table and terminal that shows the name.
pub fn check_text(field: &str, s: &str) -> ApiResult<()> {
    if s.chars().any(char::is_control) {
        Err(
            ApiError::validation(format!("{field} must not contain control characters"))
                .with_field(field, "must not contain control characters"),
        )
    } else {
        Ok(())
    }
}

/// A plausible email address (what emnify uses as username).
pub fn check_email(field: &str, s: &str) -> ApiResult<()> {
    check_text(field, s)?;
    let ok = s.len() <= 254
        && !s.chars().any(char::is_whitespace)
        && s.split_once('@').is_some_and(|(l, d)| {
            !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.')
        });
    if ok {
        Ok(())
    } else {
        Err(ApiError::invalid_format(field, "an email address"))
    }
}

/// Format Unix seconds the way emnify does: `2021-11-18T08:25:53.000+0000`.
pub fn ts(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%S.000+0000").to_string())
        .unwrap_or_default()
}

/// Path parameters whose rejection (bad percent-encoding, wrong arity) is emnify's 404 body.
pub struct PathParams<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for PathParams<T>
where
    T: serde::de::DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(t)| PathParams(t))
            .map_err(|e| ApiError::not_found(format!("no such resource: {e}")))
    }
}

/// Query parameters, parsed leniently (never rejected); the handlers validate the values.
pub struct QueryParams(pub std::collections::HashMap<String, String>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for QueryParams {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or("");
        Ok(QueryParams(
            url::form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect(),
        ))
    }
}
