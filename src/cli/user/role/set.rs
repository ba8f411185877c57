use clap::Args;

use super::super::shared::{
    explain, go_ahead, parse_role, prepare_change, roles_of, Change, ChangeKind, SUPERADMIN_RULE,
};
use crate::access::{roles_text, Role};
use crate::api::users;
use crate::context::Context;
use crate::error::CliResult;

/// Make ROLE a user's role in the current Workspace (or `--workspace W`)
#[derive(Debug, Args)]
pub struct SetArgs {
    /// User id or email
    pub user: String,
    /// administrator, user or observer
    pub role: String,
    /// Add ROLE next to their current roles instead of replacing them
    #[arg(long)]
    pub add: bool,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: SetArgs) -> CliResult {
    let role = parse_role(&args.role)?;
    let c = prepare_change(ctx, &args.user, ChangeKind::Role).await?;
    if c.superadmin {
        return superadmin_role(ctx, &c, role, &args).await;
    }
    let now = roles_of(&c.here);
    let mut want = if args.add {
        now.clone()
    } else {
        Default::default()
    };
    want.insert(role);
    if want == now {
        ctx.ui.status(format!(
            "{} is already {} in \"{}\"",
            c.user.username,
            roles_text(&now),
            c.ws.name
        ));
        return Ok(());
    }
    let grant: Vec<Role> = want.difference(&now).copied().collect();
    let withdraw: Vec<Role> = now.difference(&want).copied().collect();
    let intent = format!(
        "Changing {} from {} to {}",
        c.user.username,
        roles_text(&now),
        roles_text(&want)
    );
    // Only taking a role away asks first.
    let question = (!withdraw.is_empty()).then(|| {
        format!(
            "Change {} to {} in \"{}\"?",
            c.user.username,
            roles_text(&want),
            c.ws.name
        )
    });
    if !go_ahead(ctx, &intent, &c.ws, args.dry_run, question).await? {
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    // Grant first: emnify refuses to take away a user's last role.
    for r in grant {
        users::add_role(&client, c.user.id, c.ws.id, r.id())
            .await
            .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    }
    for r in withdraw {
        users::remove_role(&client, c.user.id, c.ws.id, r.id())
            .await
            .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    }
    ctx.ui.status(format!(
        "{} is now {} in \"{}\"",
        c.user.username,
        roles_text(&want),
        c.ws.name
    ));
    Ok(())
}

/// The SuperAdmin's own role in the main organisation. emnify shows them as SuperAdmin only, so
/// their own roles are unknown here: grant ROLE, then (unless `--add`) withdraw the other
/// assignable roles, which the server ignores where they hold none.
async fn superadmin_role(ctx: &Context, c: &Change, role: Role, args: &SetArgs) -> CliResult {
    let withdraw: Vec<Role> = if args.add {
        Vec::new()
    } else {
        Role::ASSIGNABLE
            .into_iter()
            .filter(|r| *r != role)
            .collect()
    };
    let intent = if args.add {
        format!(
            "Adding {role} to the own roles of {} (the SuperAdmin stays SuperAdmin)",
            c.user.username
        )
    } else {
        format!(
            "Making {role} the own role of {} (the SuperAdmin stays SuperAdmin)",
            c.user.username
        )
    };
    let question = (!withdraw.is_empty()).then(|| {
        format!(
            "Make {role} the own role of the SuperAdmin {} in \"{}\"?",
            c.user.username, c.ws.name
        )
    });
    if !go_ahead(ctx, &intent, &c.ws, args.dry_run, question).await? {
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(c.ws.id);
    users::add_role(&client, c.user.id, c.ws.id, role.id())
        .await
        .map_err(|e| explain(e, SUPERADMIN_RULE))?;
    for r in withdraw {
        users::remove_role(&client, c.user.id, c.ws.id, r.id())
            .await
            .map_err(|e| {
                explain(e, SUPERADMIN_RULE).with_hint(format!(
                    "{role} was granted; withdrawing {r} failed, so they may hold both"
                ))
            })?;
    }
    ctx.ui.status(format!(
        "The own role of {} in \"{}\" is now {role}; emnify still shows them as SuperAdmin there",
        c.user.username, c.ws.name
    ));
    Ok(())
}
