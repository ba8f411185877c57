//! Operator endpoints: what only emnify's team does (fulfil requests, unlink, reassign the
//! SuperAdmin), plus test controls (reset, knobs, counters, clock, activation keys).
//! No authentication: the emulator listens on loopback only.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use super::ext::all_requests;
use super::input::{opt_int, path_id, Body, PathParams};
use super::AppState;
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::knobs::Knobs;
use crate::emulator::ops;
use crate::emulator::store;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/emulator/v1/operator/requests", get(requests))
        .route("/emulator/v1/operator/requests/{id}/fulfil", post(fulfil))
        .route("/emulator/v1/operator/requests/{id}/reject", post(reject))
        .route("/emulator/v1/operator/unlink", post(unlink))
        .route("/emulator/v1/operator/superadmin", post(superadmin))
        .route("/emulator/v1/operator/reset", post(reset))
        .route("/emulator/v1/operator/knobs", get(get_knobs).put(put_knobs))
        .route(
            "/emulator/v1/operator/workspace/{id}",
            axum::routing::patch(plan),
        )
        .route(
            "/emulator/v1/operator/metrics",
            get(metrics).delete(reset_metrics),
        )
        .route(
            "/emulator/v1/operator/clock",
            get(clock).post(advance_clock),
        )
        .route(
            "/emulator/v1/operator/users/{id}/activation",
            get(activation_key),
        )
}

async fn requests(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    state
        .store
        .read(|c| Ok(Json(Value::Array(all_requests(c)?))))
}

type ReqRow = (String, i64, Option<i64>, Option<String>, String, String);

