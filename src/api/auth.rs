//! emnify's authentication flows (`POST /api/v1/authenticate`, `/authenticate/workspace`) and
//! what the client reads from a JWT without verifying it (Workspace id and expiry only).

use base64::Engine;
use reqwest::Method;
use serde::Deserialize;
use serde_json::json;
use sha1::{Digest, Sha1};

use super::error::ApiError;
use super::http::{status_error, Http, Request};
use crate::profile::credentials::Secret;

pub const AUTHENTICATE: &str = "/api/v1/authenticate";
pub const SWITCH_WORKSPACE: &str = "/api/v1/authenticate/workspace";

/// What `/api/v1/authenticate` answered.
#[derive(Debug)]
pub enum AuthAnswer {
    Tokens {
        auth_token: Secret,
        refresh_token: Option<Secret>,
    },
    /// MFA is on for this account: send the code with this token.
    Mfa { mfa_token: Secret },
}

#[derive(Deserialize)]
struct RawAnswer {
    #[serde(default)]
    auth_token: Option<String>,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default)]
    mfa_token: Option<String>,
}

/// Lowercase hex SHA-1 of the clear password, as emnify expects it.
pub fn sha1_hex(password: &str) -> String {
    hex::encode(Sha1::digest(password.as_bytes()))
}

async fn authenticate(http: &Http, body: serde_json::Value) -> Result<AuthAnswer, ApiError> {
    let req = Request {
        method: Method::POST,
        path: AUTHENTICATE,
        query: &[],
        body: Some(&body),
        bearer: None,
    };
    let resp = http.send(&req).await?;
    if !resp.status.is_success() {
        return Err(status_error(&req.method, AUTHENTICATE, &resp));
    }
    let raw: RawAnswer = serde_json::from_slice(&resp.body).map_err(|e| ApiError::Decode {
        method: "POST".into(),
        path: AUTHENTICATE.into(),
        detail: e.to_string(),
    })?;
    match (raw.auth_token, raw.mfa_token) {
        (Some(t), _) => Ok(AuthAnswer::Tokens {
            auth_token: Secret::new(t),
            refresh_token: raw.refresh_token.map(Secret::new),
        }),
        (None, Some(m)) => Ok(AuthAnswer::Mfa {
            mfa_token: Secret::new(m),
        }),
        (None, None) => Err(ApiError::Decode {
            method: "POST".into(),
            path: AUTHENTICATE.into(),
            detail: "neither auth_token nor mfa_token in the answer".into(),
        }),
    }
}

fn expect_token(answer: AuthAnswer) -> Result<Secret, ApiError> {
    match answer {
        AuthAnswer::Tokens { auth_token, .. } => Ok(auth_token),
        AuthAnswer::Mfa { .. } => Err(ApiError::MfaRequired),
    }
}

pub async fn with_application_token(http: &Http, token: &Secret) -> Result<Secret, ApiError> {
    expect_token(authenticate(http, json!({ "application_token": token.expose() })).await?)
}

pub async fn with_password(
    http: &Http,
    username: &str,
    password: &Secret,
) -> Result<AuthAnswer, ApiError> {
    authenticate(
        http,
        json!({ "username": username, "password": sha1_hex(password.expose()) }),
    )
    .await
}

pub async fn with_mfa_code(
    http: &Http,
    mfa_token: &Secret,
    code: &str,
) -> Result<AuthAnswer, ApiError> {
    authenticate(
        http,
        json!({ "mfa_token": mfa_token.expose(), "code": code }),
    )
    .await
}

pub async fn with_refresh_token(http: &Http, refresh_token: &Secret) -> Result<Secret, ApiError> {
    expect_token(authenticate(http, json!({ "refresh_token": refresh_token.expose() })).await?)
}

/// Exchange a user-credential token for one valid in `workspace_id`.
pub async fn switch_workspace(
    http: &Http,
    token: &Secret,
    workspace_id: i64,
) -> Result<Secret, ApiError> {
    let body = json!({ "target_organisation": { "id": workspace_id } });
    let req = Request {
        method: Method::POST,
        path: SWITCH_WORKSPACE,
        query: &[],
        body: Some(&body),
        bearer: Some(token.expose()),
    };
    let resp = http.send(&req).await?;
    if !resp.status.is_success() {
        return Err(status_error(&req.method, SWITCH_WORKSPACE, &resp));
    }
    let raw: RawAnswer = serde_json::from_slice(&resp.body).map_err(|e| ApiError::Decode {
        method: "POST".into(),
        path: SWITCH_WORKSPACE.into(),
        detail: e.to_string(),
    })?;
    raw.auth_token
        .map(Secret::new)
        .ok_or_else(|| ApiError::Decode {
            method: "POST".into(),
            path: SWITCH_WORKSPACE.into(),
            detail: "no auth_token in the answer".into(),
        })
}

/// The claims the client reads from a token. The signature is not checked: the server does that;
/// these are only used to pick a cached token and to renew it before it expires.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Claims {
    #[serde(default)]
    pub exp: Option<i64>,
    #[serde(default, rename = "esc.org")]
    pub org: Option<i64>,
    #[serde(default, rename = "esc.orgName")]
    pub org_name: Option<String>,
    #[serde(default, rename = "esc.app")]
    pub app: Option<i64>,
}

impl Claims {
    /// `None` when the token is not a JWT the client can read; callers then treat it as opaque.
    pub fn peek(token: &Secret) -> Option<Claims> {
        let payload = token.expose().split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// True when the token expires within `margin_secs` (or already has).
    pub fn expires_within(&self, margin_secs: i64) -> bool {
        match self.exp {
            Some(exp) => exp - chrono::Utc::now().timestamp() <= margin_secs,
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: serde_json::Value) -> Secret {
        let enc = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        Secret::new(format!(
            "{}.{}.sig",
            enc(br#"{"alg":"HS384"}"#),
            enc(claims.to_string().as_bytes())
        ))
    }

    #[test]
    fn sha1_matches_known_value() {
        assert_eq!(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    #[test]
    fn claims_are_read_without_verification() {
        let now = chrono::Utc::now().timestamp();
        let c = Claims::peek(&jwt(
            json!({"exp": now + 3600, "esc.org": 7, "esc.orgName": "Seven"}),
        ))
        .expect("claims");
        assert_eq!(c.org, Some(7));
        assert_eq!(c.org_name.as_deref(), Some("Seven"));
        assert!(!c.expires_within(60));
        assert!(c.expires_within(7200));
        assert!(Claims::peek(&Secret::new("opaque")).is_none());
    }
}
