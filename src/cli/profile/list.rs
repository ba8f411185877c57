use clap::Args;

use super::ProfileRow;
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ListArgs {}

pub async fn run(ctx: &Context, _args: ListArgs) -> CliResult {
    let rows: Vec<ProfileRow> = ctx
        .file
        .profiles
        .iter()
        .map(|(n, p)| ProfileRow::new(n, p, &ctx.file))
        .collect();
    ctx.ui.list(&rows)
}
