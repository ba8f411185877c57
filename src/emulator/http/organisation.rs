//! `GET /api/v1/organisation/my`.

use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

use super::input::ts;
use super::{AppState, Caller};
use crate::emulator::errors::ApiResult;
use crate::emulator::store;

pub async fn organisation_my(
    State(state): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Value>> {
    state.store.read(|c| {
        let o = store::org_required(c, caller.org())?;
        // Field types follow emnify's published schema (several ids are strings there).
        Ok(Json(json!({
            "id": o.id,
            "name": o.name,
            "currency_id": 1,
            "organisation_class_id": 0,
            "organisation_type_id": "3",
            "country_id": "74",
            "organisation_status_id": "0",
            "ext_reference": "",
            "monthly_cost_limit": null,
            "created": ts(o.created),
            "verification_type_id": null,
            "verification": "",
            "brand_id": "1",
            "default_sms_routing_id": null,
        })))
    })
}
