use clap::Args;

use super::shared::{current_id, resolve, WorkspaceRow};
use crate::context::Context;
use crate::error::{CliError, CliResult};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Workspace id or name (default: the current one)
    #[arg(value_name = "WORKSPACE")]
    pub target: Option<String>,
}

pub async fn run(ctx: &Context, args: ShowArgs) -> CliResult {
    let all = ctx.my_workspaces().await?;
    let (current, _) = current_id(ctx, &all).await?;
    let ws = match &args.target {
        Some(sel) => resolve(&all, sel)?,
        None => all.iter().find(|w| w.id == current).ok_or_else(|| {
            CliError::not_found(format!(
                "the current Workspace ({current}) is not among yours any more"
            ))
            .with_hint("pick another with `emnify switch`")
        })?,
    };
    ctx.ui.record(&WorkspaceRow::new(ws, Some(current)))
}
