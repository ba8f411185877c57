//! User endpoints: emnify's v1 user resources and the v2 per-Workspace membership calls.
//!
//! Which Workspace a call acts in is the client's: use `client.in_workspace(id)` so the request
//! carries a token for the Workspace being changed, as emnify's Portal does after switching.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;

use super::client::Client;
use super::error::ApiError;
use super::models::{IdName, Role};

/// `{id, description}` as the v1 user resources nest a status; tolerant of a bare id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusRef {
    pub id: i64,
    pub description: Option<String>,
}

impl<'de> Deserialize<'de> for StatusRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        let id = match &v {
            serde_json::Value::Number(n) => n.as_i64(),
            serde_json::Value::Object(m) => m.get("id").and_then(|i| i.as_i64()),
            _ => None,
        };
        let description = v
            .get("description")
            .and_then(|d| d.as_str())
            .map(|s| s.to_string());
        match id {
            Some(id) => Ok(StatusRef { id, description }),
            None => Err(serde::de::Error::custom(format!(
                "unrecognised user status {v}"
            ))),
        }
    }
}

/// A user as `GET /api/v1/user` and `GET /api/v1/user/{id}` return it.
#[derive(Debug, Clone, Deserialize)]
pub struct UserRecord {
    pub id: i64,
    pub username: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub status: Option<StatusRef>,
    #[serde(default)]
    pub organisation: Option<IdName>,
    /// Only the single-user resource carries roles (for the token's Workspace).
    #[serde(default)]
    pub roles: Vec<Role>,
}

impl UserRecord {
    /// The account was invited and never activated (v1 user status 0, ACTIVATION_PENDING).
    pub fn activation_pending(&self) -> bool {
        self.status.as_ref().is_some_and(|s| s.id == 0)
    }
}

/// `GET /api/v1/user` (every page) for the client's Workspace. `q` takes emnify's
/// `field:value` filters, e.g. `("username", "ana@example.com")`.
pub async fn list(client: &Client, q: &[(&str, &str)]) -> Result<Vec<UserRecord>, ApiError> {
    let mut query: Vec<(&str, String)> = Vec::new();
    if !q.is_empty() {
        let filters: Vec<String> = q.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        query.push(("q", filters.join(",")));
    }
    query.push(("sort", "id".to_string()));
    client.get_all("/api/v1/user", &query).await
}

/// Keep a path segment a path segment (an email may hold `+`, `/` or `%`).
fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `GET /api/v1/user/{id or username}`.
pub async fn get(client: &Client, key: &str) -> Result<UserRecord, ApiError> {
    client
        .get(&format!("/api/v1/user/{}", segment(key)), &[])
        .await
}

/// The answer of `POST /api/v2/user/invitation`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Invited {
    pub id: i64,
    pub username: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub organisation: Option<IdName>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// `POST /api/v2/user/invitation`: a new user is created (activation pending) with `workspace`
/// as their default; an existing user is assigned to `workspace` instead.
pub async fn invite(
    client: &Client,
    email: &str,
    name: &str,
    workspace: i64,
    role_ids: &[i64],
) -> Result<Invited, ApiError> {
    let roles: Vec<serde_json::Value> = role_ids.iter().map(|id| json!({ "id": id })).collect();
    let body = json!({
        "username": email,
        "name": name,
        "organisation": { "id": workspace },
        "roles": roles,
    });
    let path = "/api/v2/user/invitation";
    let resp = client.post(path, &body).await?;
    super::client::decode(&reqwest::Method::POST, path, &resp)
}

/// `DELETE /api/v2/user/{user}/workspace/{workspace}`.
pub async fn remove(client: &Client, user: i64, workspace: i64) -> Result<(), ApiError> {
    client
        .delete(&format!("/api/v2/user/{user}/workspace/{workspace}"))
        .await?;
    Ok(())
}

/// `PATCH /api/v2/user/{user}/workspace/{workspace}` with `{"status":{"id":N}}` (1 active,
/// 2 suspended).
pub async fn set_status(
    client: &Client,
    user: i64,
    workspace: i64,
    status_id: i64,
) -> Result<(), ApiError> {
    let body = json!({ "status": { "id": status_id } });
    client
        .patch(&format!("/api/v2/user/{user}/workspace/{workspace}"), &body)
        .await?;
    Ok(())
}

/// `PUT /api/v2/user/{user}/workspace/{workspace}/role/{role}`.
pub async fn add_role(
    client: &Client,
    user: i64,
    workspace: i64,
    role: i64,
) -> Result<(), ApiError> {
    client
        .put(
            &format!("/api/v2/user/{user}/workspace/{workspace}/role/{role}"),
            None,
        )
        .await?;
    Ok(())
}

/// `DELETE /api/v2/user/{user}/workspace/{workspace}/role/{role}`.
pub async fn remove_role(
    client: &Client,
    user: i64,
    workspace: i64,
    role: i64,
) -> Result<(), ApiError> {
    client
        .delete(&format!(
            "/api/v2/user/{user}/workspace/{workspace}/role/{role}"
        ))
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_status_is_read_nested_or_bare() {
        let u: Result<UserRecord, _> = serde_json::from_str(
            r#"{"id":7,"username":"a@example.com","status":{"id":0,"description":"ACTIVATION_PENDING"}}"#,
        );
        assert!(u.as_ref().is_ok_and(|u| u.activation_pending()), "{u:?}");
        let u: Result<UserRecord, _> =
            serde_json::from_str(r#"{"id":7,"username":"a@example.com","status":1}"#);
        assert!(u.as_ref().is_ok_and(|u| !u.activation_pending()), "{u:?}");
    }

    #[test]
    fn path_segments_are_escaped() {
        assert_eq!(segment("ana+test@example.com"), "ana%2Btest@example.com");
        assert_eq!(segment("a/b%c"), "a%2Fb%25c");
        assert_eq!(segment("42"), "42");
    }
}
