use clap::Args;
use serde::Serialize;

use crate::api::ext;
use crate::api::models::{Role, UserWorkspace};
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{Format, Tabular};

/// Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each
///
/// Shows the link group of `--workspace`, else of the current Workspace.
#[derive(Debug, Args)]
pub struct ShowArgs {}

#[derive(Debug, Serialize)]
struct Group {
    /// `null` when emnify's public API cannot tell.
    linked: Option<bool>,
    main_organisation: Option<ext::Named>,
    superadmin: Option<ext::LinkSuperadmin>,
    workspace_limit: Option<i64>,
    workspaces_used: Option<i64>,
    workspaces: Vec<Member>,
}

#[derive(Debug, Serialize)]
struct Member {
    id: i64,
    name: String,
    main: Option<bool>,
    linked_at: Option<String>,
    /// Your roles there; empty when you have no access.
    your_roles: Vec<String>,
    /// How you get in: `superadmin` (automatic in every linked Workspace), `role` or `none`.
    access: String,
}

impl Tabular for Member {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "main", "linked_at", "your_roles", "access"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.main
                .map(crate::output::yes_no)
                .unwrap_or_else(|| "unknown".into()),
            self.linked_at.clone().unwrap_or_default(),
            self.your_roles.join(", "),
            self.access.clone(),
        ]
    }
}

/// The group's header lines for the table form.
#[derive(Debug, Serialize)]
struct Head<'a>(&'a Group);

impl Tabular for Head<'_> {
    fn headers() -> Vec<&'static str> {
        vec!["main organisation", "superadmin", "workspaces"]
    }
    fn row(&self) -> Vec<String> {
        let g = self.0;
        let unknown = || "unknown".to_string();
        vec![
            g.main_organisation
                .as_ref()
                .map(|m| format!("{} ({})", m.name.clone().unwrap_or_default(), m.id))
                .unwrap_or_else(unknown),
            g.superadmin
                .as_ref()
                .map(|s| s.username.clone().unwrap_or_else(|| s.id.to_string()))
                .unwrap_or_else(unknown),
            match (g.workspaces_used, g.workspace_limit) {
                (Some(u), Some(l)) => format!("{u} of {l} used"),
                _ => unknown(),
            },
        ]
    }
}

fn access_of(mine: &[UserWorkspace], id: i64) -> (Vec<String>, String) {
    match mine.iter().find(|w| w.id == id) {
        None => (Vec::new(), "none".into()),
        Some(w) => {
            let roles = w.roles.iter().map(Role::display_name).collect();
            let kind = if w.roles.iter().any(|r| r.id == Role::SUPERADMIN) {
                "superadmin"
            } else {
                "role"
            };
            (roles, kind.into())
        }
    }
}

pub async fn run(ctx: &Context, _args: ShowArgs) -> CliResult {
    let (client, ws) = ctx.workspace_client().await?;
    let mine = ctx.my_workspaces().await?;
    let group = if ext::available(&client).await? {
        match ext::link(&client).await? {
            Some(info) => Group {
                linked: Some(true),
                workspaces: info
                    .workspaces
                    .iter()
                    .map(|w| {
                        let (your_roles, access) = access_of(&mine, w.id);
                        Member {
                            id: w.id,
                            name: w.name.clone().unwrap_or_default(),
                            main: Some(w.main),
                            linked_at: w.linked_at.clone(),
                            your_roles,
                            access,
                        }
                    })
                    .collect(),
                main_organisation: Some(info.main_organisation),
                superadmin: info.superadmin,
                workspace_limit: info.workspace_limit,
                workspaces_used: info.workspaces_used,
            },
            None => {
                ctx.ui
                    .status(format!("{} is not linked to other Workspaces", ws.name));
                let (your_roles, access) = access_of(&mine, ws.id);
                Group {
                    linked: Some(false),
                    main_organisation: None,
                    superadmin: None,
                    workspace_limit: None,
                    workspaces_used: None,
                    workspaces: vec![Member {
                        id: ws.id,
                        name: ws.name.clone(),
                        main: None,
                        linked_at: None,
                        your_roles,
                        access,
                    }],
                }
            }
        }
    } else {
        ctx.ui.warn(
            "links, the main organisation, the SuperAdmin and the Workspace limit are not available \
             from emnify's public API; showing your Workspaces and roles only",
        );
        Group {
            linked: None,
            main_organisation: None,
            superadmin: None,
            workspace_limit: None,
            workspaces_used: None,
            workspaces: mine
                .iter()
                .map(|w| {
                    let (your_roles, access) = access_of(&mine, w.id);
                    Member {
                        id: w.id,
                        name: w.name.clone(),
                        main: None,
                        linked_at: None,
                        your_roles,
                        access,
                    }
                })
                .collect(),
        }
    };
    match ctx.ui.format {
        Format::Json => ctx.ui.json(&group),
        Format::Csv => ctx.ui.list(&group.workspaces),
        _ => {
            ctx.ui.record(&Head(&group))?;
            crate::output::write_stdout(b"\n")?;
            ctx.ui.list(&group.workspaces)
        }
    }
}
