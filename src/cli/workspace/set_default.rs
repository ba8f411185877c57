use clap::Args;

use super::shared::resolve;
use crate::api;
use crate::context::Context;
use crate::error::{CliError, CliResult};

#[derive(Debug, Args)]
pub struct SetDefaultArgs {
    /// Workspace id or name
    #[arg(value_name = "WORKSPACE")]
    pub target: String,
}

pub async fn run(ctx: &Context, args: SetDefaultArgs) -> CliResult {
    let all = ctx.my_workspaces().await?;
    let ws = resolve(&all, &args.target)?;
    if ws.default_workspace == Some(true) {
        ctx.ui.status(format!(
            "`{}` ({}) is already your default Workspace",
            ws.name, ws.id
        ));
        return Ok(());
    }
    let user_id = ctx.user_id().await?;
    let client = ctx.client().await?;
    ctx.ui.status(format!(
        "Setting your default Workspace to `{}` ({})",
        ws.name, ws.id
    ));
    api::workspaces::set_default(client, user_id, ws.id).await.map_err(|e| {
        let forbidden = e.status() == Some(403);
        let err = CliError::from(e);
        if forbidden {
            err.with_hint("changing a default needs the Administrator role in both the old and the new default Workspace")
        } else {
            err
        }
    })?;
    ctx.ui.status(format!(
        "Default Workspace is now `{}` ({}); your next login lands there",
        ws.name, ws.id
    ));
    Ok(())
}
