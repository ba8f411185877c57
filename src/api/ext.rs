//! The emulator's extension endpoints (`/emulator/v1`): links, SSO settings and requests.
//!
//! emnify's public API has no representation of links, the main organisation, SSO settings or
//! Workspace requests (API-FACTS.md). The emulator offers them under `/emulator/v1` and says so
//! through its capability endpoint; against emnify's cloud these functions are not called, and
//! the commands say what cannot be fetched there. See `docs/architecture.md`.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::client::{decode, Client};
use super::error::ApiError;
use super::me;
use crate::profile::credentials::Secret;

/// Whether the server offers the extension endpoints (only the emulator does).
pub async fn available(client: &Client) -> Result<bool, ApiError> {
    Ok(me::capabilities(client).await?.is_some())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub id: i64,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkSuperadmin {
    pub id: i64,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedWorkspace {
    pub id: i64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub main: bool,
    #[serde(default)]
    pub linked_at: Option<String>,
    /// Whether the SuperAdmin held their own assignment here before the link (decides what an
    /// unlink leaves them); `None` when the server does not say.
    #[serde(default)]
    pub superadmin_member: Option<bool>,
}

/// `GET /emulator/v1/link`: the link group of the token's Workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkInfo {
    pub main_organisation: Named,
    #[serde(default)]
    pub superadmin: Option<LinkSuperadmin>,
    #[serde(default)]
    pub workspaces: Vec<LinkedWorkspace>,
    #[serde(default)]
    pub workspace_limit: Option<i64>,
    #[serde(default)]
    pub workspaces_used: Option<i64>,
}

/// The link group of the Workspace `client` targets; `None` when it is not linked (404).
pub async fn link(client: &Client) -> Result<Option<LinkInfo>, ApiError> {
    match client.get("/emulator/v1/link", &[]).await {
        Ok(info) => Ok(Some(info)),
        Err(e) if e.status() == Some(404) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `GET /emulator/v1/workspace/{id}/sso`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsoSettings {
    pub workspace_id: i64,
    #[serde(default)]
    pub provider: Option<String>,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub active: bool,
}

pub async fn sso(client: &Client, workspace_id: i64) -> Result<SsoSettings, ApiError> {
    client
        .get(&format!("/emulator/v1/workspace/{workspace_id}/sso"), &[])
        .await
}

/// SSO identity providers emnify offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    Microsoft,
    Google,
    Oidc,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Microsoft => "microsoft",
            Provider::Google => "google",
            Provider::Oidc => "oidc",
        }
    }
}

/// `PUT /emulator/v1/workspace/{id}/sso`: set the provider; it is active only once verified.
pub async fn enable_sso(
    client: &Client,
    workspace_id: i64,
    provider: Provider,
    client_id: &str,
    client_secret: &Secret,
) -> Result<(), ApiError> {
    let body = json!({
        "provider": provider.as_str(),
        "client_id": client_id,
        "client_secret": client_secret.expose(),
    });
    client
        .put(
            &format!("/emulator/v1/workspace/{workspace_id}/sso"),
            Some(&body),
        )
        .await?;
    Ok(())
}

pub async fn verify_sso(client: &Client, workspace_id: i64) -> Result<(), ApiError> {
    client
        .post(
            &format!("/emulator/v1/workspace/{workspace_id}/sso/verify"),
            &json!({}),
        )
        .await?;
    Ok(())
}

pub async fn disable_sso(client: &Client, workspace_id: i64) -> Result<(), ApiError> {
    client
        .delete(&format!("/emulator/v1/workspace/{workspace_id}/sso"))
        .await?;
    Ok(())
}

/// A filed request (a new Workspace or a link), as the emulator answers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    pub id: i64,
    pub kind: String,
    pub status: String,
    /// Whatever else the server says about it (contact, Workspaces, creation time…).
    #[serde(flatten)]
    pub details: serde_json::Map<String, serde_json::Value>,
}

/// `POST /emulator/v1/link/request`.
pub async fn request_link(
    client: &Client,
    contact_email: &str,
    workspace_ids: &[i64],
    details: Option<&str>,
) -> Result<Ticket, ApiError> {
    let mut body = json!({ "contact_email": contact_email, "workspace_ids": workspace_ids });
    if let Some(d) = details {
        body["details"] = json!(d);
    }
    let path = "/emulator/v1/link/request";
    let resp = client.post(path, &body).await?;
    decode(&reqwest::Method::POST, path, &resp)
}

/// `POST /emulator/v1/workspace/request`.
pub async fn request_workspace(
    client: &Client,
    contact_email: &str,
    name: &str,
    details: Option<&str>,
) -> Result<Ticket, ApiError> {
    let mut body = json!({ "contact_email": contact_email, "name": name });
    if let Some(d) = details {
        body["details"] = json!(d);
    }
    let path = "/emulator/v1/workspace/request";
    let resp = client.post(path, &body).await?;
    decode(&reqwest::Method::POST, path, &resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_info_reads_the_documented_shape() {
        let body = r#"{"main_organisation":{"id":1001,"name":"Acme Corp"},
            "superadmin":{"id":1,"username":"superadmin@acme.example","name":"Sam"},
            "workspaces":[{"id":1001,"name":"Acme Corp","main":true,"linked_at":"2026-08-05T00:00:00Z"},
                          {"id":1002,"name":"Acme EU","main":false,"linked_at":null}],
            "workspace_limit":3,"workspaces_used":3}"#;
        let info: Result<LinkInfo, _> = serde_json::from_str(body);
        let info = info.map_err(|e| e.to_string());
        assert_eq!(info.as_ref().map(|i| i.workspaces.len()), Ok(2));
        assert_eq!(
            info.as_ref().map(|i| i.superadmin.as_ref().map(|s| s.id)),
            Ok(Some(1))
        );
        let none: Result<LinkInfo, _> =
            serde_json::from_str(r#"{"main_organisation":{"id":1},"superadmin":null}"#);
        assert!(none.is_ok());
    }

    #[test]
    fn ticket_keeps_the_extra_fields() {
        let t: Result<Ticket, _> = serde_json::from_str(
            r#"{"id":7,"kind":"link","status":"open","contact_email":"a@b.example"}"#,
        );
        let t = t.map_err(|e| e.to_string());
        assert_eq!(
            t.map(|t| t.details.get("contact_email").cloned()),
            Ok(Some(json!("a@b.example")))
        );
    }
}
