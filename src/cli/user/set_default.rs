use clap::Args;

use super::shared::{find_user, manageable, rule_refusal, status_of, user_workspaces};
use crate::access::Status;
use crate::api;
use crate::cli::workspace::shared::resolve;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

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

/// The caller lacks the Administrator role in one of the two Workspaces the rule names.
fn missing_admin(name: &str, id: i64, which: &str) -> CliError {
    CliError::new(
        ErrorKind::Permission,
        format!("you are not an Administrator in \"{name}\" (id {id}), {which}"),
    )
    .with_hint(DEFAULT_RULE)
}

/// The new default is not among the caller's Workspaces. If the user has access to it (as far
/// as the caller can see) or it is given by id, the caller holds no role there: a permission
/// refusal naming it. A name we cannot place stays "not found".
async fn not_among_mine(ctx: &Context, args: &SetDefaultArgs, not_mine: CliError) -> CliError {
    if let Ok((user, _)) = find_user(ctx, &args.user, None).await {
        if let Ok(theirs) = user_workspaces(ctx, user.id).await {
            if let Ok(w) = resolve(&theirs, &args.workspace) {
                return missing_admin(&w.name, w.id, "the new default");
            }
        }
    }
    match args.workspace.trim().parse::<i64>() {
        Ok(id) => CliError::new(
            ErrorKind::Permission,
            format!("you hold no role in Workspace {id}, so you are not an Administrator there"),
        )
        .with_hint(DEFAULT_RULE),
        Err(_) => not_mine,
    }
}

pub async fn run(ctx: &Context, args: SetDefaultArgs) -> CliResult {
    let mine = ctx.my_workspaces().await?;
    let managed = manageable(ctx).await?;
    let new = match resolve(&mine, &args.workspace) {
        Ok(w) => w.clone(),
        // Not one of the caller's Workspaces: they hold no role there, which is what the rule
        // needs, so say that rather than "not found" when we can tell which Workspace it is.
        Err(not_mine) => return Err(not_among_mine(ctx, &args, not_mine).await),
    };
    if !managed.iter().any(|w| w.id == new.id) {
        return Err(missing_admin(&new.name, new.id, "the new default"));
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
        return Err(missing_admin(&old.name, old.id, "their current default"));
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
