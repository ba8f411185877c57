use clap::Args;
use serde::Serialize;

use super::shared::{announce, explain, find_user, parse_role, rule_refusal, target, PENDING_RULE};
use crate::access::{self, Role};
use crate::api::users;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::Tabular;

/// Invite someone to the current Workspace (or `--workspace W`, repeatable); an existing user is added
#[derive(Debug, Args)]
#[command(
    after_help = "Without `--role`, the invited user becomes an Administrator: that is emnify's \
default for invitations, so say `--role user` or `--role observer` when that is too much.

With several `--workspace`, an existing user is added to each. A new user is invited to the \
first: it becomes their default and decides how they log in. They join further Workspaces only \
after accepting the invitation: then run `emnify user add` for each (the command prints them), \
or list all their Workspaces in an access file for `emnify user apply`."
)]
pub struct InviteArgs {
    /// Their email address (it becomes their username)
    pub email: String,
    /// Their full name
    #[arg(long)]
    pub name: String,
    /// Role in the Workspace; repeat for several. Without it the user becomes an ADMINISTRATOR
    /// (emnify's default for invitations)
    #[arg(long, short = 'r', value_name = "ROLE")]
    pub role: Vec<String>,
    /// Show what would happen without changing anything
    #[arg(long)]
    pub dry_run: bool,
    /// The second and further `--workspace` values (the first is the usual target).
    #[arg(skip)]
    pub more_workspaces: Vec<String>,
}

/// The JSON schema of `user invite` and `user add`.
#[derive(Debug, Serialize)]
pub struct Membership {
    pub id: Option<i64>,
    pub email: String,
    pub workspace_id: i64,
    pub workspace: String,
    pub roles: Vec<String>,
    /// `invited` (a new account, activation pending), `added` (an existing user), or
    /// `after_acceptance` (a further Workspace of a new user: add them once they accepted).
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
    match send(ctx, email, name, ws, roles, existing, dry_run).await? {
        Some(m) => ctx.ui.record(&m),
        None => Ok(()),
    }
}

/// Send one invitation (or assignment); `None` on a dry run.
async fn send(
    ctx: &Context,
    email: &str,
    name: &str,
    ws: &access::WorkspaceRef,
    roles: &[Role],
    existing: bool,
    dry_run: bool,
) -> CliResult<Option<Membership>> {
    let role_ids: Vec<i64> = roles.iter().map(|r| r.id()).collect();
    let names: Vec<String> = roles.iter().map(|r| r.as_str().to_string()).collect();
    let verb = if existing { "Adding" } else { "Inviting" };
    announce(ctx, &format!("{verb} {email} as {}", names.join(", ")), ws);
    if dry_run {
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(None);
    }
    let client = ctx.client().await?.in_workspace(ws.id);
    let invited = users::invite(&client, email, name, ws.id, &role_ids)
        .await
        .map_err(|e| explain(e, PENDING_RULE))?;
    let shown: Vec<String> = if invited.roles.is_empty() {
        roles.iter().map(|r| r.display_name().to_string()).collect()
    } else {
        invited
            .roles
            .iter()
            .map(|r| match Role::from_id(r.id) {
                Some(role) => role.display_name().to_string(),
                None => r.display_name(),
            })
            .collect()
    };
    Ok(Some(Membership {
        id: Some(invited.id),
        email: invited.username,
        workspace_id: ws.id,
        workspace: ws.name.clone(),
        roles: shown,
        result: if existing { "added" } else { "invited" }.to_string(),
    }))
}

