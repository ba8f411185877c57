//! The authenticated client: a per-Workspace token cache, transparent renewal, JSON helpers and
//! pagination. Every API area (`workspaces`, `users`, `ext`, …) is a set of functions over it.
//!
//! A [`Client`] targets one Workspace (or "wherever the login lands" when none is set); clones
//! share the transport and the token cache, so `client.in_workspace(id)` is cheap.

use std::collections::BTreeMap;
use std::sync::Arc;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use tokio::sync::Mutex;

use super::auth::{self, AuthAnswer, Claims};
use super::error::ApiError;
use super::http::{status_error, Http, Request, Response};
use crate::profile::credentials::Secret;

/// Tokens closer than this to expiry are renewed before use, so a command does not fail halfway.
const EXPIRY_MARGIN_SECS: i64 = 60;
/// Page size asked for when following pagination.
pub const PAGE_SIZE: u32 = 100;
const MAX_PAGES: u64 = 10_000;

/// How the session (re)authenticates.
#[derive(Debug, Clone)]
pub enum Login {
    ApplicationToken(Secret),
    Password { username: String, password: Secret },
    RefreshToken(Secret),
}

impl Login {
    pub fn can_switch(&self) -> bool {
        !matches!(self, Login::ApplicationToken(_))
    }
}

#[derive(Debug, Default)]
struct Session {
    login: Option<Login>,
    profile: String,
    /// Workspace that a fresh login lands in, learned from the token's claims.
    login_workspace: Option<i64>,
    /// The token of the last fresh login when its Workspace could not be read from it.
    opaque_primary: Option<Secret>,
    tokens: BTreeMap<i64, Secret>,
    changed: bool,
    /// Fresh logins made by this session (so a refused switch is retried only after a cached one).
    logins: u32,
}

fn fresh(token: &Secret) -> bool {
    Claims::peek(token).is_none_or(|c| !c.expires_within(EXPIRY_MARGIN_SECS))
}

