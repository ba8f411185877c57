use clap::Args;
use serde::Serialize;

use super::shared::{manageable, parse_role, roles_of, target, user_workspaces};
use crate::access::{Role, Status};
use crate::api::users::{self, UserRecord};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Tabular;

/// List the users of a Workspace (default: the current one) with their roles and status
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Every Workspace you manage, in one table with a Workspace column
    #[arg(long, short = 'A')]
    pub all_workspaces: bool,
    /// Only users holding this role (administrator, user, observer, superadmin)
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Only users with this status (active, suspended, pending)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only users whose name or email contains TEXT (case-insensitive; `*` is ignored)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// One user in one Workspace. This is the JSON schema of `user list`.
#[derive(Debug, Clone, Serialize)]
pub struct UserRow {
    pub workspace_id: i64,
    pub workspace: String,
    pub id: i64,
    pub email: String,
    pub name: String,
    /// emnify's role names in that Workspace, e.g. `["Administrator"]`.
    pub roles: Vec<String>,
    /// `active`, `suspended` or `pending` (invited, not accepted yet).
    pub status: String,
}

impl Tabular for UserRow {
    fn headers() -> Vec<&'static str> {
        vec!["workspace", "id", "email", "name", "roles", "status"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.workspace.clone(),
            self.id.to_string(),
            self.email.clone(),
            self.name.clone(),
            self.roles.join(", "),
            self.status.clone(),
        ]
    }
}

/// JSON and CSV always carry the Workspace; a table shows that column only when the rows come
/// from several Workspaces.
fn print(ctx: &Context, rows: &[UserRow], several: bool) -> CliResult {
    use crate::output::Format;
    if several || ctx.ui.format != Format::Table {
        return ctx.ui.list(rows);
    }
    if rows.is_empty() {
        ctx.ui.status("(no users match)");
        return Ok(());
    }
    let headers: Vec<&str> = UserRow::headers().into_iter().skip(1).collect();
    let cells = rows
        .iter()
        .map(|r| r.row().into_iter().skip(1).collect())
        .collect();
    ctx.ui.table(headers, cells)
}

fn role_names(u: &UserRecord) -> Vec<String> {
    u.roles
        .iter()
        .map(|r| match Role::from_id(r.id) {
            Some(role) => role.display_name().to_string(),
            None => r.display_name(),
        })
        .collect()
}

fn status_name(u: &UserRecord) -> String {
    match u.status.as_ref().and_then(|s| Status::from_id(s.id)) {
        Some(s) => s.as_str().to_string(),
        None => u
            .status
            .as_ref()
            .map(|s| format!("status {}", s.id))
            .unwrap_or_default(),
    }
}

pub async fn run(ctx: &Context, args: ListArgs) -> CliResult {
    let role = match args.role.as_deref() {
        Some(r) if r.eq_ignore_ascii_case("superadmin") => Some(Role::SuperAdmin),
        Some(r) => Some(parse_role(r)?),
        None => None,
    };
    let status = args
        .status
        .as_deref()
        .map(Status::parse)
        .transpose()
        .map_err(CliError::usage)?;
    let search = args
        .search
        .as_deref()
        .map(|s| s.replace('*', "").to_lowercase());

    let scope: Vec<crate::access::WorkspaceRef> = if args.all_workspaces {
        manageable(ctx)
            .await?
            .into_iter()
            .map(|w| crate::access::WorkspaceRef {
                id: w.id,
                name: w.name,
            })
            .collect()
    } else {
        vec![target(ctx).await?]
    };

    let client = ctx.client().await?;
    let mut rows = Vec::new();
    for ws in &scope {
        for u in users::list(&client.in_workspace(ws.id), &[]).await? {
            // emnify's list may leave roles out; the user's Workspace list has them.
            let roles = if u.roles.is_empty() {
                let theirs = user_workspaces(ctx, u.id).await?;
                let here = theirs.iter().find(|w| w.id == ws.id);
                here.map(|w| {
                    roles_of(w)
                        .iter()
                        .map(|r| r.display_name().to_string())
                        .collect()
                })
                .unwrap_or_default()
            } else {
                role_names(&u)
            };
            let row = UserRow {
                workspace_id: ws.id,
                workspace: ws.name.clone(),
                id: u.id,
                name: u.name.clone().unwrap_or_default(),
                roles,
                status: status_name(&u),
                email: u.username.clone(),
            };
            let keep = role.is_none_or(|r| row.roles.iter().any(|n| n == r.display_name()))
                && status.is_none_or(|s| row.status == s.as_str())
                && search.as_deref().is_none_or(|s| {
                    row.name.to_lowercase().contains(s) || row.email.to_lowercase().contains(s)
                });
            if keep {
                rows.push(row);
            }
        }
    }
    print(ctx, &rows, args.all_workspaces)
}
