//! `POST /api/v1/authenticate` (application token, password, refresh, MFA, trusted device, lockout)
//! and `POST /api/v1/authenticate/workspace` (switching).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::input::{opt_id_obj, opt_str, req_str, Body};
use super::{AppState, Caller};
use crate::emulator::auth::{self, sha1_hex, Claims, TokenType, MFA_CODE};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::store::{self, event_type, User};

/// Trusted devices skip MFA for 90 days.
const TRUSTED_DEVICE_SECS: i64 = 90 * 86_400;
/// An `mfa_token` is good for 5 minutes.
const MFA_TOKEN_SECS: i64 = 300;
const MAX_FAILURES: i64 = 3;

fn claims(
    state: &AppState,
    c: &Connection,
    typ: TokenType,
    org: i64,
    user: Option<i64>,
    app: Option<i64>,
    ttl: i64,
) -> ApiResult<Claims> {
    let now = state.store.now();
    let o = store::org_required(c, org)?;
    Ok(Claims {
        aud: auth::AUDIENCE.into(),
        iss: auth::ISSUER.into(),
        iat: now,
        exp: now + ttl,
        org,
        org_name: o.name,
        user,
        app,
        sub: None,
        typ,
    })
}

fn token(
    state: &AppState,
    c: &Connection,
    typ: TokenType,
    org: i64,
    user: Option<i64>,
    app: Option<i64>,
    ttl: i64,
) -> ApiResult<String> {
    let key = auth::secret(c)?;
    auth::sign(&claims(state, c, typ, org, user, app, ttl)?, &key)
}

fn secs(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 4)
}

/// Auth and refresh token for a user logged in to `org`.
fn user_tokens(state: &AppState, c: &Connection, user: i64, org: i64) -> ApiResult<Value> {
    let l = state.lifetimes;
    Ok(json!({
        "auth_token": token(state, c, TokenType::Auth, org, Some(user), None, secs(l.user_token))?,
        "refresh_token": token(state, c, TokenType::Refresh, org, Some(user), None, secs(l.refresh_token))?,
    }))
}

fn locked_error(until: i64, now: i64) -> ApiError {
    ApiError::too_many(
        StatusCode::UNAUTHORIZED,
        format!(
            "too many failed logins: the account is locked for {} more seconds",
            (until - now).max(1)
        ),
        None,
    )
}

/// Outcome of a credential check that must be committed even when the login fails.
enum Outcome {
    Ok(Value),
    Fail(ApiError),
}

/// Record one failed attempt; the third in a row locks the account.
fn fail(state: &AppState, c: &Connection, u: &User) -> ApiResult<Outcome> {
    let now = state.store.now();
    let failures = u.failed_logins + 1;
    if failures >= MAX_FAILURES {
        let until = now + secs(state.lifetimes.lockout);
        store::set_login_state(c, u.id, 0, Some(until))?;
        return Ok(Outcome::Fail(locked_error(until, now)));
    }
    store::set_login_state(c, u.id, failures, None)?;
    Ok(Outcome::Fail(ApiError::unauthorized_empty()))
}

/// Which Workspace a password login lands in, or why it cannot.
fn login_org(c: &Connection, u: &User) -> ApiResult<Result<i64, ApiError>> {
    let Some(default) = u.default_org_id else {
        return Ok(Err(ApiError::unauthorized_empty()));
    };
    let active = store::access_in(c, u.id, default)?.is_some_and(|a| a.active());
    if !active {
        return Ok(Err(ApiError::unauthorized_empty()));
    }
    let org = store::org_required(c, default)?;
    if org.sso_active() {
        return Ok(Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            1101,
            "SsoRequired",
            format!("single sign-on is required for users whose default Workspace is `{}`: log in through the identity provider", org.name),
        )));
    }
    Ok(Ok(default))
}