impl Session {
    async fn primary(&mut self, http: &Http) -> Result<Secret, ApiError> {
        if let Some(ws) = self.login_workspace {
            if let Some(t) = self.tokens.get(&ws).filter(|t| fresh(t)) {
                return Ok(t.clone());
            }
        }
        if let Some(t) = self.opaque_primary.clone() {
            return Ok(t);
        }
        let login = self.login.clone().ok_or_else(|| ApiError::NotLoggedIn {
            profile: self.profile.clone(),
        })?;
        let token = match &login {
            Login::ApplicationToken(t) => auth::with_application_token(http, t).await?,
            Login::Password { username, password } => {
                match auth::with_password(http, username, password).await? {
                    // Environment logins keep nothing, so the refresh token is not needed.
                    AuthAnswer::Tokens { auth_token, .. } => auth_token,
                    AuthAnswer::Mfa { .. } => return Err(ApiError::MfaRequired),
                }
            }
            Login::RefreshToken(r) => match auth::with_refresh_token(http, r).await {
                Ok(t) => t,
                Err(e) if e.status() == Some(401) && !e.is_lockout() => {
                    return Err(ApiError::Auth(format!(
                        "the saved session of profile `{}` is no longer accepted (it expired or was revoked; an emulator reset revokes every session); log in again with `emnify auth login`",
                        self.profile
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        self.logins += 1;
        self.remember(token.clone());
        Ok(token)
    }

    fn remember(&mut self, token: Secret) {
        match Claims::peek(&token).and_then(|c| c.org) {
            Some(ws) => {
                self.login_workspace = Some(ws);
                self.tokens.insert(ws, token);
                self.changed = true;
            }
            None => self.opaque_primary = Some(token),
        }
    }

    async fn token_for(&mut self, http: &Http, workspace: Option<i64>) -> Result<Secret, ApiError> {
        let Some(ws) = workspace else {
            return self.primary(http).await;
        };
        if let Some(t) = self.tokens.get(&ws).filter(|t| fresh(t)) {
            return Ok(t.clone());
        }
        let logins_before = self.logins;
        let primary = self.primary(http).await?;
        if self.login_workspace == Some(ws) {
            return Ok(primary);
        }
        if let Some(Login::ApplicationToken(_)) = &self.login {
            let home = self
                .login_workspace
                .map(|w| format!(" {w}"))
                .unwrap_or_default();
            return Err(ApiError::Auth(format!(
                "an application token is scoped to its own Workspace{home} and cannot act in Workspace {ws}; \
                 log in with user credentials to switch"
            )));
        }
        let mut result = auth::switch_workspace(http, &primary, ws).await;
        if result.as_ref().err().and_then(ApiError::status) == Some(401)
            && self.logins == logins_before
        {
            // A cached login token may have been revoked: log in again once, then try again.
            self.forget(&primary);
            let primary = self.primary(http).await?;
            result = auth::switch_workspace(http, &primary, ws).await;
        }
        let token = match result {
            Err(e) if e.status() == Some(401) => {
                let why = match &e {
                    ApiError::Status { body: Some(b), .. } => b.message.clone(),
                    _ => None,
                }
                .unwrap_or_else(|| "the server refused the switch".into());
                return Err(ApiError::Auth(format!(
                    "cannot switch to Workspace {ws}: {why}; pick another with `emnify switch`"
                )));
            }
            other => other?,
        };
        self.tokens.insert(ws, token.clone());
        self.changed = true;
        Ok(token)
    }

    fn forget(&mut self, token: &Secret) {
        let before = self.tokens.len();
        self.tokens.retain(|_, t| t != token);
        if self.tokens.len() != before {
            self.changed = true;
        }
        if self.opaque_primary.as_ref() == Some(token) {
            self.opaque_primary = None;
        }
    }
}

struct Inner {
    http: Http,
    session: Mutex<Session>,
}

/// The authenticated client.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    workspace: Option<i64>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.inner.http.base_url().as_str())
            .field("workspace", &self.workspace)
            .finish()
    }
}

impl Client {
    /// A client for `http` that authenticates with `login` (None: only unauthenticated calls
    /// work; an authenticated one fails with "not logged in" for `profile`) and starts from
    /// `cached` tokens.
    pub fn new(
        http: Http,
        login: Option<Login>,
        profile: &str,
        cached: BTreeMap<i64, Secret>,
    ) -> Self {
        let session = Session {
            login,
            profile: profile.to_string(),
            tokens: cached,
            ..Session::default()
        };
        Client {
            inner: Arc::new(Inner {
                http,
                session: Mutex::new(session),
            }),
            workspace: None,
        }
    }

    /// Tell the session which Workspace its login lands in (remembered from an earlier run), so
    /// a cached token for it is used instead of logging in again.
    pub async fn set_login_workspace(&self, id: i64) {
        self.inner.session.lock().await.login_workspace = Some(id);
    }

    /// True when the session authenticates with an application token.
    pub async fn is_application_token(&self) -> bool {
        matches!(
            self.inner.session.lock().await.login,
            Some(Login::ApplicationToken(_))
        )
    }

    /// The same session, targeting Workspace `id`.
    pub fn in_workspace(&self, id: i64) -> Client {
        Client {
            inner: Arc::clone(&self.inner),
            workspace: Some(id),
        }
    }

    /// The Workspace requests go to; `None` means the one the login lands in.
    pub fn workspace(&self) -> Option<i64> {
        self.workspace
    }

    pub fn http(&self) -> &Http {
        &self.inner.http
    }

    /// Log in now (if not already) and return the Workspace the login landed in.
    pub async fn login_workspace(&self) -> Result<Option<i64>, ApiError> {
        let mut s = self.inner.session.lock().await;
        s.primary(&self.inner.http).await?;
        Ok(s.login_workspace)
    }

    /// A valid auth token for the target Workspace (cached, renewed or switched as needed).
    pub async fn token(&self) -> Result<Secret, ApiError> {
        self.inner
            .session
            .lock()
            .await
            .token_for(&self.inner.http, self.workspace)
            .await
    }

    /// Seed the session with tokens obtained outside it (an interactive MFA login).
    pub async fn adopt_login(&self, auth_token: Secret, refresh_token: Option<Secret>) {
        let mut s = self.inner.session.lock().await;
        if let Some(r) = refresh_token {
            s.login = Some(Login::RefreshToken(r));
        }
        s.remember(auth_token);
    }

    /// The cached tokens, when they changed in this run (to write back to the credential store).
    pub async fn changed_tokens(&self) -> Option<BTreeMap<i64, Secret>> {
        let s = self.inner.session.lock().await;
        s.changed.then(|| s.tokens.clone())
    }

    /// Send an authenticated request. On 401 the token is renewed once and the request sent
    /// again; a second 401 is an error. Non-success statuses become [`ApiError::Status`].
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&serde_json::Value>,
    ) -> Result<Response, ApiError> {
        let mut renewed = false;
        loop {
            let token = self.token().await?;
            let req = Request {
                method: method.clone(),
                path,
                query,
                body,
                bearer: Some(token.expose()),
            };
            let resp = self.inner.http.send(&req).await?;
            if resp.status == StatusCode::UNAUTHORIZED && !renewed {
                tracing::info!(path, "token refused, renewing once");
                self.inner.session.lock().await.forget(&token);
                renewed = true;
                continue;
            }
            if !resp.status.is_success() {
                let mut err = status_error(&method, path, &resp);
                if let ApiError::Status { workspace, .. } = &mut err {
                    *workspace = self.workspace;
                }
                return Err(err);
            }
            return Ok(resp);
        }
    }

    /// An unauthenticated GET (capabilities and the like).
    pub async fn get_public(&self, path: &str) -> Result<Response, ApiError> {
        let req = Request {
            method: Method::GET,
            path,
            query: &[],
            body: None,
            bearer: None,
        };
        self.inner.http.send(&req).await
    }

    pub async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<T, ApiError> {
        let resp = self.send(Method::GET, path, query, None).await?;
        decode(&Method::GET, path, &resp)
    }

    /// GET every page of a collection, following `X-Total-Pages`.
    pub async fn get_all<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
    ) -> Result<Vec<T>, ApiError> {
        self.get_pages(path, query, PAGE_SIZE).await
    }

    /// [`Client::get_all`] with an explicit page size.
    pub async fn get_pages<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
        per_page: u32,
    ) -> Result<Vec<T>, ApiError> {
        let mut out = Vec::new();
        let mut page: u64 = 1;
        loop {
            let mut q: Vec<(&str, String)> = query.to_vec();
            q.push(("page", page.to_string()));
            q.push(("per_page", per_page.to_string()));
            let resp = self.send(Method::GET, path, &q, None).await?;
            let items: Vec<T> = decode(&Method::GET, path, &resp)?;
            let total_pages = resp.header_u64("x-total-pages").unwrap_or(1).min(MAX_PAGES);
            let empty = items.is_empty();
            out.extend(items);
            if page >= total_pages || empty {
                return Ok(out);
            }
            page += 1;
        }
    }

    /// GET a collection emnify documents as unpaged: the first request carries no paging
    /// parameters (as the published spec has it), and later pages are fetched only when the
    /// server answers with `X-Total-Pages` above 1, at the page size it reported.
    pub async fn get_unpaged<T: DeserializeOwned>(&self, path: &str) -> Result<Vec<T>, ApiError> {
        let resp = self.send(Method::GET, path, &[], None).await?;
        let mut out: Vec<T> = decode(&Method::GET, path, &resp)?;
        let total_pages = resp.header_u64("x-total-pages").unwrap_or(1).min(MAX_PAGES);
        let per_page = resp
            .header_u64("x-count-per-page")
            .filter(|n| *n > 0)
            .unwrap_or(out.len() as u64);
        let mut page = 2;
        while page <= total_pages && per_page > 0 {
            let q = [
                ("page", page.to_string()),
                ("per_page", per_page.to_string()),
            ];
            let resp = self.send(Method::GET, path, &q, None).await?;
            let items: Vec<T> = decode(&Method::GET, path, &resp)?;
            if items.is_empty() {
                break;
            }
            out.extend(items);
            page += 1;
        }
        Ok(out)
    }

    pub async fn post(&self, path: &str, body: &serde_json::Value) -> Result<Response, ApiError> {
        self.send(Method::POST, path, &[], Some(body)).await
    }

    pub async fn put(
        &self,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<Response, ApiError> {
        self.send(Method::PUT, path, &[], body).await
    }

    pub async fn patch(&self, path: &str, body: &serde_json::Value) -> Result<Response, ApiError> {
        self.send(Method::PATCH, path, &[], Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Result<Response, ApiError> {
        self.send(Method::DELETE, path, &[], None).await
    }
}

/// Parse a JSON body, naming the request when it does not fit.
pub fn decode<T: DeserializeOwned>(
    method: &Method,
    path: &str,
    resp: &Response,
) -> Result<T, ApiError> {
    serde_json::from_slice(&resp.body).map_err(|e| ApiError::Decode {
        method: method.to_string(),
        path: path.to_string(),
        detail: e.to_string(),
    })
}
