use clap::Args;

use crate::context::{credential_error, profile_error, Context};
use crate::error::CliResult;

#[derive(Debug, Args)]
pub struct LogoutArgs {}

pub async fn run(ctx: &Context, _args: LogoutArgs) -> CliResult {
    if ctx.settings.embedded() {
        // Nothing to forget, and not an error: a "log out of every profile" loop must not stop here.
        ctx.ui.status(
            "Nothing to log out of: the embedded emulator keeps no login (each run logs in as the demo SuperAdmin)",
        );
        return Ok(());
    }
    let name = ctx.profile_name().to_string();
    let removed = ctx
        .credential_store()
        .delete(&name)
        .map_err(credential_error)?;
    let had_profile = ctx
        .file
        .profiles
        .get(&name)
        .is_some_and(|p| p.auth_method.is_some());
    if had_profile {
        ctx.profiles
            .update(|file| {
                if let Some(p) = file.profiles.get_mut(&name) {
                    p.username = None;
                    p.auth_method = None;
                    p.user_id = None;
                    p.login_workspace = None;
                    p.workspace = None;
                    p.previous_workspace = None;
                }
            })
            .map_err(profile_error)?;
    }
    if let Err(e) = ctx.profiles.forget_workspaces(&name) {
        ctx.ui.warn(format!(
            "could not clear the cached Workspace names of profile `{name}`: {e}"
        ));
    }
    if removed || had_profile {
        ctx.ui.status(format!(
            "Logged out of profile `{name}`; its stored credentials are deleted"
        ));
    } else {
        ctx.ui.status(format!("Profile `{name}` was not logged in"));
    }
    if let Some(var) = ctx.settings.env_credentials {
        ctx.ui.warn(format!(
            "{var} is still set in this environment, so commands keep authenticating with it"
        ));
    }
    Ok(())
}
