use clap::Args;

use super::super::shared::{
    explain, go_ahead, parse_role, prepare_change, roles_of, rule_refusal, ChangeKind,
    SUPERADMIN_RULE,
};
use crate::api::users;
use crate::context::Context;
use crate::error::CliResult;

/// Withdraw one of a user's roles in the current Workspace (or `--workspace W`)
#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// User id or email
    pub user: String,
    /// administrator, user or observer
    pub role: String,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: UnsetArgs) -> CliResult {
    let role = parse_role(&args.role)?;
    let c = prepare_change(ctx, &args.user, ChangeKind::Role).await?;
    let now = roles_of(&c.here);
    // The SuperAdmin's own roles are hidden behind "SuperAdmin": let the server say whether
    // they hold ROLE and whether it is their last.
    if !c.superadmin && !now.contains(&role) {
        ctx.ui.status(format!(
            "{} is not {role} in \"{}\"",
            c.user.username, c.ws.name
        ));
        return Ok(());
    }
    if !c.superadmin && now.len() == 1 {
        return Err(rule_refusal(
            format!(
                "{role} is the only role of {} in \"{}\"",
                c.user.username, c.ws.name
            ),
            "a user keeps at least one role in each Workspace: set another role with \
             `emnify user role set`, or remove them with `emnify user remove`",
        ));
    }
    let intent = format!("Withdrawing {role} from {}", c.user.username);
    let question = format!(
        "Withdraw {role} from {} in \"{}\"?",
        c.user.username, c.ws.name
    );
    if !go_ahead(ctx, &intent, &c.ws, args.dry_run, Some(question)).await? {
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    users::remove_role(&client, c.user.id, c.ws.id, role.id())
        .await
        .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    ctx.ui.status(format!(
        "Withdrew {role} from {} in \"{}\"",
        c.user.username, c.ws.name
    ));
    Ok(())
}
