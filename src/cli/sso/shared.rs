//! Helpers shared by the SSO verbs: the extension check, and the Workspace a change applies to.

use crate::api::models::{Role, UserWorkspace};
use crate::api::{ext, Client};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

/// Where SSO is configured in emnify's Portal.
pub const PORTAL_SSO: &str =
    "https://portal.emnify.com/organisation-settings/federation (Workspace settings > Single Sign-On)";

/// The caller's client, when the server offers the SSO extension; otherwise the error that says
/// emnify's public API cannot do `what` and where the Portal does it.
pub async fn extension_client(ctx: &Context, what: &str) -> CliResult<Client> {
    let client = ctx.client().await?.clone();
    if ext::available(&client).await? {
        return Ok(client);
    }
    Err(not_in_public_api(what))
}

pub fn not_in_public_api(what: &str) -> CliError {
    CliError::new(
        ErrorKind::Unavailable,
        format!("{what} is not possible through emnify's public API"),
    )
    .with_hint(format!("do it in the emnify Portal: {PORTAL_SSO}"))
    .with_hint("the embedded emulator (`--emulator`) offers it for trying things out")
}

/// The Workspace an SSO change applies to: the caller's default Workspace (the only one whose
/// SSO an Administrator may set), or `--workspace` when it names that same Workspace.
pub async fn own_default_workspace(ctx: &Context) -> CliResult<UserWorkspace> {
    let mine = ctx.my_workspaces().await?;
    let Some(default) = mine
        .iter()
        .find(|w| w.default_workspace == Some(true))
        .cloned()
    else {
        return Err(CliError::new(
            ErrorKind::Conflict,
            "you have no default Workspace",
        ));
    };
    if let Some(sel) = &ctx.settings.workspace_override {
        let chosen = crate::cli::workspace::shared::resolve(&mine, &sel.value)?;
        if chosen.id != default.id {
            return Err(CliError::new(
                ErrorKind::Permission,
                format!(
                    "SSO can only be set for your default Workspace, {} ({}), not {} ({})",
                    default.name, default.id, chosen.name, chosen.id
                ),
            )
            .with_hint(format!(
                "an Administrator whose default Workspace is {} must do it",
                chosen.name
            )));
        }
    }
    let admin = default
        .roles
        .iter()
        .any(|r| r.id == Role::ADMINISTRATOR || r.id == Role::SUPERADMIN);
    if !admin {
        return Err(CliError::new(
            ErrorKind::Permission,
            format!("only an Administrator can change SSO of {}", default.name),
        )
        .with_hint("ask an Administrator of your default Workspace"));
    }
    Ok(default)
}

/// SSO settings of one Workspace, as every SSO verb prints them. `null` fields in JSON (and
/// `unknown` in tables) mean emnify's public API does not say.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SsoRow {
    pub workspace_id: i64,
    pub workspace: String,
    pub provider: Option<String>,
    pub client_id: Option<String>,
    pub verified: Option<bool>,
    pub active: Option<bool>,
}

impl SsoRow {
    pub fn known(workspace: &str, s: &ext::SsoSettings) -> Self {
        SsoRow {
            workspace_id: s.workspace_id,
            workspace: workspace.to_string(),
            provider: s.provider.clone(),
            client_id: s.client_id.clone(),
            verified: Some(s.verified),
            active: Some(s.active),
        }
    }
}

fn opt_bool(b: Option<bool>) -> String {
    b.map(crate::output::yes_no)
        .unwrap_or_else(|| "unknown".into())
}

impl crate::output::Tabular for SsoRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "workspace_id",
            "workspace",
            "provider",
            "client_id",
            "verified",
            "active",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.workspace_id.to_string(),
            self.workspace.clone(),
            self.provider.clone().unwrap_or_else(|| "none".into()),
            self.client_id.clone().unwrap_or_else(|| "-".into()),
            opt_bool(self.verified),
            opt_bool(self.active),
        ]
    }
}
