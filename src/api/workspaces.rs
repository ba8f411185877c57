//! Workspace endpoints of emnify's v2 API.

use super::client::Client;
use super::error::ApiError;
use super::models::{DailyStats, UserWorkspace};

/// `GET /api/v2/user/{user_id}/workspace`: for the caller's own id, every Workspace they can
/// switch to (with their roles and status there). Unpaged in emnify's spec; pages the server
/// announces anyway are followed.
pub async fn list_for_user(client: &Client, user_id: i64) -> Result<Vec<UserWorkspace>, ApiError> {
    client
        .get_unpaged(&format!("/api/v2/user/{user_id}/workspace"))
        .await
}

/// `PUT /api/v2/user/{user_id}/default_organisation/{workspace_id}`.
pub async fn set_default(client: &Client, user_id: i64, workspace_id: i64) -> Result<(), ApiError> {
    client
        .put(
            &format!("/api/v2/user/{user_id}/default_organisation/{workspace_id}"),
            None,
        )
        .await?;
    Ok(())
}

/// Parameters of `GET /api/v2/workspace/stats/daily`; dates are `YYYY-MM-DD`.
#[derive(Debug, Clone, Default)]
pub struct StatsQuery {
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub workspace_ids: Vec<i64>,
}

/// `GET /api/v2/workspace/stats/daily`. emnify documents one object; a list of them (one per
/// Workspace) is accepted too.
pub async fn daily_stats(client: &Client, q: &StatsQuery) -> Result<Vec<DailyStats>, ApiError> {
    let mut query: Vec<(&str, String)> = Vec::new();
    if let Some(s) = &q.start_date {
        query.push(("start_date", s.clone()));
    }
    if let Some(e) = &q.end_date {
        query.push(("end_date", e.clone()));
    }
    if !q.workspace_ids.is_empty() {
        let ids: Vec<String> = q.workspace_ids.iter().map(i64::to_string).collect();
        query.push(("workspace_ids", ids.join(",")));
    }
    let value: serde_json::Value = client.get("/api/v2/workspace/stats/daily", &query).await?;
    let parsed = match value {
        serde_json::Value::Array(_) => serde_json::from_value::<Vec<DailyStats>>(value),
        other => serde_json::from_value::<DailyStats>(other).map(|s| vec![s]),
    };
    parsed.map_err(|e| ApiError::Decode {
        method: "GET".into(),
        path: "/api/v2/workspace/stats/daily".into(),
        detail: e.to_string(),
    })
}
