use clap::Args;

use super::find;
use crate::context::{credential_error, profile_error, Context};
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Profile name
    pub name: String,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> CliResult {
    find(&ctx.file, &args.name)?;
    ctx.confirm(&format!(
        "Delete profile `{}` and its stored credentials?",
        args.name
    ))
    .await?;
    // Credentials first: a profile without credentials is harmless, the reverse leaves an orphan secret.
    ctx.credential_store()
        .delete(&args.name)
        .map_err(credential_error)?;
    let name = args.name.clone();
    ctx.profiles
        .update(|f| {
            f.profiles.remove(&name);
            if f.active.as_deref() == Some(name.as_str()) {
                f.active = None;
            }
        })
        .map_err(profile_error)?;
    if let Err(e) = ctx.profiles.forget_workspaces(&args.name) {
        ctx.ui.warn(format!(
            "could not clear the cached Workspace names of profile `{}`: {e}",
            args.name
        ));
    }
    ctx.ui.status(format!("Deleted profile `{}`", args.name));
    Ok(())
}
