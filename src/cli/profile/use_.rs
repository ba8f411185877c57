use clap::Args;

use super::find;
use crate::context::{profile_error, Context};
use crate::env_vars;
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct UseArgs {
    /// Profile name
    pub name: String,
}

pub async fn run(ctx: &Context, args: UseArgs) -> CliResult {
    find(&ctx.file, &args.name)?;
    let name = args.name.clone();
    ctx.profiles
        .update(|f| f.active = Some(name))
        .map_err(profile_error)?;
    ctx.ui
        .status(format!("Profile `{}` is now active", args.name));
    if let Some(p) = ctx.env.get(env_vars::EMNIFY_PROFILE) {
        ctx.ui.warn(format!(
            "{}={p} is set in this shell and still takes precedence",
            env_vars::EMNIFY_PROFILE
        ));
    }
    Ok(())
}
