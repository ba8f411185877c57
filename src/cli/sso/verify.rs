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
    ctx.ui.status(format!(
        "SSO of {} is verified{}",
        ws.name,
        if now.active {
            " and active: users whose default this is must log in with SSO"
        } else {
            ""
        }
    ));
    ctx.ui.record(&SsoRow::known(&ws.name, &now))
}
