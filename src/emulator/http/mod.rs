//! The axum router: emnify's public paths, the `/emulator/v1` extensions, operator endpoints.

mod app_tokens;
mod auth;
mod ext;
mod input;
mod operator;
mod organisation;
mod stats;
mod users;
mod workspaces;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::routing::{get, post, put};
use axum::Router;

use super::auth::{verify, TokenType};
use super::errors::{ApiError, ApiResult};
use super::knobs::{self, Control};
use super::rules::{Access, Actor};
use super::store::{self, Store};

/// Token lifetimes and the lockout, as configured.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    pub user_token: Duration,
    pub app_token: Duration,
    pub refresh_token: Duration,
    pub lockout: Duration,
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Store>,
    pub control: Arc<Control>,
    pub lifetimes: Lifetimes,
}

/// The authenticated caller of a request: who, in which Workspace, holding what there.
#[derive(Debug, Clone)]
pub struct Caller {
    pub actor: Actor,
}

impl Caller {
    pub fn org(&self) -> i64 {
        self.actor.token_org
    }
    /// The user behind the token, or 403 for application tokens where a user is needed.
    pub fn user_id(&self) -> ApiResult<i64> {
        self.actor.user_id.ok_or_else(|| {
            ApiError::forbidden("this operation needs a token from user credentials")
        })
    }
    /// The caller's access in `org` (application tokens: none).
    pub fn access_in(&self, c: &rusqlite::Connection, org: i64) -> ApiResult<Option<Access>> {
        match self.actor.user_id {
            Some(u) => store::access_in(c, u, org),
            None => Ok(None),
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let raw = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| ApiError::invalid_token("missing `Authorization: Bearer` header"))?;
        let token = raw
            .strip_prefix("Bearer ")
            .or_else(|| raw.strip_prefix("bearer "))
            .ok_or_else(|| {
                ApiError::invalid_token("the Authorization header must be `Bearer <auth_token>`")
            })?
            .trim();
        let now = state.store.now();
        state.store.read(|c| {
            let key = super::auth::secret(c)?;
            let claims = verify(token, &key)?;
            if claims.typ != TokenType::Auth {
                return Err(ApiError::invalid_token("this token is not an auth_token"));
            }
            if claims.exp <= now {
                return Err(ApiError::token_expired());
            }
            if store::org(c, claims.org)?.is_none() {
                return Err(ApiError::invalid_token(
                    "the token's Workspace no longer exists",
                ));
            }
            if let Some(app) = claims.app {
                let row = store::app_token(c, app)?;
                let ok = row.is_some_and(|t| t.status == 0 && t.org_id == claims.org);
                if !ok {
                    return Err(ApiError::invalid_token("the application token was revoked"));
                }
                return Ok(Caller {
                    actor: Actor {
                        user_id: None,
                        token_org: claims.org,
                        app_id: Some(app),
                    },
                });
            }
            let user_id = claims
                .user
                .ok_or_else(|| ApiError::invalid_token("the token names no user"))?;
            if store::user(c, user_id)?.is_none() {
                return Err(ApiError::invalid_token("the token's user no longer exists"));
            }
            let access = store::access_in(c, user_id, claims.org)?;
            match access {
                Some(a) if a.active() => Ok(Caller {
                    actor: Actor {
                        user_id: Some(user_id),
                        token_org: claims.org,
                        app_id: None,
                    },
                }),
                _ => Err(ApiError::invalid_token(
                    "the token's user has no active access to its Workspace any more",
                )),
            }
        })
    }
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such path")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        1201,
        "MethodNotAllowed",
        "method not allowed on this path",
    )
}

/// Build the whole application.
pub fn router(state: AppState) -> Router {
    let public = Router::new()
        .route("/api/v1/authenticate", post(auth::authenticate))
        .route(
            "/api/v1/authenticate/workspace",
            post(auth::switch_workspace),
        )
        .route("/api/v1/user", get(users::list).post(users::create))
        .route("/api/v1/user/role", get(users::roles))
        .route("/api/v1/user/status", get(users::statuses))
        .route(
            "/api/v1/user/{user_id}",
            get(users::show).patch(users::patch).delete(users::delete),
        )
        .route(
            "/api/v1/user/{user_id}/role/{role_id}",
            put(users::add_role).delete(users::remove_role),
        )
        .route("/api/v1/user/{user_id}/event", get(users::events))
        .route(
            "/api/v1/organisation/my",
            get(organisation::organisation_my),
        )
        .route(
            "/api/v1/application_token",
            get(app_tokens::app_tokens).post(app_tokens::create_app_token),
        )
        .route(
            "/api/v1/application_token/{id}",
            axum::routing::patch(app_tokens::patch_app_token).delete(app_tokens::delete_app_token),
        )
        .route("/api/v2/user/invitation", post(workspaces::invite))
        .route("/api/v2/user/activation", post(workspaces::activate))
        .route("/api/v2/user/{user_id}/workspace", get(workspaces::list))
        .route(
            "/api/v2/user/{user_id}/workspace/{workspace_id}",
            axum::routing::delete(workspaces::remove).patch(workspaces::set_status),
        )
        .route(
            "/api/v2/user/{user_id}/workspace/{workspace_id}/role/{role_id}",
            put(workspaces::add_role).delete(workspaces::remove_role),
        )
        .route(
            "/api/v2/user/{user_id}/default_organisation/{workspace_id}",
            put(workspaces::set_default),
        )
        .route("/api/v2/workspace/stats/daily", get(stats::stats_daily))
        .route("/emulator/v1/capabilities", get(ext::capabilities))
        .route("/emulator/v1/link", get(ext::link))
        .route("/emulator/v1/link/request", post(ext::link_request))
        .route(
            "/emulator/v1/workspace/request",
            post(ext::workspace_request),
        )
        .route(
            "/emulator/v1/workspace/{workspace_id}/sso",
            get(ext::sso_get).put(ext::sso_put).delete(ext::sso_delete),
        )
        .route(
            "/emulator/v1/workspace/{workspace_id}/sso/verify",
            post(ext::sso_verify),
        )
        .merge(operator::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(
            state.control.clone(),
            knobs::layer,
        ));
    public.with_state(state)
}
