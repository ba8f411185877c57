use clap::Args;
use serde::Serialize;

use crate::api::models::{MemberStatus, Role, User, UserWorkspace};
use crate::api::{ext, workspaces};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Tabular;

/// Explain how a user logs in (SSO or password) and why
///
/// The login method is decided by the user's default Workspace: SSO when SSO is active there,
/// else email and password, even into Workspaces that have SSO (those are listed as bypassed).
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The user's email or id
    pub user: String,
}

#[derive(Debug, Serialize)]
struct CheckOut {
    user_id: i64,
    username: String,
    default_workspace: Option<String>,
    /// `sso`, `password` or `unknown`.
    login_method: String,
    reason: String,
    /// Workspaces with SSO active that this user reaches with a password.
    sso_bypassed_in: Vec<String>,
}

impl Tabular for CheckOut {
    fn headers() -> Vec<&'static str> {
        vec![
            "user_id",
            "username",
            "default_workspace",
            "login_method",
            "reason",
            "sso_bypassed_in",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.user_id.to_string(),
            self.username.clone(),
            self.default_workspace
                .clone()
                .unwrap_or_else(|| "unknown".into()),
            self.login_method.clone(),
            self.reason.clone(),
            self.sso_bypassed_in.join(", "),
        ]
    }
}

fn is_admin(w: &UserWorkspace) -> bool {
    w.roles
        .iter()
        .any(|r| r.id == Role::ADMINISTRATOR || r.id == Role::SUPERADMIN)
}

/// Finds the user by id, or by email in the user lists of the Workspaces the caller administers.
async fn find_user(ctx: &Context, mine: &[UserWorkspace], sel: &str) -> CliResult<(i64, String)> {
    let client = ctx.client().await?;
    if let Ok(id) = sel.trim().parse::<i64>() {
        return Ok((id, sel.trim().to_string()));
    }
    for w in mine.iter().filter(|w| is_admin(w)) {
        let found: Vec<User> = client
            .in_workspace(w.id)
            .get("/api/v1/user", &[("q", format!("username:{}", sel.trim()))])
            .await?;
        if let Some(u) = found.into_iter().find(|u| {
            u.username
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(sel.trim()))
        }) {
            return Ok((u.id, u.username.unwrap_or_default()));
        }
    }
    Err(
        CliError::not_found(format!("no user `{sel}` in the Workspaces you administer"))
            .with_hint("list users with `emnify user list`"),
    )
}

pub async fn run(ctx: &Context, args: CheckArgs) -> CliResult {
    let mine = ctx.my_workspaces().await?;
    let (id, username) = find_user(ctx, &mine, &args.user).await?;
    let client = ctx.client().await?.clone();
    let theirs = workspaces::list_for_user(&client, id).await?;
    let has_ext = ext::available(&client).await?;
    let default = theirs.iter().find(|w| w.default_workspace == Some(true));
    let mut out = CheckOut {
        user_id: id,
        username,
        default_workspace: default.map(|d| d.name.clone()),
        login_method: "unknown".into(),
        reason: String::new(),
        sso_bypassed_in: Vec::new(),
    };
    match (default, has_ext) {
        (None, _) => {
            out.reason = "their default Workspace is not one you administer".into();
        }
        (Some(d), false) => {
            out.reason = format!(
                "SSO settings of their default Workspace {} are not available from emnify's public API",
                d.name
            );
        }
        (Some(d), true) => {
            let sso = ext::sso(&client.in_workspace(d.id), d.id).await?;
            if sso.active {
                out.login_method = "sso".into();
                out.reason = format!(
                    "their default Workspace {} has SSO active ({})",
                    d.name,
                    sso.provider.as_deref().unwrap_or("provider not named")
                );
            } else {
                out.login_method = "password".into();
                out.reason = format!("their default Workspace {} has no active SSO", d.name);
                for w in theirs
                    .iter()
                    .filter(|w| w.id != d.id && w.status == MemberStatus::Active)
                {
                    if ext::sso(&client.in_workspace(w.id), w.id).await?.active {
                        out.sso_bypassed_in.push(w.name.clone());
                    }
                }
            }
        }
    }
    if !has_ext {
        ctx.ui.warn(
            "SSO settings are not available from emnify's public API: the login method is unknown",
        );
    }
    ctx.ui.record(&out)
}
