use clap::Args;

use super::shared::{
    default_move_note, explain, go_ahead, prepare_change, rule_refusal, status_of, ChangeKind,
    SUPERADMIN_RULE,
};
use crate::access::Status;
use crate::api::users;
use crate::context::Context;
use crate::error::CliResult;

/// Suspend a user in the current Workspace (or `--workspace W`); their access stays on record
#[derive(Debug, Args)]
pub struct SuspendArgs {
    /// User id or email
    pub user: String,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: SuspendArgs) -> CliResult {
    let c = prepare_change(ctx, &args.user, ChangeKind::Suspend).await?;
    if status_of(&c.here) == Status::Pending {
        return Err(rule_refusal(
            format!(
                "{} has not accepted their invitation to \"{}\" yet",
                c.user.username, c.ws.name
            ),
            "emnify suspends accepted memberships only; to withdraw the invitation, remove them \
             with `emnify user remove`",
        ));
    }
    if status_of(&c.here) == Status::Suspended {
        ctx.ui.status(format!(
            "{} is already suspended in \"{}\"",
            c.user.username, c.ws.name
        ));
        return Ok(());
    }
    let intent = format!("Suspending {}", c.user.username);
    if let Some(note) = default_move_note(&c.theirs, c.ws.id) {
        ctx.ui.warn(note);
    }
    let question = format!("Suspend {} in \"{}\"?", c.user.username, c.ws.name);
    if !go_ahead(ctx, &intent, &c.ws, args.dry_run, Some(question)).await? {
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    users::set_status(&client, c.user.id, c.ws.id, Status::Suspended.id())
        .await
        .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    ctx.ui.status(format!(
        "Suspended {} in \"{}\"",
        c.user.username, c.ws.name
    ));
    Ok(())
}
