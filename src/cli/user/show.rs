use clap::Args;
use serde::Serialize;

use super::shared::{find_user, roles_of, status_of, user_workspaces};
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{yes_no, Format, Tabular};

/// Show one user: profile, default Workspace, and role and status in every Workspace you can see
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// User id or email
    pub user: String,
}

/// The JSON schema of `user show`.
#[derive(Debug, Serialize)]
pub struct UserDetail {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub created: Option<String>,
    /// The user's default Workspace, when you can see it.
    pub default_workspace: Option<WorkspaceAccess>,
    pub workspaces: Vec<WorkspaceAccess>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceAccess {
    pub id: i64,
    pub name: String,
    pub roles: Vec<String>,
    pub status: String,
    pub default: bool,
}

impl Tabular for WorkspaceAccess {
    fn headers() -> Vec<&'static str> {
        vec!["workspace_id", "workspace", "roles", "status", "default"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.roles.join(", "),
            self.status.clone(),
            yes_no(self.default),
        ]
    }
}

pub async fn run(ctx: &Context, args: ShowArgs) -> CliResult {
    let prefer = ctx.target_workspace().await.ok().map(|(w, _)| w.id);
    let (user, _) = find_user(ctx, &args.user, prefer).await?;
    let workspaces: Vec<WorkspaceAccess> = user_workspaces(ctx, user.id)
        .await?
        .iter()
        .map(|w| WorkspaceAccess {
            id: w.id,
            name: w.name.clone(),
            roles: roles_of(w)
                .iter()
                .map(|r| r.display_name().to_string())
                .collect(),
            status: status_of(w).as_str().to_string(),
            default: w.default_workspace == Some(true),
        })
        .collect();
    let detail = UserDetail {
        id: user.id,
        email: user.username.clone(),
        name: user.name.clone().unwrap_or_default(),
        created: user.created.clone(),
        default_workspace: workspaces.iter().find(|w| w.default).cloned(),
        workspaces,
    };
    match ctx.ui.format {
        Format::Json => ctx.ui.json(&detail),
        // CSV is one flat table: the user's Workspaces (the profile is in the JSON and table).
        Format::Csv | Format::Markdown => ctx.ui.list(&detail.workspaces),
        Format::Table => {
            let default = match &detail.default_workspace {
                Some(w) => format!("{} ({})", w.name, w.id),
                None => "(not visible to you)".to_string(),
            };
            let rows = vec![
                vec!["id".to_string(), detail.id.to_string()],
                vec!["email".to_string(), detail.email.clone()],
                vec!["name".to_string(), detail.name.clone()],
                vec![
                    "created".to_string(),
                    detail.created.clone().unwrap_or_default(),
                ],
                vec!["default workspace".to_string(), default],
            ];
            ctx.ui.table(vec!["field", "value"], rows)?;
            crate::output::write_stdout(b"\n")?;
            ctx.ui.list(&detail.workspaces)
        }
    }
}
