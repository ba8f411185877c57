//! `GET /api/v1/organisation/my`, application tokens, and `GET /api/v2/workspace/stats/daily`.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use chrono::{Datelike, Duration as Days, NaiveDate};
use serde_json::{json, Value};

use super::input::{opt_id_obj, opt_str, path_id, ts, Body};
use super::{AppState, Caller};
use crate::emulator::auth::{self, Claims, TokenType};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::pagination::{self, parse_int};
use crate::emulator::rules::check_manage;
use crate::emulator::store;

pub async fn organisation_my(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    state.store.read(|c| {
        let o = store::org_required(c, caller.org())?;
        Ok(Json(json!({
            "id": o.id,
            "name": o.name,
            "currency_id": 1,
            "organisation_class_id": 0,
            "organisation_type_id": 3,
            "country_id": 74,
            "organisation_status_id": 0,
            "ext_reference": "",
            "monthly_cost_limit": null,
            "created": ts(o.created),
            "verification_type_id": null,
            "verification": null,
            "brand_id": 1,
            "default_sms_routing_id": null,
        })))
    })
}

fn token_json(c: &rusqlite::Connection, t: &store::AppToken) -> ApiResult<Value> {
    let creator = match t.creator_id {
        Some(id) => match store::user(c, id)? {
            Some(u) => json!({"id": u.id, "username": u.username, "name": u.name}),
            None => json!({"id": id}),
        },
        None => Value::Null,
    };
    Ok(json!({
        "id": t.id,
        "description": t.description,
        "created": ts(t.created),
        "status": {"id": t.status, "description": if t.status == 0 { "Activated" } else { "Revoked" }},
        "expiry_date": t.expiry_date.map(ts),
        "ip": t.ip,
        "creator": creator,
    }))
}

pub async fn app_tokens(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
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
    Path(raw): Path<String>,
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
    Path(raw): Path<String>,
) -> ApiResult<StatusCode> {
    state.store.write(|c| {
        let t = owned_token(c, &caller, &raw)?;
        c.execute("DELETE FROM app_token WHERE id = ?1", [t.id])?;
        Ok(StatusCode::NO_CONTENT)
    })
}

fn date(field: &str, raw: Option<&String>) -> ApiResult<Option<NaiveDate>> {
    raw.filter(|s| !s.is_empty())
        .map(|s| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
                ApiError::invalid_query(format!(
                    "`{field}` must be a date like 2024-01-31, got `{s}`"
                ))
            })
        })
        .transpose()
}

/// Deterministic pseudo-random numbers (splitmix64) so the stats are stable across runs.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn volume(tx: f64, rx: f64, price: f64, kind: (i64, &str, &str)) -> Value {
    let v = ((tx + rx) * 1000.0).round() / 1000.0;
    json!({
        "volume": v,
        "volume_tx": tx,
        "volume_rx": rx,
        "cost": ((v * price) * 100.0).round() / 100.0,
        "traffic_type": {"id": kind.0, "description": kind.1, "unit": kind.2},
        "currency": {"id": 1, "code": "EUR", "symbol": "€"},
    })
}

fn day_stats(org: i64, d: NaiveDate) -> (f64, f64, f64) {
    let seed = mix((org as u64) << 32 ^ d.num_days_from_ce() as u64);
    let tx = (seed % 50_000) as f64 / 1000.0;
    let rx = ((seed >> 16) % 200_000) as f64 / 1000.0;
    let sms = ((seed >> 40) % 40) as f64;
    (tx, rx, sms)
}

pub async fn stats_daily(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Json<Value>> {
    let start = date("start_date", q.get("start_date"))?;
    let end = date("end_date", q.get("end_date"))?;
    let today = chrono::DateTime::from_timestamp(state.store.now(), 0)
        .map(|d| d.date_naive())
        .ok_or_else(|| ApiError::internal("the emulator clock is out of range"))?;
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s, e),
        (Some(s), None) => (s, (s + Days::days(182)).min(today)),
        (None, Some(e)) => (e.with_day(1).unwrap_or(e), e),
        (None, None) => (today.with_day(1).unwrap_or(today), today),
    };
    if start > end {
        return Err(ApiError::invalid_query("`start_date` is after `end_date`"));
    }
    if (end - start).num_days() > 366 {
        return Err(ApiError::invalid_query(
            "the period may span at most 366 days",
        ));
    }
    let requested: Option<Vec<i64>> = match q.get("workspace_ids").filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => Some(
            s.split(',')
                .map(|p| {
                    p.trim().parse::<i64>().map_err(|_| {
                        ApiError::invalid_query(format!(
                            "`workspace_ids` must be integers, got `{p}`"
                        ))
                    })
                })
                .collect::<ApiResult<Vec<_>>>()?,
        ),
    };
    let orgs = state.store.read(|c| {
        let accessible: Vec<i64> = match caller.actor.user_id {
            Some(u) => store::access_of(c, u)?
                .into_iter()
                .filter(|a| a.active())
                .map(|a| a.org_id)
                .collect(),
            None => vec![caller.org()],
        };
        match &requested {
            None => Ok(accessible),
            Some(ids) => {
                for id in ids {
                    if !accessible.contains(id) {
                        return Err(ApiError::new(
                            StatusCode::UNPROCESSABLE_ENTITY,
                            1401,
                            "InvalidReference",
                            format!("Workspace {id} is not found or not accessible"),
                        ));
                    }
                }
                Ok(ids.clone())
            }
        }
    })?;
    let data_kind = (5, "Data", "MB");
    let sms_kind = (6, "SMS", "SMS");
    let mut out = Vec::new();
    for org in orgs {
        let mut days = Vec::new();
        let (mut ttx, mut trx, mut tsms) = (0.0, 0.0, 0.0);
        let mut d = start;
        while d <= end {
            let (tx, rx, sms) = day_stats(org, d);
            ttx += tx;
            trx += rx;
            tsms += sms;
            days.push(json!({
                "date": d.format("%Y-%m-%d").to_string(),
                "data_volume": volume(tx, rx, 0.01, data_kind),
                "sms_volume": volume(sms, 0.0, 0.05, sms_kind),
                "sat_geo_data_volume": volume(0.0, 0.0, 0.0, data_kind),
                "sat_geo_sms_volume": volume(0.0, 0.0, 0.0, sms_kind),
            }));
            d += Days::days(1);
        }
        let r = |x: f64| (x * 1000.0).round() / 1000.0;
        out.push(json!({
            "id": org,
            "days": days,
            "total": {
                "data_volume": volume(r(ttx), r(trx), 0.01, data_kind),
                "sms_volume": volume(tsms, 0.0, 0.05, sms_kind),
                "sat_geo_data_volume": volume(0.0, 0.0, 0.0, data_kind),
                "sat_geo_sms_volume": volume(0.0, 0.0, 0.0, sms_kind),
            },
        }));
    }
    Ok(Json(Value::Array(out)))
}
