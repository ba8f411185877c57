//! The emulator's caller-facing extensions under `/emulator/v1`: capabilities, link group,
//! Workspace and link requests, SSO settings. Same permission rules as the public API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::input::{
    check_email, check_text, opt_int_list, opt_str, path_id, req_str, ts, Body, PathParams,
};
use super::{AppState, Caller};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::ops;
use crate::emulator::rules::{self, check_manage, Actor};
use crate::emulator::store;

pub const EXTENSIONS: [&str; 5] = [
    "link",
    "workspace-request",
    "link-request",
    "sso",
    "operator",
];

pub async fn capabilities() -> Json<Value> {
    Json(json!({
        "emulator": true,
        "version": env!("CARGO_PKG_VERSION"),
        "extensions": EXTENSIONS,
    }))
}

pub async fn link(State(state): State<AppState>, caller: Caller) -> ApiResult<Json<Value>> {
    state.store.read(|c| {
        let o = store::org_required(c, caller.org())?;
        let main = o.main_org_id.ok_or_else(|| ApiError::not_found(format!("Workspace `{}` is not linked", o.name)))?;
        let m = store::org_required(c, main)?;
        let superadmin = match m.superadmin_id.and_then(|id| store::user(c, id).ok().flatten()) {
            Some(u) => json!({"id": u.id, "username": u.username, "name": u.name}),
            None => Value::Null,
        };
        let group = store::group_orgs(c, main)?;
        // (issue 5, link unlink --dry-run) whether the SuperAdmin holds an assignment of their
        // own there, i.e. had access before the link and keeps it as Administrator on unlink.
        let sa_member = |org: i64| -> ApiResult<Option<bool>> {
            match m.superadmin_id {
                Some(sa) => Ok(Some(store::membership(c, sa, org)?.is_some())),
                None => Ok(None),
            }
        };
        let workspaces: Vec<Value> = group
            .iter()
            .map(|g| Ok(json!({"id": g.id, "name": g.name, "main": g.id == main, "linked_at": g.linked_at.map(ts),
                               "superadmin_member": sa_member(g.id)?})))
            .collect::<ApiResult<_>>()?;
        Ok(Json(json!({
            "main_organisation": {"id": m.id, "name": m.name},
            "superadmin": superadmin,
            "workspaces": workspaces,
            "workspace_limit": m.workspace_limit,
            "workspaces_used": group.len(),
        })))
    })
}

/// `(pro, used, limit)` of the group the Workspace belongs to (a lone Workspace counts as one).
fn capacity(c: &Connection, org: i64) -> ApiResult<(bool, i64, i64)> {
    let o = store::org_required(c, org)?;
    match o.main_org_id {
        Some(main) => {
            let m = store::org_required(c, main)?;
            Ok((
                m.pro,
                store::group_orgs(c, main)?.len() as i64,
                m.workspace_limit,
            ))
        }
        None => Ok((o.pro, 1, o.workspace_limit)),
    }
}

fn request_json(c: &Connection, id: i64) -> ApiResult<Value> {
    c.query_row(
        "SELECT id, kind, org_id, requester_id, contact_email, name, workspace_ids, details, status, created, result_org_id FROM request WHERE id = ?1",
        [id],
        |r| {
            let ids: String = r.get(6)?;
            Ok(json!({
                "id": r.get::<_, i64>(0)?,
                "kind": r.get::<_, String>(1)?,
                "workspace_id": r.get::<_, i64>(2)?,
                "requester_id": r.get::<_, Option<i64>>(3)?,
                "contact_email": r.get::<_, String>(4)?,
                "name": r.get::<_, Option<String>>(5)?,
                "workspace_ids": serde_json::from_str::<Value>(&ids).unwrap_or(Value::Array(vec![])),
                "details": r.get::<_, Option<String>>(7)?,
                "status": r.get::<_, String>(8)?,
                "created": ts(r.get::<_, i64>(9)?),
                "result_workspace_id": r.get::<_, Option<i64>>(10)?,
            }))
        },
    )
    .map_err(ApiError::from)
}

pub fn all_requests(c: &Connection) -> ApiResult<Vec<Value>> {
    let mut st = c.prepare("SELECT id FROM request ORDER BY id")?;
    let ids = st
        .query_map([], |r| r.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    ids.into_iter().map(|id| request_json(c, id)).collect()
}

#[allow(clippy::too_many_arguments)]
fn insert_request(
    c: &Connection,
    kind: &str,
    caller: &Caller,
    contact: &str,
    name: Option<&str>,
    ids: &[i64],
    details: Option<&str>,
    now: i64,
) -> ApiResult<i64> {
    c.execute(
        "INSERT INTO request(kind, org_id, requester_id, contact_email, name, workspace_ids, details, status, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8)",
        rusqlite::params![kind, caller.org(), caller.actor.user_id, contact, name, serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()), details, now],
    )?;
    Ok(c.last_insert_rowid())
}

