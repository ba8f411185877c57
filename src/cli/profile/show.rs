use clap::Args;

use super::{find, ProfileRow};
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Profile name (default: the one in use)
    pub name: Option<String>,
}

pub async fn run(ctx: &Context, args: ShowArgs) -> CliResult {
    let name = args.name.unwrap_or_else(|| ctx.profile_name().to_string());
    let p = find(&ctx.file, &name)?;
    ctx.ui.record(&ProfileRow::new(&name, p, &ctx.file))
}