async fn fulfil(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> ApiResult<Json<Value>> {
    let id = path_id(&raw, "request")?;
    let now = state.store.now();
    state.store.write(|c| {
        let row: Option<ReqRow> = rusqlite::OptionalExtension::optional(c.query_row(
            "SELECT kind, org_id, requester_id, name, workspace_ids, status FROM request WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
        ))?;
        let (kind, org, requester, name, ids, status) =
            row.ok_or_else(|| ApiError::not_found(format!("request {id} does not exist")))?;
        if status != "open" {
            return Err(ApiError::rule(format!("request {id} is already {status}")));
        }
        let result = if kind == "workspace" {
            let name = name.unwrap_or_else(|| format!("Workspace {id}"));
            Some(ops::create_linked_workspace(c, now, org, &name, requester)?)
        } else {
            let ids: Vec<i64> = serde_json::from_str(&ids).map_err(|_| ApiError::internal("stored request is corrupt"))?;
            let o = store::org_required(c, org)?;
            ops::link(c, now, o.main_org_id.unwrap_or(org), &ids)?;
            None
        };
        c.execute(
            "UPDATE request SET status = 'fulfilled', result_org_id = ?2 WHERE id = ?1",
            rusqlite::params![id, result],
        )?;
        Ok(Json(json!({"id": id, "status": "fulfilled", "result_workspace_id": result})))
    })
}

async fn reject(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> ApiResult<StatusCode> {
    let id = path_id(&raw, "request")?;
    state.store.write(|c| {
        let n = c.execute(
            "UPDATE request SET status = 'rejected' WHERE id = ?1 AND status = 'open'",
            [id],
        )?;
        if n == 0 {
            return Err(ApiError::not_found(format!("no open request {id}")));
        }
        Ok(StatusCode::NO_CONTENT)
    })
}

async fn unlink(State(state): State<AppState>, body: Body) -> ApiResult<StatusCode> {
    let ws = opt_int(body.object()?, "workspace_id")?
        .ok_or_else(|| ApiError::required("workspace_id"))?;
    let now = state.store.now();
    state.store.write(|c| ops::unlink(c, now, ws))?;
    Ok(StatusCode::NO_CONTENT)
}

async fn superadmin(State(state): State<AppState>, body: Body) -> ApiResult<StatusCode> {
    let o = body.object()?;
    let main = opt_int(o, "main_organisation_id")?
        .ok_or_else(|| ApiError::required("main_organisation_id"))?;
    let user = opt_int(o, "user_id")?.ok_or_else(|| ApiError::required("user_id"))?;
    let now = state.store.now();
    state
        .store
        .write(|c| ops::reassign_superadmin(c, now, main, user))?;
    Ok(StatusCode::NO_CONTENT)
}

async fn reset(State(state): State<AppState>) -> ApiResult<StatusCode> {
    state.store.reset_to_demo()?;
    state.control.reset_metrics();
    Ok(StatusCode::NO_CONTENT)
}

async fn get_knobs(State(state): State<AppState>) -> Json<Knobs> {
    Json(state.control.knobs())
}

async fn put_knobs(State(state): State<AppState>, body: Body) -> ApiResult<Json<Knobs>> {
    let k: Knobs = serde_json::from_value(body.0)
        .map_err(|e| ApiError::validation(format!("invalid knobs: {e}")))?;
    k.validate()?;
    state.control.set_knobs(k.clone());
    Ok(Json(k))
}

async fn metrics(State(state): State<AppState>) -> Json<Value> {
    Json(state.control.metrics())
}

async fn reset_metrics(State(state): State<AppState>) -> StatusCode {
    state.control.reset_metrics();
    StatusCode::NO_CONTENT
}

async fn clock(State(state): State<AppState>) -> Json<Value> {
    Json(json!({"now": state.store.now()}))
}

async fn advance_clock(State(state): State<AppState>, body: Body) -> ApiResult<Json<Value>> {
    let secs = opt_int(body.object()?, "advance_seconds")?
        .ok_or_else(|| ApiError::required("advance_seconds"))?;
    if !(0..=store::MAX_ADVANCE_SECS).contains(&secs) {
        return Err(ApiError::invalid_format(
            "advance_seconds",
            "from 0 to 100 years in seconds",
        ));
    }
    state.store.advance_clock(secs);
    Ok(Json(json!({"now": state.store.now()})))
}

/// The activation key an invitation email would carry (emulator only).
async fn activation_key(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
) -> ApiResult<Json<Value>> {
    let id = path_id(&raw, "user")?;
    state.store.read(|c| {
        let u = store::user(c, id)?.ok_or_else(|| ApiError::not_found(format!("user {id} does not exist")))?;
        let key = u.activation_key.ok_or_else(|| ApiError::not_found(format!("user {id} has no pending invitation")))?;
        Ok(Json(json!({"user_id": id, "activation_key": key, "invited_at": u.invited_at.map(super::input::ts)})))
    })
}

/// Change a Workspace's package: `{pro?: bool, workspace_limit?: int}` (emnify's team sets these).
async fn plan(
    State(state): State<AppState>,
    PathParams(raw): PathParams<String>,
    body: Body,
) -> ApiResult<Json<Value>> {
    let id = path_id(&raw, "Workspace")?;
    let o = body.object()?;
    let pro = match o.get("pro") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(ApiError::invalid_format("pro", "true or false")),
    };
    let limit = opt_int(o, "workspace_limit")?;
    if limit.is_some_and(|l| l < 1) {
        return Err(ApiError::invalid_format("workspace_limit", "1 or more"));
    }
    state.store.write(|c| {
        let org = store::org_required(c, id)?;
        let used = match org.main_org_id {
            Some(main) if main == id => store::group_orgs(c, main)?.len() as i64,
            _ => 1,
        };
        if limit.is_some_and(|l| l < used) {
            return Err(ApiError::rule(format!("{used} Workspaces are in use; unlink first")));
        }
        // Without Pro an organisation has no linked Workspaces (see rules::check_workspace_limit).
        if pro == Some(false) && used > 1 {
            return Err(ApiError::rule(format!(
                "{used} Workspaces are linked, and without the Pro package there can be only one; unlink first"
            )));
        }
        c.execute(
            "UPDATE organisation SET pro = COALESCE(?2, pro), workspace_limit = COALESCE(?3, workspace_limit) WHERE id = ?1",
            rusqlite::params![id, pro, limit],
        )?;
        let org = store::org_required(c, id)?;
        Ok(Json(json!({"id": org.id, "pro": org.pro, "workspace_limit": org.workspace_limit})))
    })
}
