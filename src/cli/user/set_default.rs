use clap::Args;

use super::shared::{find_user, manageable, rule_refusal, status_of, user_workspaces};
use crate::access::Status;
use crate::api;
use crate::cli::workspace::shared::resolve;
use crate::context::Context;
use crate::error::{CliError, CliResult};

const DEFAULT_RULE: &str =
    "changing someone's default Workspace needs the Administrator role in both their current \
     default and the new one";

/// Change a user's default Workspace (the one they log in to)
#[derive(Debug, Args)]
pub struct SetDefaultArgs {
    /// User id or email
    pub user: String,
    /// The new default Workspace (id or name)
    pub workspace: String,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: SetDefaultArgs) -> CliResult {
    let mine = ctx.my_workspaces().await?;
    let new = resolve(&mine, &args.workspace)?;
    let managed = manageable(ctx).await?;
    if !managed.iter().any(|w| w.id == new.id) {
        return Err(rule_refusal(
            format!("you are not an Administrator in \"{}\"", new.name),
            DEFAULT_RULE,
        ));
    }
    let (user, _) = find_user(ctx, &args.user, Some(new.id)).await?;
    let theirs = user_workspaces(ctx, user.id).await?;
    let Some(target) = theirs.iter().find(|w| w.id == new.id) else {
        return Err(CliError::not_found(format!(
            "{} has no access to \"{}\"; add them first",
            user.username, new.name
        )));
    };
    if status_of(target) != Status::Active {
        return Err(rule_refusal(
            format!("{} is not active in \"{}\"", user.username, new.name),
            "a default Workspace must be one where the user is active",
        ));
    }
    let Some(old) = theirs.iter().find(|w| w.default_workspace == Some(true)) else {
        return Err(rule_refusal(
            format!(
                "you cannot see the current default Workspace of {}",
                user.username
            ),
            DEFAULT_RULE,
        ));
    };
    if old.id == new.id {
        ctx.ui.status(format!(
            "\"{}\" is already the default of {}",
            new.name, user.username
        ));
        return Ok(());
    }
    if !managed.iter().any(|w| w.id == old.id) {
        return Err(rule_refusal(
            format!(
                "you are not an Administrator in \"{}\", their current default",
                old.name
            ),
            DEFAULT_RULE,
        ));
    }
    ctx.ui.status(format!(
        "Moving the default Workspace of {} from \"{}\" to \"{}\"",
        user.username, old.name, new.name
    ));
    if args.dry_run {
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(());
    }
    let client = ctx.client().await?;
    api::workspaces::set_default(client, user.id, new.id)
        .await
        .map_err(|e| super::shared::explain(e, DEFAULT_RULE))?;
    ctx.ui.status(format!(
        "\"{}\" is now the default Workspace of {}",
        new.name, user.username
    ));
    Ok(())
}