pub async fn link_request(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Response> {
    let o = body.object()?;
    let contact = req_str(o, "contact_email")?.to_string();
    check_email("contact_email", &contact)?;
    let mut ids =
        opt_int_list(o, "workspace_ids")?.ok_or_else(|| ApiError::required("workspace_ids"))?;
    // A Workspace named twice is one Workspace (for the limit, too).
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    if ids.is_empty() {
        return Err(ApiError::invalid_format(
            "workspace_ids",
            "a non-empty list of Workspace ids",
        ));
    }
    let details = opt_str(o, "details")?.map(str::to_string);
    let now = state.store.now();
    let v = state.store.write(|c| {
        check_manage(
            &caller.actor,
            caller.access_in(c, caller.org())?.as_ref(),
            caller.org(),
        )?;
        let me = store::org_required(c, caller.org())?;
        let mut adding = Vec::new();
        for id in &ids {
            let w = store::org(c, *id)?.ok_or_else(|| {
                ApiError::invalid_reference(format!("Workspace {id} does not exist"))
            })?;
            match (w.main_org_id, me.main_org_id) {
                (Some(a), Some(b)) if a == b => {}
                (Some(a), _) => {
                    return Err(ApiError::rule(format!(
                        "Workspace {id} is already linked to main organisation {a}"
                    )))
                }
                (None, _) if *id == me.id => {}
                (None, _) => adding.push(*id),
            }
        }
        let (pro, used, limit) = capacity(c, caller.org())?;
        rules::check_workspace_limit(pro, used, adding.len() as i64, limit)?;
        // Only someone administering a Workspace may ask to link it.
        for id in adding {
            check_manage(&caller.actor, caller.access_in(c, id)?.as_ref(), id).map_err(|_| {
                ApiError::forbidden(format!(
                    "linking Workspace {id} needs the Administrator role there"
                ))
            })?;
        }
        let id = insert_request(
            c,
            "link",
            &caller,
            &contact,
            None,
            &ids,
            details.as_deref(),
            now,
        )?;
        request_json(c, id)
    })?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

pub async fn workspace_request(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Response> {
    let o = body.object()?;
    let contact = req_str(o, "contact_email")?.to_string();
    check_email("contact_email", &contact)?;
    let name = req_str(o, "name")?.trim().to_string();
    check_text("name", &name)?;
    let details = opt_str(o, "details")?.map(str::to_string);
    let now = state.store.now();
    let v = state.store.write(|c| {
        check_manage(
            &caller.actor,
            caller.access_in(c, caller.org())?.as_ref(),
            caller.org(),
        )?;
        let (pro, used, limit) = capacity(c, caller.org())?;
        rules::check_workspace_limit(pro, used, 1, limit)?;
        let id = insert_request(
            c,
            "workspace",
            &caller,
            &contact,
            Some(&name),
            &[],
            details.as_deref(),
            now,
        )?;
        request_json(c, id)
    })?;
    Ok((StatusCode::CREATED, Json(v)).into_response())
}

pub async fn sso_get(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<Json<Value>> {
    let org = path_id(&raw, "Workspace")?;
    state.store.read(|c| {
        let o = store::org_required(c, org)?;
        let visible = match caller.actor.user_id {
            Some(u) => store::access_in(c, u, org)?.is_some_and(|a| a.active()),
            None => caller.org() == org,
        };
        if !visible {
            return Err(ApiError::forbidden("you have no access to this Workspace"));
        }
        Ok(Json(json!({
            "workspace_id": o.id,
            "provider": o.sso_provider,
            "client_id": o.sso_client_id,
            "verified": o.sso_verified,
            "active": o.sso_active(),
        })))
    })
}

pub async fn sso_put(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
    body: Body,
) -> ApiResult<StatusCode> {
    let org = path_id(&raw, "Workspace")?;
    let o = body.object()?;
    let provider = req_str(o, "provider")?.to_lowercase();
    let client_id = req_str(o, "client_id")?.to_string();
    let secret = req_str(o, "client_secret")?.to_string();
    state
        .store
        .write(|c| ops::sso_set(c, &caller.actor, org, &provider, &client_id, &secret))?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn sso_verify(
    state: State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<StatusCode> {
    sso_change(state, caller, &raw, ops::sso_verify)
}

pub async fn sso_delete(
    state: State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<StatusCode> {
    sso_change(state, caller, &raw, ops::sso_clear)
}

/// Apply `op` to the SSO settings of the Workspace whose id is `raw`.
fn sso_change(
    State(state): State<AppState>,
    caller: Caller,
    raw: &str,
    op: fn(&Connection, &Actor, i64) -> ApiResult<()>,
) -> ApiResult<StatusCode> {
    let org = path_id(raw, "Workspace")?;
    state.store.write(|c| op(c, &caller.actor, org))?;
    Ok(StatusCode::NO_CONTENT)
}
