//! emnify's error body `{error_code, error_token, message, errors?}` and the statuses that carry it.
//!
//! Every handler returns [`ApiError`] on failure, so no request can end in an unexplained 500.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// A failed request, rendered as emnify renders it.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    /// `None` renders an empty body (emnify's 401 for most failed logins).
    pub code: Option<(u32, &'static str)>,
    pub message: String,
    /// Rarely used parts, boxed to keep `Result<_, ApiError>` small.
    pub extra: Option<Box<Extra>>,
}

#[derive(Debug, Clone, Default)]
pub struct Extra {
    pub errors: Vec<Value>,
    pub retry_after: Option<u64>,
    /// A body that is not emnify's shape (the gateway's answer to a malformed bearer token).
    pub raw_body: Option<Value>,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: u32,
        token: &'static str,
        message: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            code: Some((code, token)),
            message: message.into(),
            extra: None,
        }
    }
    fn extra_mut(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Default::default)
    }
    /// Answer with this body instead of emnify's error shape.
    pub fn with_raw_body(mut self, body: Value) -> Self {
        self.extra_mut().raw_body = Some(body);
        self
    }
    pub fn raw_body(&self) -> Option<&Value> {
        self.extra.as_ref().and_then(|e| e.raw_body.as_ref())
    }
    /// 401 with an empty body, as emnify answers bad credentials.
    pub fn unauthorized_empty() -> Self {
        ApiError {
            code: None,
            ..Self::new(StatusCode::UNAUTHORIZED, 0, "", "")
        }
    }
    pub fn invalid_credentials(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            1101,
            "InvalidCredentials",
            message,
        )
    }
    pub fn invalid_token(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, 1102, "InvalidToken", message)
    }
    pub fn token_expired() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            1103,
            "TokenExpired",
            "the authentication token has expired",
        )
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, 1104, "Forbidden", message)
    }
    pub fn too_many(
        status: StatusCode,
        message: impl Into<String>,
        retry_after: Option<u64>,
    ) -> Self {
        let mut e = Self::new(status, 1105, "TooManyRequests", message);
        e.extra_mut().retry_after = retry_after;
        e
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, 1201, "NotFound", message)
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            1400,
            "InputValidationFailed",
            message,
        )
    }
    pub fn validation(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1400,
            "InputValidationFailed",
            message,
        )
    }
    pub fn required(field: &str) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1402,
            "Required",
            format!("`{field}` is required"),
        )
        .with_field(field, "required")
    }
    pub fn invalid_format(field: &str, expected: &str) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1403,
            "InvalidFormat",
            format!("`{field}` must be {expected}"),
        )
        .with_field(field, &format!("must be {expected}"))
    }
    pub fn invalid_reference(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1401,
            "InvalidReference",
            message,
        )
    }
    pub fn invalid_query(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1301,
            "InvalidQueryCriteria",
            message,
        )
    }
    pub fn invalid_sort(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            1302,
            "InvalidSortCriteria",
            message,
        )
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, 1405, "Duplicated", message)
    }
    /// A refusal by one of the rules that is not a duplicate (last role, Pro limit, …).
    pub fn rule(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, 1406, "Conflict", message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            1000,
            "InternalError",
            message,
        )
    }
    pub fn with_field(mut self, field: &str, message: &str) -> Self {
        self.extra_mut()
            .errors
            .push(json!({"field": field, "message": message}));
        self
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode::{DatabaseBusy, DatabaseLocked};
        if matches!(e.sqlite_error_code(), Some(DatabaseBusy | DatabaseLocked)) {
            // Another process held the database longer than the busy timeout: contention, not
            // a failure; clients retry a 503 that names when.
            tracing::warn!(error = %e, "database busy");
            let mut err = ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                1503,
                "ServiceUnavailable",
                "the emulator's database is busy; try again",
            );
            err.extra_mut().retry_after = Some(1);
            return err;
        }
        tracing::error!(error = %e, "database error");
        ApiError::internal("the emulator's database failed")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let extra = self.extra.map(|b| *b).unwrap_or_default();
        let mut resp = match (extra.raw_body, self.code) {
            (Some(raw), _) => (self.status, axum::Json(raw)).into_response(),
            (None, None) => self.status.into_response(),
            (None, Some((code, token))) => {
                let mut body =
                    json!({"error_code": code, "error_token": token, "message": self.message});
                if !extra.errors.is_empty() {
                    body["errors"] = Value::Array(extra.errors);
                }
                (self.status, axum::Json(body)).into_response()
            }
        };
        if let Some(secs) = extra.retry_after {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                resp.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_database_is_a_503_not_a_500() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let e = ApiError::from(busy);
        assert_eq!(e.status, StatusCode::SERVICE_UNAVAILABLE);
        let other = rusqlite::Error::QueryReturnedNoRows;
        assert_eq!(
            ApiError::from(other).status,
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
