//! emnify's v1 user paths, scoped to the token's Workspace.

use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::input::{
    check_email, check_text, opt_id_list, opt_id_obj, opt_str, path_id, ts, Body, PathParams,
    QueryParams,
};
use super::{AppState, Caller};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::ops;
use crate::emulator::pagination::{self, parse_int};
use crate::emulator::rules::{self, check_manage, Access, ASSIGNABLE_ROLES, STATUSES};
use crate::emulator::store::{self, event_type, User};

fn roles_json(a: &Access) -> Value {
    Value::Array(
        a.shown_roles()
            .into_iter()
            .map(|(id, name)| json!({"id": id, "name": name}))
            .collect(),
    )
}

fn status_json(id: u8) -> Value {
    json!({"id": id, "description": rules::status_name(id)})
}

pub fn user_json(c: &Connection, u: &User, a: &Access) -> ApiResult<Value> {
    let org = store::org_required(c, a.org_id)?;
    let mfa = if u.mfa {
        json!([{"id": 1, "type": {"id": 1, "description": "TOTP"}, "status": {"id": 1, "description": "ACTIVE"}}])
    } else {
        json!([])
    };
    Ok(json!({
        "id": u.id,
        "username": u.username,
        "name": u.name,
        "created": ts(u.created),
        "status": status_json(a.status),
        "organisation": {"id": org.id, "name": org.name},
        "roles": roles_json(a),
        "mfa": mfa,
    }))
}

/// `my`, a numeric id or a username → the user, or 404.
fn resolve(c: &Connection, caller: &Caller, raw: &str) -> ApiResult<User> {
    let found = if raw == "my" {
        let id = caller
            .actor
            .user_id
            .ok_or_else(|| ApiError::not_found("an application token has no user"))?;
        store::user(c, id)?
    } else if let Ok(id) = raw.parse::<i64>() {
        store::user(c, id)?
    } else {
        store::user_by_name(c, raw)?
    };
    found.ok_or_else(|| ApiError::not_found(format!("user `{raw}` does not exist")))
}

fn manage_here(c: &Connection, caller: &Caller) -> ApiResult<()> {
    check_manage(
        &caller.actor,
        caller.access_in(c, caller.org())?.as_ref(),
        caller.org(),
    )
}

const SORT_FIELDS: [&str; 6] = [
    "id",
    "status",
    "name",
    "username",
    "organisation",
    "created",
];
const Q_FIELDS: [&str; 5] = ["id", "status", "name", "username", "organisation"];

/// `q` values match the whole field, case-insensitively; `*` stands for any text.
fn matches(pattern: &str, value: &str) -> bool {
    let p = pattern.to_lowercase();
    let v = value.to_lowercase();
    let parts: Vec<&str> = p.split('*').collect();
    if parts.len() == 1 {
        return p == v;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !v.starts_with(first) || !v[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &v[first.len()..v.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(at) => rest = &rest[at + mid.len()..],
            None => return false,
        }
    }
    true
}

pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    QueryParams(q): QueryParams,
) -> ApiResult<Response> {
    let page = parse_int("page", q.get("page").map(String::as_str))?;
    let per_page = parse_int("per_page", q.get("per_page").map(String::as_str))?;
    let mut sort: Vec<(String, bool)> = Vec::new();
    if let Some(s) = q.get("sort").filter(|s| !s.is_empty()) {
        for part in s.split(',') {
            let (desc, f) = match part.trim() {
                p if p.starts_with('-') => (true, &p[1..]),
                p if p.starts_with('+') => (false, &p[1..]),
                p => (false, p),
            };
            if !SORT_FIELDS.contains(&f) {
                return Err(ApiError::invalid_sort(format!(
                    "cannot sort by `{f}`; use one of {}",
                    SORT_FIELDS.join(", ")
                )));
            }
            sort.push((f.to_string(), desc));
        }
    }
    let mut filters: Vec<(String, String)> = Vec::new();
    if let Some(s) = q.get("q").filter(|s| !s.is_empty()) {
        for part in s.split(',') {
            let (f, v) = part.split_once(':').ok_or_else(|| {
                ApiError::invalid_query(format!("filter `{part}` must look like field:value"))
            })?;
            if !Q_FIELDS.contains(&f) {
                return Err(ApiError::invalid_query(format!(
                    "cannot filter by `{f}`; use one of {}",
                    Q_FIELDS.join(", ")
                )));
            }
            if matches!(f, "id" | "status" | "organisation") && v.parse::<i64>().is_err() {
                return Err(ApiError::invalid_query(format!(
                    "filter `{f}` needs a number"
                )));
            }
            filters.push((f.to_string(), v.to_string()));
        }
    }
    let org = caller.org();
    let items = state.store.read(|c| {
        manage_here(c, &caller)?;
        let mut rows = store::members_with_access(c, org)?;
        rows.retain(|(u, a)| {
            filters.iter().all(|(f, v)| match f.as_str() {
                "id" => u.id.to_string() == *v,
                "status" => a.status.to_string() == *v,
                "organisation" => a.org_id.to_string() == *v,
                "name" => matches(v, &u.name),
                _ => matches(v, &u.username),
            })
        });
        rows.sort_by(|(ua, aa), (ub, ab)| {
            for (f, desc) in &sort {
                let o = match f.as_str() {
                    "status" => aa.status.cmp(&ab.status),
                    "name" => ua.name.to_lowercase().cmp(&ub.name.to_lowercase()),
                    "username" => ua.username.to_lowercase().cmp(&ub.username.to_lowercase()),
                    "created" => ua.created.cmp(&ub.created),
                    "organisation" => aa.org_id.cmp(&ab.org_id),
                    _ => ua.id.cmp(&ub.id),
                };
                let o = if *desc { o.reverse() } else { o };
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
            }
            ua.id.cmp(&ub.id)
        });
        rows.iter()
            .map(|(u, a)| user_json(c, u, a))
            .collect::<ApiResult<Vec<_>>>()
    })?;
    Ok(pagination::respond(items, page, per_page))
}

