use clap::Args;

use super::shared::{
    default_move_note, explain, go_ahead, prepare_change, ChangeKind, SUPERADMIN_RULE,
};
use crate::api::users;
use crate::context::Context;
use crate::error::CliResult;

/// Remove a user's access to the current Workspace (or `--workspace W`)
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// User id or email
    pub user: String,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: RemoveArgs) -> CliResult {
    let c = prepare_change(ctx, &args.user, ChangeKind::Remove).await?;
    let intent = format!("Removing {}", c.user.username);
    if let Some(note) = default_move_note(&c.theirs, c.ws.id) {
        ctx.ui.warn(note);
    }
    let question = format!("Remove {} from \"{}\"?", c.user.username, c.ws.name);
    if !go_ahead(ctx, &intent, &c.ws, args.dry_run, Some(question)).await? {
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    users::remove(&client, c.user.id, c.ws.id)
        .await
        .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    ctx.ui.status(format!(
        "Removed {} from \"{}\"",
        c.user.username, c.ws.name
    ));
    Ok(())
}
