//! The client's own serde models of emnify's responses (not shared with the emulator).
//!
//! Parsing is tolerant where emnify's sources disagree or leave room (status nesting, optional
//! names, numbers sent as strings); unknown fields are ignored.

use serde::{Deserialize, Deserializer, Serialize};

/// A role in a Workspace. SuperAdmin is id 4 (see docs/architecture.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: i64,
    #[serde(default)]
    pub name: Option<String>,
}

impl Role {
    pub const ADMINISTRATOR: i64 = 1;
    pub const USER: i64 = 2;
    pub const OBSERVER: i64 = 3;
    pub const SUPERADMIN: i64 = 4;

    /// The name to show: the server's, else the documented one for the id.
    pub fn display_name(&self) -> String {
        if let Some(n) = self.name.as_deref().filter(|n| !n.is_empty()) {
            return n.to_string();
        }
        match self.id {
            Self::ADMINISTRATOR => "Administrator".into(),
            Self::USER => "User".into(),
            Self::OBSERVER => "Observer".into(),
            Self::SUPERADMIN => "SuperAdmin".into(),
            other => format!("role {other}"),
        }
    }
}

/// A user's status in a Workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberStatus {
    ActivationPending,
    Active,
    Suspended,
    Other(i64),
}

impl MemberStatus {
    pub fn from_id(id: i64) -> Self {
        match id {
            0 => MemberStatus::ActivationPending,
            1 => MemberStatus::Active,
            2 => MemberStatus::Suspended,
            other => MemberStatus::Other(other),
        }
    }
    pub fn as_str(&self) -> String {
        match self {
            MemberStatus::ActivationPending => "activation_pending".into(),
            MemberStatus::Active => "active".into(),
            MemberStatus::Suspended => "suspended".into(),
            MemberStatus::Other(id) => format!("status_{id}"),
        }
    }
}

/// Accepts `{"status":{"id":N}}` (the schema), `{"id":N}` and `N`.
fn member_status<'de, D: Deserializer<'de>>(d: D) -> Result<MemberStatus, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    fn dig(v: &serde_json::Value) -> Option<i64> {
        match v {
            serde_json::Value::Number(n) => n.as_i64(),
            serde_json::Value::Object(m) => m
                .get("status")
                .and_then(dig)
                .or_else(|| m.get("id").and_then(dig)),
            serde_json::Value::String(s) => s.parse().ok(),
            _ => None,
        }
    }
    dig(&v)
        .map(MemberStatus::from_id)
        .ok_or_else(|| serde::de::Error::custom(format!("unrecognised Workspace status {v}")))
}

/// An item of `GET /api/v2/user/{id}/workspace`.
#[derive(Debug, Clone, Deserialize)]
pub struct UserWorkspace {
    pub id: i64,
    pub name: String,
    #[serde(deserialize_with = "member_status")]
    pub status: MemberStatus,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub owner: Option<bool>,
    #[serde(default)]
    pub default_workspace: Option<bool>,
}

/// `{id, name}` references as emnify nests them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdName {
    pub id: i64,
    #[serde(default)]
    pub name: Option<String>,
}

/// A user as `GET /api/v1/user/my`, `/api/v1/user/{id}` and the user list return it.
#[derive(Debug, Clone, Deserialize)]
pub struct User {
    pub id: i64,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub organisation: Option<IdName>,
}

/// `GET /api/v1/organisation/my` (flat shape; the other fields are not needed here).
#[derive(Debug, Clone, Deserialize)]
pub struct Organisation {
    pub id: i64,
    #[serde(default)]
    pub name: Option<String>,
}

/// An optional nested value that is dropped (not an error) when it does not fit the model.
fn lenient<'de, D: Deserializer<'de>, T: serde::de::DeserializeOwned>(
    d: D,
) -> Result<Option<T>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(v).ok())
}

fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::Number(n) => n.as_f64().unwrap_or(0.0),
        serde_json::Value::String(s) => s.trim().parse().unwrap_or(0.0),
        _ => 0.0,
    })
}

fn opt_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A currency as emnify nests it in stats.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Currency {
    #[serde(default)]
    pub code: Option<String>,
}

/// One volume figure of the daily stats.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    #[serde(default, deserialize_with = "number")]
    pub volume: f64,
    #[serde(default, deserialize_with = "number")]
    pub volume_tx: f64,
    #[serde(default, deserialize_with = "number")]
    pub volume_rx: f64,
    #[serde(default, deserialize_with = "opt_number")]
    pub cost: Option<f64>,
    #[serde(default)]
    pub currency: Option<Currency>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatsDay {
    /// Absent in the `total` entry.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub data_volume: Option<Volume>,
    #[serde(default)]
    pub sms_volume: Option<Volume>,
    #[serde(default)]
    pub sat_geo_data_volume: Option<Volume>,
    #[serde(default)]
    pub sat_geo_sms_volume: Option<Volume>,
}

/// `GET /api/v2/workspace/stats/daily`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct DailyStats {
    #[serde(default, deserialize_with = "opt_number")]
    pub id: Option<f64>,
    #[serde(default)]
    pub days: Vec<StatsDay>,
    #[serde(default)]
    pub total: Option<StatsDay>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_status_is_read_in_every_shape() {
        for body in [
            r#"{"id":1,"name":"A","status":{"status":{"id":2}},"roles":[{"id":1,"name":"Administrator"}]}"#,
            r#"{"id":1,"name":"A","status":{"id":2},"roles":[]}"#,
            r#"{"id":1,"name":"A","status":2,"roles":[]}"#,
        ] {
            let w: UserWorkspace = serde_json::from_str(body).expect(body);
            assert_eq!(w.status, MemberStatus::Suspended);
        }
        assert!(serde_json::from_str::<UserWorkspace>(
            r#"{"id":1,"name":"A","status":{},"roles":[]}"#
        )
        .is_err());
    }

    #[test]
    fn role_names_fall_back_to_documented_ids() {
        assert_eq!(Role { id: 4, name: None }.display_name(), "SuperAdmin");
        assert_eq!(
            Role {
                id: 2,
                name: Some("User".into())
            }
            .display_name(),
            "User"
        );
        assert_eq!(
            Role {
                id: 9,
                name: Some(String::new())
            }
            .display_name(),
            "role 9"
        );
    }

    #[test]
    fn stats_volumes_accept_strings_and_nulls() {
        let s: DailyStats = serde_json::from_str(
            r#"{"id":1,"days":[{"date":"2026-01-01","data_volume":{"volume":"1.5","volume_tx":1,"volume_rx":0.5,"cost":null}}],"total":null}"#,
        )
        .expect("parse");
        assert_eq!(s.days[0].data_volume.as_ref().map(|v| v.volume), Some(1.5));
        assert!(s.total.is_none());
    }
}