pub async fn authenticate(State(state): State<AppState>, body: Body) -> ApiResult<Json<Value>> {
    let o = body.object()?;
    let now = state.store.now();
    if let Some(app_token) = opt_str(o, "application_token")? {
        let hash = sha1_hex(app_token);
        return state.store.read(|c| {
            let row =
                store::app_token_by_hash(c, &hash)?.ok_or_else(ApiError::unauthorized_empty)?;
            if row.status != 0 || row.expiry_date.is_some_and(|e| e <= now) {
                return Err(ApiError::unauthorized_empty());
            }
            let t = token(
                &state,
                c,
                TokenType::Auth,
                row.org_id,
                None,
                Some(row.id),
                secs(state.lifetimes.app_token),
            )?;
            Ok(Json(json!({"auth_token": t})))
        });
    }
    if let Some(refresh) = opt_str(o, "refresh_token")? {
        return state.store.read(|c| {
            let cl = auth::verify(refresh, &auth::secret(c)?)?;
            if cl.typ != TokenType::Refresh {
                return Err(ApiError::invalid_token("this is not a refresh_token"));
            }
            if cl.exp <= now {
                return Err(ApiError::token_expired());
            }
            let user = cl.user.ok_or_else(ApiError::unauthorized_empty)?;
            store::user(c, user)?.ok_or_else(ApiError::unauthorized_empty)?;
            if !store::access_in(c, user, cl.org)?.is_some_and(|a| a.active()) {
                return Err(ApiError::unauthorized_empty());
            }
            let t = token(
                &state,
                c,
                TokenType::Auth,
                cl.org,
                Some(user),
                None,
                secs(state.lifetimes.user_token),
            )?;
            Ok(Json(json!({"auth_token": t})))
        });
    }
    if let Some(mfa_token) = opt_str(o, "mfa_token")? {
        let code = req_str(o, "code")?.to_string();
        let device = match o.get("trusted_device") {
            None | Some(Value::Null) => None,
            Some(Value::Object(d)) => Some(req_str(d, "fingerprint")?.to_string()),
            Some(_) => return Err(ApiError::invalid_format("trusted_device", "an object")),
        };
        let outcome = state.store.write(|c| {
            let cl = auth::verify(mfa_token, &auth::secret(c)?)?;
            if cl.typ != TokenType::Mfa {
                return Err(ApiError::invalid_token("this is not an mfa_token"));
            }
            if cl.exp <= now {
                return Err(ApiError::token_expired());
            }
            let u = cl
                .user
                .and_then(|id| store::user(c, id).ok().flatten())
                .ok_or_else(ApiError::unauthorized_empty)?;
            if let Some(until) = u.locked_until.filter(|t| *t > now) {
                return Ok(Outcome::Fail(locked_error(until, now)));
            }
            if code != MFA_CODE {
                return fail(&state, c, &u);
            }
            store::set_login_state(c, u.id, 0, None)?;
            if let Some(fp) = &device {
                store::trust_device(c, u.id, fp, now + TRUSTED_DEVICE_SECS)?;
            }
            match login_org(c, &u)? {
                Ok(org) => Ok(Outcome::Ok(user_tokens(&state, c, u.id, org)?)),
                Err(e) => Ok(Outcome::Fail(e)),
            }
        })?;
        return finish(outcome);
    }
    if o.contains_key("username") || o.contains_key("password") {
        let username = req_str(o, "username")?.to_string();
        let password = req_str(o, "password")?.to_lowercase();
        let fingerprint = opt_str(o, "fingerprint")?.map(str::to_string);
        let outcome = state.store.write(|c| {
            let Some(u) = store::user_by_name(c, &username)? else {
                return Ok(Outcome::Fail(ApiError::unauthorized_empty()));
            };
            if let Some(until) = u.locked_until.filter(|t| *t > now) {
                return Ok(Outcome::Fail(locked_error(until, now)));
            }
            let Some(stored) = u.password_sha1.as_deref() else {
                return Ok(Outcome::Fail(ApiError::unauthorized_empty()));
            };
            if stored != password {
                return fail(&state, c, &u);
            }
            store::set_login_state(c, u.id, 0, None)?;
            let org = match login_org(c, &u)? {
                Ok(org) => org,
                Err(e) => return Ok(Outcome::Fail(e)),
            };
            let trusted = match &fingerprint {
                Some(fp) => store::device_trusted(c, u.id, fp, now)?,
                None => false,
            };
            if u.mfa && !trusted {
                let t = token(
                    &state,
                    c,
                    TokenType::Mfa,
                    org,
                    Some(u.id),
                    None,
                    MFA_TOKEN_SECS,
                )?;
                return Ok(Outcome::Ok(json!({"mfa_token": t})));
            }
            Ok(Outcome::Ok(user_tokens(&state, c, u.id, org)?))
        })?;
        return finish(outcome);
    }
    Err(ApiError::bad_request(
        "send `application_token`, `username` and `password`, `refresh_token`, or `mfa_token` and `code`",
    ))
}

fn finish(o: Outcome) -> ApiResult<Json<Value>> {
    match o {
        Outcome::Ok(v) => Ok(Json(v)),
        Outcome::Fail(e) => Err(e),
    }
}

pub async fn switch_workspace(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Json<Value>> {
    let o = body.object()?;
    let target = opt_id_obj(o, "target_organisation")?
        .ok_or_else(|| ApiError::required("target_organisation.id"))?;
    if caller.actor.app_id.is_some() {
        return Err(ApiError::invalid_credentials(
            "application tokens are scoped to one Workspace: switching needs a token from user credentials",
        ));
    }
    let user = caller.user_id()?;
    let now = state.store.now();
    state.store.write(|c| {
        let ok = store::access_in(c, user, target)?.is_some_and(|a| a.active());
        if !ok {
            return Err(ApiError::invalid_credentials(format!(
                "you have no active access to Workspace {target}"
            )));
        }
        let t = token(
            &state,
            c,
            TokenType::Auth,
            target,
            Some(user),
            None,
            secs(state.lifetimes.user_token),
        )?;
        let from = store::org_required(c, caller.org())?.name;
        let to = store::org_required(c, target)?.name;
        store::add_event(
            c,
            user,
            target,
            event_type::SWITCHED_WORKSPACE,
            &format!("User switched from workspace {from} to {to}"),
            now,
        )?;
        Ok(Json(json!({"auth_token": t})))
    })
}
