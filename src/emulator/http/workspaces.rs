//! emnify's v2 Workspace paths: a user's Workspaces, removal, status, roles, default,
//! invitations and activation.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::input::{
    check_text, opt_id_obj, opt_str, path_id, req_str, Body, PathParams, QueryParams,
};
use super::users::parse_new_user;
use super::{AppState, Caller};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::ops;
use crate::emulator::pagination::{self, parse_int};
use crate::emulator::rules::{self, check_manage};
use crate::emulator::store;

pub async fn invite(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Response> {
    let n = parse_new_user(&body)?;
    let now = state.store.now();
    let inv = state.store.write(|c| {
        ops::invite(
            c,
            now,
            &caller.actor,
            &n.username,
            &n.name,
            n.org,
            n.roles.as_deref(),
        )
    })?;
    let roles: Vec<Value> = rules::role_list(inv.roles)
        .into_iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    let body = json!({
        "id": inv.user_id,
        "username": n.username,
        "name": n.name,
        "organisation": {"id": inv.org_id},
        "roles": roles,
    });
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

pub async fn activate(State(state): State<AppState>, body: Body) -> ApiResult<StatusCode> {
    let o = body.object()?;
    let key = req_str(o, "activationKey")?.to_string();
    let password = req_str(o, "password")?.to_string();
    let name = opt_str(o, "name")?.map(str::to_string);
    if let Some(n) = &name {
        check_text("name", n)?;
    }
    let now = state.store.now();
    state
        .store
        .write(|c| ops::activate(c, now, &key, &password, name.as_deref()))?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
    QueryParams(q): QueryParams,
) -> ApiResult<Response> {
    let page = parse_int("page", q.get("page").map(String::as_str))?;
    let per_page = parse_int("per_page", q.get("per_page").map(String::as_str))?;
    let items = state.store.read(|c| {
        let target = if raw == "my" {
            caller.user_id()?
        } else {
            path_id(&raw, "user")?
        };
        let u = store::user(c, target)?
            .ok_or_else(|| ApiError::not_found(format!("user {target} does not exist")))?;
        let own = caller.actor.user_id == Some(target);
        let mut out = Vec::new();
        let mut hidden = 0;
        for a in store::access_of(c, target)? {
            if !own {
                let mine = caller.access_in(c, a.org_id)?;
                if check_manage(&caller.actor, mine.as_ref(), a.org_id).is_err() {
                    hidden += 1;
                    continue;
                }
            }
            let o = store::org_required(c, a.org_id)?;
            let roles: Vec<Value> = a
                .shown_roles()
                .into_iter()
                .map(|(id, name)| json!({"id": id, "name": name}))
                .collect();
            out.push(json!({
                "id": o.id,
                "name": o.name,
                "status": {"status": {"id": a.status}},
                "roles": roles,
                "owner": o.main_org_id == Some(o.id),
                "default_workspace": u.default_org_id == Some(o.id),
            }));
        }
        if !own && out.is_empty() && hidden > 0 {
            return Err(ApiError::forbidden(
                "you are not an Administrator in any of this user's Workspaces",
            ));
        }
        Ok(out)
    })?;
    Ok(pagination::respond(items, page, per_page))
}

fn ids(user: &str, ws: &str) -> ApiResult<(i64, i64)> {
    Ok((path_id(user, "user")?, path_id(ws, "Workspace")?))
}

pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    PathParams((u, w)): PathParams<(String, String)>,
) -> ApiResult<StatusCode> {
    let (user, ws) = ids(&u, &w)?;
    let now = state.store.now();
    state
        .store
        .write(|c| ops::remove(c, now, &caller.actor, user, ws))?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn set_status(
    State(state): State<AppState>,
    caller: Caller,
    PathParams((u, w)): PathParams<(String, String)>,
    body: Body,
) -> ApiResult<StatusCode> {
    let (user, ws) = ids(&u, &w)?;
    let status =
        opt_id_obj(body.object()?, "status")?.ok_or_else(|| ApiError::required("status.id"))?;
    let now = state.store.now();
    state
        .store
        .write(|c| ops::set_status(c, now, &caller.actor, user, ws, status))?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn add_role(
    state: State<AppState>,
    caller: Caller,
    PathParams(p): PathParams<(String, String, String)>,
) -> ApiResult<StatusCode> {
    role(state, caller, p, true)
}

pub async fn remove_role(
    state: State<AppState>,
    caller: Caller,
    PathParams(p): PathParams<(String, String, String)>,
) -> ApiResult<StatusCode> {
    role(state, caller, p, false)
}

fn role(
    State(state): State<AppState>,
    caller: Caller,
    (u, w, r): (String, String, String),
    add: bool,
) -> ApiResult<StatusCode> {
    let (user, ws) = ids(&u, &w)?;
    let role = path_id(&r, "role")?;
    let now = state.store.now();
    state
        .store
        .write(|c| ops::change_role(c, now, &caller.actor, user, ws, role, add))?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn set_default(
    State(state): State<AppState>,
    caller: Caller,
    PathParams((u, w)): PathParams<(String, String)>,
) -> ApiResult<Json<Value>> {
    let (user, ws) = ids(&u, &w)?;
    let now = state.store.now();
    state
        .store
        .write(|c| ops::set_default(c, now, &caller.actor, user, ws))?;
    Ok(Json(json!({})))
}
