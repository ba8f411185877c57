use clap::Args;

use super::shared::{extension_client, own_default_workspace, SsoRow};
use crate::api::ext;
use crate::context::Context;
use crate::error::CliResult;

/// Remove SSO from your default Workspace
///
/// Users whose default this is log in with email and password again. Asks for confirmation
/// unless `--yes` is given.
#[derive(Debug, Args)]
pub struct DisableArgs {}

pub async fn run(ctx: &Context, _args: DisableArgs) -> CliResult {
    let client = extension_client(ctx, "disabling SSO").await?;
    let ws = own_default_workspace(ctx).await?;
    ctx.confirm(&format!(
        "Remove SSO from {}? Its users will log in with a password again",
        ws.name
    ))
    .await?;
    let wc = client.in_workspace(ws.id);
    ext::disable_sso(&wc, ws.id).await?;
    let now = ext::sso(&wc, ws.id).await?;
    ctx.ui.status(format!("SSO removed from {}", ws.name));
    ctx.ui.record(&SsoRow::known(&ws.name, &now))
}
