//! Errors of the API layer, and how each becomes a [`CliError`] with a kind and a hint.

use serde::Deserialize;

use crate::error::{CliError, ErrorKind};

/// emnify's error body. The gateway sometimes sends only `message`, so every field is optional.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ErrorBody {
    #[serde(default)]
    pub error_code: Option<i64>,
    #[serde(default)]
    pub error_token: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub errors: Option<serde_json::Value>,
}

impl ErrorBody {
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice::<ErrorBody>(bytes)
            .ok()
            .filter(|b| b.error_code.is_some() || b.message.is_some() || b.error_token.is_some())
    }

    fn summary(&self) -> Option<String> {
        let mut s = self.message.clone().filter(|m| !m.is_empty())?;
        if let Some(t) = &self.error_token {
            s.push_str(&format!(" ({t})"));
        }
        if let Some(errors) = &self.errors {
            if !errors.is_null() {
                s.push_str(&format!(": {errors}"));
            }
        }
        Some(s)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The server answered with a non-success status.
    #[error("{method} {path} failed with HTTP {status}")]
    Status {
        method: String,
        path: String,
        status: u16,
        body: Option<Box<ErrorBody>>,
        retry_after: Option<u64>,
        /// The Workspace the request acted in, when the client knows it.
        workspace: Option<i64>,
    },
    /// The request never got an answer (DNS, refused, reset, timeout).
    #[error("cannot reach {url}")]
    Network {
        url: String,
        detail: String,
        timeout: bool,
    },
    /// The answer could not be understood.
    #[error("unexpected answer from {method} {path}")]
    Decode {
        method: String,
        path: String,
        detail: String,
    },
    /// The API URL is not a URL.
    #[error("invalid API URL `{0}`")]
    BadUrl(String),
    /// The account needs a one-time code and none can be asked for.
    #[error("this account uses multi-factor authentication and no code could be asked for")]
    MfaRequired,
    /// No way to authenticate was configured.
    #[error("not logged in")]
    NotLoggedIn { profile: String },
    /// A session that cannot be renewed (e.g. an application token for another Workspace).
    #[error("{0}")]
    Auth(String),
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn error_code(&self) -> Option<i64> {
        match self {
            ApiError::Status { body: Some(b), .. } => b.error_code,
            _ => None,
        }
    }

    /// True for the 401 + `TooManyRequests` (1105) body emnify sends for a locked account.
    pub fn is_lockout(&self) -> bool {
        matches!(self, ApiError::Status { status: 401 | 429, body: Some(b), .. }
            if b.error_code == Some(1105)
                || b.error_token.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("TooManyRequests")))
    }
}

/// The hint of a plain 401; `Context::explain_env_credentials` replaces it when the credentials
/// came from the environment, where logging in again changes nothing.
pub const RELOGIN_HINT: &str = "log in again with `emnify auth login`";

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> Self {
        let text = e.to_string();
        match e {
            ApiError::Status { status, ref body, ref path, retry_after, workspace, .. } => {
                let where_ = workspace
                    .map(|w| format!("Workspace {w}"))
                    .unwrap_or_else(|| "the target Workspace".to_string());
                let detail = body.as_deref().and_then(ErrorBody::summary);
                let with_detail = |err: CliError| match &detail {
                    Some(d) => err.with_cause(d),
                    None => err,
                };
                match status {
                    401 if e.is_lockout() => with_detail(CliError::new(
                        ErrorKind::Auth,
                        "the account is locked after repeated failed logins",
                    ))
                    .with_hint("wait 5 minutes, then log in again with the right password"),
                    401 => with_detail(CliError::new(ErrorKind::Auth, format!("{text}: not authorised")))
                        .with_hint(RELOGIN_HINT),
                    403 => with_detail(CliError::new(
                        ErrorKind::Permission,
                        format!("{text}: your role in this Workspace does not allow it"),
                    ))
                    .with_hint(format!(
                        "this needs the Administrator role (or SuperAdmin) in {where_}; check your roles \
                         with `emnify workspace list`"
                    )),
                    404 => with_detail(CliError::not_found(format!("{text}: not found"))),
                    409 => with_detail(CliError::new(ErrorKind::Conflict, format!("{text}: conflict"))),
                    429 => {
                        let mut err = with_detail(CliError::new(
                            ErrorKind::RateLimited,
                            format!("{text}: rate limited, still after retries"),
                        ));
                        if let Some(s) = retry_after {
                            err = err.with_hint(format!("the API asks to wait {s} s before retrying"));
                        }
                        err.with_hint("emnify allows 100 logins per 5 minutes and 2,000 requests per 5 minutes per IP")
                    }
                    400 | 422 => with_detail(CliError::usage(format!("{text}: the API rejected the request"))),
                    s if s >= 500 => with_detail(CliError::new(
                        ErrorKind::Unavailable,
                        format!("{text}: the API is failing"),
                    ))
                    .with_hint("try again later"),
                    _ => with_detail(CliError::internal(format!("{text} ({path})"))),
                }
            }
            ApiError::Network { ref detail, timeout, .. } => {
                let err = CliError::new(ErrorKind::Unavailable, text).with_cause(detail);
                if timeout {
                    err.with_hint("the API did not answer in time; try again later")
                } else {
                    err.with_hint(
                        "check the API URL (`--api-url`, `EMNIFY_API_URL` or the profile's `api_url`) \
                         and your network",
                    )
                }
            }
            ApiError::Decode { ref detail, .. } => CliError::new(ErrorKind::Unavailable, text)
                .with_cause(detail)
                .with_hint("is the API URL pointing at emnify's API?"),
            ApiError::BadUrl(_) => {
                CliError::usage(text).with_hint("use a URL like https://cdn.emnify.net")
            }
            ApiError::MfaRequired => CliError::new(ErrorKind::Auth, text).with_hint(
                "run `emnify auth login` in a terminal to enter the code, or use an application token \
                 (EMNIFY_APPLICATION_TOKEN) for automation",
            ),
            ApiError::NotLoggedIn { profile } => {
                CliError::new(ErrorKind::Auth, format!("not logged in (profile `{profile}`)"))
                    .with_hint(
                        "run `emnify auth login`, or set EMNIFY_APPLICATION_TOKEN (or EMNIFY_USERNAME \
                         and EMNIFY_PASSWORD)",
                    )
                    .with_hint("to try the tool without an account: `emnify --emulator workspace list`")
            }
            ApiError::Auth(msg) => CliError::new(ErrorKind::Auth, msg),
        }
    }
}
