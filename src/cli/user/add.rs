use clap::Args;

use super::invite::{assign, role_set};
use super::shared::{
    caller_id, find_user, rule_refusal, target, user_workspaces, PENDING_RULE, SELF_RULE,
};
use crate::context::Context;
use crate::error::CliResult;

/// Give an existing user access to the current Workspace (or `--workspace W`)
#[derive(Debug, Args)]
pub struct AddArgs {
    /// User id or email
    pub user: String,
    /// Role in the Workspace; repeat for several
    #[arg(long, short = 'r', value_name = "ROLE", required = true)]
    pub role: Vec<String>,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: AddArgs) -> CliResult {
    let roles = role_set(&args.role)?;
    let ws = target(ctx).await?;
    let (user, _) = find_user(ctx, &args.user, None).await?;
    if Some(user.id) == caller_id(ctx).await? {
        return Err(rule_refusal(
            "you cannot add yourself to a Workspace",
            SELF_RULE,
        ));
    }
    if user_workspaces(ctx, user.id)
        .await?
        .iter()
        .any(|w| w.id == ws.id)
    {
        return Err(rule_refusal(
            format!("{} already has access to \"{}\"", user.username, ws.name),
            "change their role with `emnify user role set`",
        ));
    }
    if user.activation_pending() {
        return Err(rule_refusal(
            format!("{} has not accepted their invitation yet", user.username),
            PENDING_RULE,
        ));
    }
    // emnify wants a name with every invitation; keep the user's own.
    let name = user
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(user.username.clone());
    assign(ctx, &user.username, &name, &ws, &roles, true, args.dry_run).await
}