/// The Workspaces of the invitation: the target (`--workspace`, else the current one) and the
/// further `--workspace` values, each one the caller manages, without repeats.
async fn workspaces(ctx: &Context, more: &[String]) -> CliResult<Vec<access::WorkspaceRef>> {
    let mut all = vec![target(ctx).await?];
    if more.is_empty() {
        return Ok(all);
    }
    let mine = ctx.my_workspaces().await?;
    let managed = super::shared::manageable(ctx).await?;
    for sel in more {
        let w = crate::cli::workspace::shared::resolve(&mine, sel)?;
        if !managed.iter().any(|m| m.id == w.id) {
            return Err(CliError::new(
                ErrorKind::Permission,
                format!("you cannot manage users in \"{}\" (id {})", w.name, w.id),
            )
            .with_hint(
                "only Administrators (and the SuperAdmin) invite users; nothing was changed",
            ));
        }
        if !all.iter().any(|a| a.id == w.id) {
            all.push(access::WorkspaceRef {
                id: w.id,
                name: w.name.clone(),
            });
        }
    }
    Ok(all)
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
    let all = workspaces(ctx, &args.more_workspaces).await?;
    if args.role.is_empty() {
        ctx.ui.warn(format!(
            "no `--role` given: emnify makes invited users Administrators, so {email} becomes \
             an ADMINISTRATOR of {}, able to invite, change and remove its users; pass \
             `--role user` or `--role observer` for less",
            quoted(&all)
        ));
    }
    // An existing user is assigned rather than duplicated; say which it will be, and refuse
    // what emnify would refuse, before anything is sent.
    let existing = match find_user(ctx, email, Some(all[0].id)).await {
        Ok((user, found_in)) => {
            let theirs = super::shared::user_workspaces(ctx, user.id).await?;
            for ws in &all {
                if found_in == ws.id || theirs.iter().any(|w| w.id == ws.id) {
                    return Err(rule_refusal(
                        format!("{email} already has access to \"{}\"", ws.name),
                        "change their role with `emnify user role set`",
                    ));
                }
            }
            if user.activation_pending() {
                return Err(rule_refusal(
                    format!("{email} has not accepted their invitation yet"),
                    PENDING_RULE,
                ));
            }
            true
        }
        Err(e) if e.kind == ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    };
    let name = args.name.trim();
    if all.len() == 1 {
        return assign(ctx, email, name, &all[0], &roles, existing, args.dry_run).await;
    }
    // An existing user is added to each Workspace. A new one is invited to the first only:
    // emnify adds them to further Workspaces once they have accepted.
    let send_to = if existing { &all[..] } else { &all[..1] };
    let mut rows = Vec::new();
    for (i, ws) in send_to.iter().enumerate() {
        match send(ctx, email, name, ws, &roles, existing, args.dry_run).await {
            Ok(Some(m)) => rows.push(m),
            Ok(None) => {}
            Err(e) if i > 0 => {
                let done: Vec<&str> = rows.iter().map(|m| m.workspace.as_str()).collect();
                return Err(e.with_hint(format!(
                    "{email} was already added to {}; run the command again without those \
                     Workspaces to finish",
                    done.join(", ")
                )));
            }
            Err(e) => return Err(e),
        }
    }
    if !existing {
        let later = &all[1..];
        let names: Vec<String> = roles.iter().map(|r| r.as_str().to_string()).collect();
        ctx.ui.warn(format!(
            "{email} joins {} only after accepting the invitation (emnify's rule: {PENDING_RULE})",
            quoted(later)
        ));
        for ws in later {
            ctx.ui.status(format!(
                "  then: emnify user add {email} --workspace {} --role {}",
                ws.id,
                names.join(" --role ")
            ));
            if !args.dry_run {
                rows.push(Membership {
                    id: rows.first().and_then(|m| m.id),
                    email: email.to_string(),
                    workspace_id: ws.id,
                    workspace: ws.name.clone(),
                    roles: roles.iter().map(|r| r.display_name().to_string()).collect(),
                    result: "after_acceptance".to_string(),
                });
            }
        }
    }
    if args.dry_run {
        return Ok(());
    }
    ctx.ui.list(&rows)
}

fn quoted(all: &[access::WorkspaceRef]) -> String {
    let names: Vec<String> = all.iter().map(|w| format!("\"{}\"", w.name)).collect();
    names.join(", ")
}