/// Fields shared by `POST /api/v1/user` and `POST /api/v2/user/invitation`.
pub struct NewUser {
    pub username: String,
    pub name: String,
    pub org: Option<i64>,
    pub roles: Option<Vec<i64>>,
}

pub fn parse_new_user(body: &Body) -> ApiResult<NewUser> {
    let o = body.object()?;
    let username = opt_str(o, "username")?
        .ok_or_else(|| ApiError::required("username"))?
        .trim()
        .to_string();
    check_email("username", &username)?;
    let name = match opt_str(o, "name")? {
        Some(n) if !n.trim().is_empty() => n.trim().to_string(),
        Some(_) => return Err(ApiError::invalid_format("name", "a non-empty string")),
        None => username.split('@').next().unwrap_or(&username).to_string(),
    };
    check_text("name", &name)?;
    Ok(NewUser {
        username,
        name,
        org: opt_id_obj(o, "organisation")?,
        roles: opt_id_list(o, "roles")?,
    })
}

pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    body: Body,
) -> ApiResult<Response> {
    let n = parse_new_user(&body)?;
    let now = state.store.now();
    let org = n.org.unwrap_or(caller.org());
    let inv = state.store.write(|c| {
        ops::invite(
            c,
            now,
            &caller.actor,
            &n.username,
            &n.name,
            Some(org),
            n.roles.as_deref(),
        )
    })?;
    let mut resp = StatusCode::CREATED.into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/user/{}", inv.user_id)) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

pub async fn roles() -> Json<Value> {
    Json(Value::Array(
        ASSIGNABLE_ROLES
            .iter()
            .map(|(id, n)| json!({"id": id, "name": n}))
            .collect(),
    ))
}

pub async fn statuses() -> Json<Value> {
    Json(Value::Array(
        STATUSES
            .iter()
            .map(|(id, d)| json!({"id": id, "description": d}))
            .collect(),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<Json<Value>> {
    state.store.read(|c| {
        let u = resolve(c, &caller, &raw)?;
        let org = caller.org();
        if caller.actor.user_id != Some(u.id) {
            manage_here(c, &caller)?;
        }
        let a = store::access_in(c, u.id, org)?
            .ok_or_else(|| ApiError::not_found(format!("user `{raw}` is not in this Workspace")))?;
        Ok(Json(user_json(c, &u, &a)?))
    })
}

pub async fn patch(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
    body: Body,
) -> ApiResult<StatusCode> {
    let o = body.object()?;
    let username = opt_str(o, "username")?.map(str::trim).map(str::to_string);
    if let Some(u) = &username {
        check_email("username", u)?;
    }
    let name = opt_str(o, "name")?.map(str::trim).map(str::to_string);
    if name.as_deref().is_some_and(str::is_empty) {
        return Err(ApiError::invalid_format("name", "a non-empty string"));
    }
    if let Some(n) = &name {
        check_text("name", n)?;
    }
    let status = opt_id_obj(o, "status")?;
    let now = state.store.now();
    state.store.write(|c| {
        let u = resolve(c, &caller, &raw)?;
        let org = caller.org();
        let own = caller.actor.user_id == Some(u.id);
        if !own {
            manage_here(c, &caller)?;
            store::access_in(c, u.id, org)?.ok_or_else(|| {
                ApiError::not_found(format!("user `{raw}` is not in this Workspace"))
            })?;
        }
        if !own && (username.is_some() || name.is_some()) {
            check_rename(c, &caller, u.id)?;
        }
        if let Some(s) = status {
            ops::set_status(c, now, &caller.actor, u.id, org, s)?;
        }
        if let Some(new) = &username {
            if store::user_by_name(c, new)?.is_some_and(|x| x.id != u.id) {
                return Err(ApiError::conflict(format!("the username {new} is taken")));
            }
            // A deleted account's username is free again (as for a new invitation).
            store::free_username(c, new)?;
            c.execute(
                "UPDATE user SET username = ?2 WHERE id = ?1",
                rusqlite::params![u.id, new],
            )?;
        }
        if let Some(n) = &name {
            c.execute(
                "UPDATE user SET name = ?2 WHERE id = ?1",
                rusqlite::params![u.id, n],
            )?;
        }
        Ok(StatusCode::NO_CONTENT)
    })
}

/// A user's username and name belong to their whole account, not to one Workspace: someone
/// else may change them only when they manage the user in every Workspace the user can reach,
/// and nobody but the SuperAdmin renames the SuperAdmin.
fn check_rename(c: &Connection, caller: &Caller, target: i64) -> ApiResult<()> {
    for a in store::access_of(c, target)? {
        if a.superadmin {
            return Err(ApiError::forbidden(
                "the SuperAdmin's username and name can only be changed by the SuperAdmin",
            ));
        }
        let held = caller.access_in(c, a.org_id)?;
        if check_manage(&caller.actor, held.as_ref(), a.org_id).is_err() {
            return Err(ApiError::forbidden(
                "this user also has access to a Workspace you do not administer; \
                 only someone administering all of their Workspaces can rename them",
            ));
        }
    }
    Ok(())
}

pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
) -> ApiResult<StatusCode> {
    let now = state.store.now();
    state.store.write(|c| {
        let u = resolve(c, &caller, &raw)?;
        ops::remove(c, now, &caller.actor, u.id, caller.org())?;
        Ok(StatusCode::NO_CONTENT)
    })
}

pub async fn add_role(
    state: State<AppState>,
    caller: Caller,
    PathParams((raw, role)): PathParams<(String, String)>,
) -> ApiResult<StatusCode> {
    role_change(state, caller, raw, role, true)
}

pub async fn remove_role(
    state: State<AppState>,
    caller: Caller,
    PathParams((raw, role)): PathParams<(String, String)>,
) -> ApiResult<StatusCode> {
    role_change(state, caller, raw, role, false)
}

fn role_change(
    State(state): State<AppState>,
    caller: Caller,
    raw: String,
    role: String,
    add: bool,
) -> ApiResult<StatusCode> {
    let role = path_id(&role, "role")?;
    let now = state.store.now();
    state.store.write(|c| {
        let u = resolve(c, &caller, &raw)?;
        ops::change_role(c, now, &caller.actor, u.id, caller.org(), role, add)?;
        Ok(StatusCode::NO_CONTENT)
    })
}

pub async fn events(
    State(state): State<AppState>,
    caller: Caller,
    PathParams(raw): PathParams<String>,
    QueryParams(q): QueryParams,
) -> ApiResult<Response> {
    let page = parse_int("page", q.get("page").map(String::as_str))?;
    let per_page = parse_int("per_page", q.get("per_page").map(String::as_str))?;
    let target = if raw == "my" {
        caller.actor.user_id.unwrap_or(-1)
    } else {
        path_id(&raw, "user")?
    };
    let items = state.store.read(|c| {
        let own = caller.actor.user_id == Some(target);
        let org = caller.org();
        // Administrators and Observers see the events of users of their Workspace; anything
        // else answers an empty list, as emnify does.
        let allowed = own
            || caller.actor.app_id.is_some()
            || caller.access_in(c, org)?.is_some_and(|a| {
                a.active()
                    && (a.superadmin || a.roles & (rules::ROLE_ADMIN | rules::ROLE_OBSERVER) != 0)
            });
        let Some(u) = store::user(c, target)? else {
            return Ok(Vec::new());
        };
        if !allowed || (!own && store::access_in(c, target, org)?.is_none()) {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        for e in store::events_of(c, target)? {
            if !own && e.org_id != org {
                continue;
            }
            let org_json = match store::org(c, e.org_id)? {
                Some(o) => json!({"id": o.id, "name": o.name}),
                None => json!({"id": e.org_id, "name": null}),
            };
            out.push(json!({
                "id": e.id,
                "alert": false,
                "description": e.description,
                "timestamp": ts(e.timestamp),
                "event_type": {"id": e.type_id, "description": event_type::name(e.type_id)},
                "event_source": {"id": 2, "description": "API"},
                "event_severity": {"id": 0, "description": "INFO"},
                "organisation": org_json,
                "user": {"id": u.id, "username": u.username, "name": u.name},
            }));
        }
        Ok(out)
    })?;
    Ok(pagination::respond(items, page, per_page))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn q_values_match_whole_fields_with_wildcards() {
        assert!(matches("admin@acme.example", "Admin@Acme.example"));
        assert!(!matches("admin@acme.example", "eu-admin@acme.example"));
        assert!(matches("*admin*", "eu-admin@acme.example"));
        assert!(matches("*@globex.example", "ops@globex.example"));
        assert!(!matches("*@globex.example", "ops@acme.example"));
        assert!(matches("o*s@*", "ops@globex.example"));
        assert!(!matches("ab*ba", "aba"));
    }
}
