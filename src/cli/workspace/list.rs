use clap::Args;

use super::shared::{current_id, WorkspaceRow};
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ListArgs {}

pub async fn run(ctx: &Context, _args: ListArgs) -> CliResult {
    let all = ctx.my_workspaces().await?;
    let (current, _) = current_id(ctx, &all).await?;
    let rows: Vec<WorkspaceRow> = all
        .iter()
        .map(|w| WorkspaceRow::new(w, Some(current)))
        .collect();
    ctx.ui.list(&rows)
}
