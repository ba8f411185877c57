//! Who the caller is, which Workspace the token is for, and whether the server is the emulator.

use serde::Deserialize;

use super::client::Client;
use super::error::ApiError;
use super::models::{Organisation, User};

/// `GET /api/v1/organisation/my`: the Workspace the current token is for.
pub async fn organisation(client: &Client) -> Result<Organisation, ApiError> {
    client.get("/api/v1/organisation/my", &[]).await
}

/// The caller's user record.
///
/// With a known username this first uses the documented user list filter
/// (`GET /api/v1/user?q=username:…`), which fits emnify's published spec (its `/api/v1/user/{id}`
/// is typed numeric); when that is not allowed (only Administrators list users) or finds nothing,
/// `GET /api/v1/user/my`, the alias emnify documents for a user's own resources.
pub async fn whoami(client: &Client, username: Option<&str>) -> Result<User, ApiError> {
    if let Some(name) = username {
        let query = [
            ("q", format!("username:{name}")),
            ("per_page", "100".into()),
        ];
        match client.get::<Vec<User>>("/api/v1/user", &query).await {
            Ok(users) => {
                // The filter may match loosely: prefer the exact username, else a single answer.
                let exact = users.iter().position(|u| {
                    u.username
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
                });
                match (exact, users.len()) {
                    (Some(i), _) => return Ok(users[i].clone()),
                    (None, 1) => return Ok(users[0].clone()),
                    _ => {}
                }
            }
            // Listing users needs the Administrator role; everyone may read their own record.
            Err(e) if matches!(e.status(), Some(403 | 404 | 422)) => {}
            Err(e) => return Err(e),
        }
    }
    client.get("/api/v1/user/my", &[]).await
}

#[derive(Debug, Clone, Deserialize)]
pub struct Capabilities {
    #[serde(default)]
    pub emulator: bool,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub extensions: Vec<String>,
}

/// The host of emnify's cloud API.
const EMNIFY_CLOUD_HOST: &str = "cdn.emnify.net";

/// `GET /emulator/v1/capabilities`: `Some` when the server is the emulator, `None` when the path
/// does not exist (emnify's cloud).
/// emnify's own API host is known not to be the emulator, so it is never sent the probe.
pub async fn capabilities(client: &Client) -> Result<Option<Capabilities>, ApiError> {
    if client.http().base_url().host_str() == Some(EMNIFY_CLOUD_HOST) {
        return Ok(None);
    }
    let resp = client.get_public("/emulator/v1/capabilities").await?;
    if !resp.status.is_success() {
        return Ok(None);
    }
    Ok(serde_json::from_slice::<Capabilities>(&resp.body)
        .ok()
        .filter(|c| c.emulator))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::http::{Http, RetryPolicy};

    #[tokio::test]
    async fn emnify_cloud_is_never_sent_the_emulator_probe() {
        // No network here: a request would fail, so Ok(None) means none was sent.
        let http = Http::new("https://cdn.emnify.net", RetryPolicy::default()).expect("http");
        let client = Client::new(http, None, "default", Default::default());
        assert!(matches!(capabilities(&client).await, Ok(None)));
    }
}
