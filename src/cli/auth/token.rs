use clap::Args;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct TokenArgs {}

pub async fn run(ctx: &Context, _args: TokenArgs) -> CliResult {
    let (client, _) = ctx.workspace_client().await?;
    let token = client.token().await?;
    ctx.persist_session().await?;
    // The one place a token is printed, on purpose: stdout only, nothing else with it.
    ctx.ui.data_line(token.expose())
}
