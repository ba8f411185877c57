//! Application tokens: list, create (shown once), edit or revoke, delete.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use chrono::NaiveDate;
use serde_json::{json, Value};

use super::input::{opt_id_obj, opt_str, path_id, ts, Body, PathParams, QueryParams};
use super::{AppState, Caller};
use crate::emulator::auth::{self, Claims, TokenType};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::pagination::{self, parse_int};
use crate::emulator::rules::check_manage;
use crate::emulator::store;

fn token_json(c: &rusqlite::Connection, t: &store::AppToken) -> ApiResult<Value> {
    let creator = match t.creator_id {
        Some(id) => match store::user(c, id)? {
            Some(u) => json!({"id": u.id, "username": u.username, "name": u.name}),
            None => json!({"id": id}),
        },
        None => Value::Null,
    };
    // Absent values are left out: the schema types them as plain strings.
    let mut v = json!({
        "id": t.id,
        "created": ts(t.created),
        "status": {"id": t.status, "description": if t.status == 0 { "Activated" } else { "Revoked" }},
    });
    if let Some(d) = &t.description {
        v["description"] = json!(d);
    }
    if let Some(e) = t.expiry_date {
        v["expiry_date"] = json!(ts(e));
    }
    if let Some(ip) = &t.ip {
        v["ip"] = json!(ip);
    }
    if !creator.is_null() {
        v["creator"] = creator;
    }
    Ok(v)
}

pub async fn app_tokens(
    State(state): State<AppState>,
    caller: Caller,
    QueryParams(q): QueryParams,
) -> ApiResult<Response> {
    let page = parse_int("page", q.get("page").map(String::as_str))?;
    let per_page = parse_int("per_page", q.get("per_page").map(String::as_str))?;
    let items = state.store.read(|c| {
        store::app_tokens_of(c, caller.org())?
            .iter()
            .map(|t| token_json(c, t))
            .collect::<ApiResult<Vec<_>>>()
    })?;
    Ok(pagination::respond(items, page, per_page))
}

fn parse_expiry(raw: &str) -> ApiResult<i64> {
    if let Ok(d) = chrono::DateTime::parse_from_rfc3339(raw) {
        return Ok(d.timestamp());
    }
    if let Ok(d) = chrono::DateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Ok(d.timestamp());
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc().timestamp())
        .ok_or_else(|| {
            ApiError::invalid_format(
                "expiry_date",
                "a date like 2030-01-31 or an ISO 8601 timestamp",
            )
        })
}

pub async fn create_app_token(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Json<Value>> {
    let empty = serde_json::Map::new();
    let o = if body.0.is_null() {
        &empty
    } else {
        body.object()?
    };
    let description = opt_str(o, "description")?.map(str::to_string);
    let expiry = opt_str(o, "expiry_date")?.map(parse_expiry).transpose()?;
    let ip = opt_str(o, "ip")?.map(str::to_string);
    let now = state.store.now();
    if expiry.is_some_and(|e| e <= now) {
        return Err(ApiError::invalid_format("expiry_date", "in the future"));
    }
    state.store.write(|c| {
        let org = store::org_required(c, caller.org())?;
        let id = store::insert_app_token(
            c,
            org.id,
            description.as_deref(),
            now,
            expiry,
            ip.as_deref(),
            caller.actor.user_id,
        )?;
        let claims = Claims {
            aud: auth::AUDIENCE.into(),
            iss: auth::ISSUER.into(),
            iat: now,
            exp: expiry.unwrap_or(auth::NO_EXPIRY),
            org: org.id,
            org_name: org.name,
            user: None,
            app: Some(id),
            sub: Some(format!("app-token-{id}")),
            typ: TokenType::App,
        };
        let text = auth::sign(&claims, &auth::secret(c)?)?;
        store::set_app_token_hash(c, id, &auth::sha1_hex(&text))?;
        Ok(Json(json!({"application_token": text})))
    })
}

fn owned_token(c: &rusqlite::Connection, caller: &Caller, raw: &str) -> ApiResult<store::AppToken> {
    let id = path_id(raw, "application token")?;
    check_manage(
        &caller.actor,
        caller.access_in(c, caller.org())?.as_ref(),
        caller.org(),
    )?;
    store::app_token(c, id)?
        .filter(|t| t.org_id == caller.org())
        .ok_or_else(|| ApiError::not_found(format!("application token {id} does not exist")))
}

pub async fn patch_app_token(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
    body: Body,
) -> ApiResult<StatusCode> {
    let o = body.object()?;
    let description = opt_str(o, "description")?.map(str::to_string);
    let status = opt_id_obj(o, "status")?;
    if status.is_some_and(|s| !(0..=1).contains(&s)) {
        return Err(ApiError::invalid_format(
            "status.id",
            "0 (Activated) or 1 (Revoked)",
        ));
    }
    state.store.write(|c| {
        let t = owned_token(c, &caller, &raw)?;
        store::set_app_token_status(c, t.id, status.unwrap_or(t.status), description.as_deref())?;
        Ok(StatusCode::NO_CONTENT)
    })
}

pub async fn delete_app_token(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<StatusCode> {
    state.store.write(|c| {
        let t = owned_token(c, &caller, &raw)?;
        c.execute("DELETE FROM app_token WHERE id = ?1", [t.id])?;
        Ok(StatusCode::NO_CONTENT)
    })
}
