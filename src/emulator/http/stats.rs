//! `GET /api/v2/workspace/stats/daily`: deterministic made-up volumes per Workspace and day.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::{Datelike, Duration as Days, NaiveDate};
use serde_json::{json, Value};

use super::input::QueryParams;
use super::{AppState, Caller};
use crate::emulator::errors::{ApiError, ApiResult};
use crate::emulator::store;

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
    QueryParams(q): QueryParams,
) -> ApiResult<Json<Value>> {
    let start = date("start_date", q.get("start_date"))?;
    let end = date("end_date", q.get("end_date"))?;
    let today = chrono::DateTime::from_timestamp(state.store.now(), 0)
        .map(|d| d.date_naive())
        .ok_or_else(|| ApiError::internal("the emulator clock is out of range"))?;
    let (start, end) = match (start, end) {
        (Some(s), Some(e)) => (s, e),
        (Some(s), None) => (
            s,
            s.checked_add_signed(Days::days(182))
                .unwrap_or(s)
                .min(today),
        ),
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
                // Each Workspace once, in the order first asked for.
                let mut unique: Vec<i64> = Vec::with_capacity(ids.len());
                for id in ids {
                    if !unique.contains(id) {
                        unique.push(*id);
                    }
                }
                Ok(unique)
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
            d = match d.succ_opt() {
                Some(next) => next,
                None => break,
            };
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
