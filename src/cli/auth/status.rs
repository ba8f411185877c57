use clap::Args;
use serde::Serialize;

use crate::api::{self, auth::Claims};
use crate::context::{Context, CredentialSource, Source};
use crate::error::{CliError, CliResult};
use crate::output::Tabular;

#[derive(Debug, Args)]
pub struct StatusArgs {}

/// The JSON schema of `auth status`. Every value is what commands actually use, checked against
/// the API with the same credentials.
#[derive(Debug, Serialize)]
struct Status {
    profile: String,
    profile_source: Source,
    api_url: String,
    api_url_source: Source,
    emulator: bool,
    /// `environment` (and which variables), `stored` (and where) or `demo`.
    credentials: String,
    username: Option<String>,
    user_id: Option<i64>,
    workspace_id: i64,
    workspace_name: String,
    workspace_source: Source,
    token_expires_at: Option<String>,
}

impl Tabular for Status {
    fn headers() -> Vec<&'static str> {
        vec![
            "profile",
            "profile_source",
            "api_url",
            "api_url_source",
            "emulator",
            "credentials",
            "username",
            "user_id",
            "workspace_id",
            "workspace_name",
            "workspace_source",
            "token_expires_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        vec![
            self.profile.clone(),
            self.profile_source.to_string(),
            self.api_url.clone(),
            self.api_url_source.to_string(),
            crate::output::yes_no(self.emulator),
            self.credentials.clone(),
            opt(&self.username),
            self.user_id.map(|i| i.to_string()).unwrap_or_default(),
            self.workspace_id.to_string(),
            self.workspace_name.clone(),
            self.workspace_source.to_string(),
            opt(&self.token_expires_at),
        ]
    }
}

pub async fn run(ctx: &Context, _args: StatusArgs) -> CliResult {
    let (client, source, backend) = ctx.client_with_source().await?;
    let credentials = match source {
        CredentialSource::Environment => {
            let profile = ctx.profile();
            let overridden = match (&profile.auth_method, &profile.username) {
                (Some(_), Some(u)) => format!("; overrides the stored login of {u}"),
                (Some(_), None) => "; overrides the stored login".to_string(),
                _ => String::new(),
            };
            format!(
                "environment ({}{overridden})",
                ctx.settings.env_credentials.unwrap_or("?")
            )
        }
        CredentialSource::Demo => {
            "demo SuperAdmin of the embedded emulator (not stored)".to_string()
        }
        CredentialSource::Stored => match backend {
            Some(b) => format!("stored in the {b}"),
            None => {
                return Err(CliError::from(api::ApiError::NotLoggedIn {
                    profile: ctx.profile_name().to_string(),
                }))
            }
        },
    };
    // Use the credentials exactly as any command would: authenticate, resolve the Workspace and
    // ask the API who we are there.
    let (ws, ws_source) = ctx.target_workspace().await?;
    let scoped = client.in_workspace(ws.id);
    let token = scoped.token().await?;
    let org = api::me::organisation(&scoped).await?;
    let username = ctx.login_username().await?;
    // An application token belongs to a Workspace, not to a user.
    let user_id = if client.is_application_token().await {
        None
    } else {
        Some(ctx.user_id().await?)
    };
    let token_expires_at = Claims::peek(&token)
        .and_then(|c| c.exp)
        .and_then(|e| chrono::DateTime::from_timestamp(e, 0))
        .map(|d| d.to_rfc3339());
    // One unauthenticated GET: a standalone `emulator serve` on any URL says so here too.
    let emulator = ctx.settings.embedded()
        || match api::me::capabilities(client).await {
            Ok(caps) => caps.is_some(),
            Err(e) => {
                tracing::debug!(error = %e, "capability probe failed");
                false
            }
        };
    ctx.persist_session().await?;
    let status = Status {
        profile: ctx.profile_name().to_string(),
        profile_source: ctx.settings.profile.source,
        api_url: ctx.settings.api_url.value.clone(),
        api_url_source: ctx.settings.api_url.source,
        emulator,
        credentials,
        username,
        user_id,
        workspace_id: org.id,
        workspace_name: org.name.unwrap_or(ws.name),
        workspace_source: ws_source,
        token_expires_at,
    };
    ctx.ui.record(&status)
}
