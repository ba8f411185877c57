use clap::Args;

use super::shared::{extension_client, own_default_workspace, SsoRow};
use crate::api::ext;
use crate::context::Context;
use crate::error::CliResult;

/// Verify the SSO provider of your default Workspace, which makes SSO active
///
/// From then on every user whose default Workspace this is must log in with SSO.
#[derive(Debug, Args)]
pub struct VerifyArgs {}

pub async fn run(ctx: &Context, _args: VerifyArgs) -> CliResult {
    let client = extension_client(ctx, "verifying SSO").await?;
    let ws = own_default_workspace(ctx).await?;
    let wc = client.in_workspace(ws.id);
    ext::verify_sso(&wc, ws.id).await?;
    let now = ext::sso(&wc, ws.id).await?;
    ctx.ui.status(format!("SSO of {} is verified", ws.name));
    if now.active {
        ctx.ui.warn(format!(
            "SSO is active: every user whose default Workspace is {}, including you, must now log \
             in with SSO; password logins are refused",
            ws.name
        ));
    }
    ctx.ui.record(&SsoRow::known(&ws.name, &now))
}
