use clap::Args;

use super::shared::{
    announce, explain, prepare_change, rule_refusal, status_of, ChangeKind, SELF_RULE,
};
use crate::access::Status;
use crate::api::users;
use crate::context::Context;
use crate::error::CliResult;

/// Lift a user's suspension in the current Workspace (or `--workspace W`)
#[derive(Debug, Args)]
pub struct ActivateArgs {
    /// User id or email
    pub user: String,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: ActivateArgs) -> CliResult {
    let c = prepare_change(ctx, &args.user, ChangeKind::Activate).await?;
    match status_of(&c.here) {
        Status::Active => {
            ctx.ui.status(format!(
                "{} is already active in \"{}\"",
                c.user.username, c.ws.name
            ));
            return Ok(());
        }
        Status::Pending => {
            return Err(rule_refusal(
                format!(
                    "{} has not accepted their invitation to \"{}\" yet",
                    c.user.username, c.ws.name
                ),
                "only the invitee can activate an invitation, by creating their account",
            ))
        }
        Status::Suspended => {}
    }
    announce(ctx, &format!("Activating {}", c.user.username), &c.ws);
    if args.dry_run {
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    users::set_status(&client, c.user.id, c.ws.id, Status::Active.id())
        .await
        .map_err(|e| explain(e, SELF_RULE))?;
    ctx.ui.status(format!(
        "Activated {} in \"{}\"",
        c.user.username, c.ws.name
    ));
    Ok(())
}
