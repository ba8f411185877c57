use clap::Args;
use serde::Serialize;

use super::shared::{announce, explain, find_user, parse_role, rule_refusal, target, PENDING_RULE};
use crate::access::{self, Role};
use crate::api::users;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Tabular;

/// Invite someone to the current Workspace (or `--workspace W`); an existing user is added
#[derive(Debug, Args)]
#[command(
    after_help = "The first Workspace a new user joins becomes their default and decides how \
they log in. They join further Workspaces only after accepting the invitation: then run \
`emnify user add` for each, or list all their Workspaces in an access file for `emnify user apply`."
)]
pub struct InviteArgs {
    /// Their email address (it becomes their username)
    pub email: String,
    /// Their full name
    #[arg(long)]
    pub name: String,
    /// Role in the Workspace; repeat for several [default: administrator, as emnify does]
    #[arg(long, short = 'r', value_name = "ROLE")]
    pub role: Vec<String>,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

/// The JSON schema of `user invite` and `user add`.
#[derive(Debug, Serialize)]
pub struct Membership {
    pub id: Option<i64>,
    pub email: String,
    pub workspace_id: i64,
    pub workspace: String,
    pub roles: Vec<String>,
    /// `invited` (a new account, activation pending) or `added` (an existing user).
    pub result: String,
}

impl Tabular for Membership {
    fn headers() -> Vec<&'static str> {
        vec!["id", "email", "workspace", "roles", "result"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.map(|i| i.to_string()).unwrap_or_default(),
            self.email.clone(),
            format!("{} ({})", self.workspace, self.workspace_id),
            self.roles.join(", "),
            self.result.clone(),
        ]
    }
}

pub fn role_set(names: &[String]) -> CliResult<Vec<Role>> {
    let mut roles: Vec<Role> = Vec::new();
    for n in names {
        let r = parse_role(n)?;
        if !roles.contains(&r) {
            roles.push(r);
        }
    }
    roles.sort();
    Ok(roles)
}

/// Send the invitation (or assignment) and print the result. Shared with `user add`.
pub async fn assign(
    ctx: &Context,
    email: &str,
    name: &str,
    ws: &access::WorkspaceRef,
    roles: &[Role],
    existing: bool,
    dry_run: bool,
) -> CliResult {
    let role_ids: Vec<i64> = roles.iter().map(|r| r.id()).collect();
    let names: Vec<String> = roles.iter().map(|r| r.as_str().to_string()).collect();
    let verb = if existing { "Adding" } else { "Inviting" };
    announce(ctx, &format!("{verb} {email} as {}", names.join(", ")), ws);
    if dry_run {
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(());
    }
    let client = ctx.client().await?.in_workspace(ws.id);
    let invited = users::invite(&client, email, name, ws.id, &role_ids)
        .await
        .map_err(|e| explain(e, PENDING_RULE))?;
    let shown: Vec<String> = if invited.roles.is_empty() {
        names
    } else {
        invited
            .roles
            .iter()
            .map(|r| r.display_name().to_lowercase())
            .collect()
    };
    ctx.ui.record(&Membership {
        id: Some(invited.id),
        email: invited.username,
        workspace_id: ws.id,
        workspace: ws.name.clone(),
        roles: shown,
        result: if existing { "added" } else { "invited" }.to_string(),
    })
}

pub async fn run(ctx: &Context, args: InviteArgs) -> CliResult {
    let email = args.email.trim();
    crate::access::check_email(email).map_err(CliError::usage)?;
    if args.name.trim().is_empty() {
        return Err(CliError::usage("`--name` is empty"));
    }
    let roles = if args.role.is_empty() {
        vec![Role::Administrator]
    } else {
        role_set(&args.role)?
    };
    if args.role.is_empty() {
        ctx.ui
            .status("No `--role` given: emnify makes invited users Administrators");
    }
    let ws = target(ctx).await?;
    // An existing user is assigned rather than duplicated; say which it will be, and refuse
    // what emnify would refuse.
    let existing = match find_user(ctx, email, Some(ws.id)).await {
        Ok((user, found_in)) => {
            let theirs = super::shared::user_workspaces(ctx, user.id).await?;
            if found_in == ws.id || theirs.iter().any(|w| w.id == ws.id) {
                return Err(rule_refusal(
                    format!("{email} already has access to \"{}\"", ws.name),
                    "change their role with `emnify user role set`",
                ));
            }
            if user.activation_pending() {
                return Err(rule_refusal(
                    format!("{email} has not accepted their invitation yet"),
                    PENDING_RULE,
                ));
            }
            true
        }
        Err(e) if e.kind == crate::error::ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    };
    assign(
        ctx,
        email,
        args.name.trim(),
        &ws,
        &roles,
        existing,
        args.dry_run,
    )
    .await
}
