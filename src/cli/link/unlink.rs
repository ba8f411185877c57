use clap::Args;
use serde::Serialize;

use super::shared::has_extensions;
use crate::api::ext;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::Tabular;

/// Show who would lose or gain what if the Workspaces were unlinked
///
/// Only emnify unlinks Workspaces (on request); this command shows the effect. Unlinking removes
/// the SuperAdmin role: the former SuperAdmin becomes Administrator of the Workspaces they had
/// access to before the link and loses access to the others. Nothing changes for other users.
#[derive(Debug, Args)]
pub struct UnlinkArgs {
    /// Show the effect without changing anything (required: only emnify can unlink)
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Serialize)]
struct Effect {
    workspace_id: i64,
    workspace: String,
    user_id: i64,
    username: String,
    before: String,
    /// `Administrator`, `no access`, or `unknown` when the API does not say.
    after: String,
    reason: String,
}

impl Tabular for Effect {
    fn headers() -> Vec<&'static str> {
        vec![
            "workspace_id",
            "workspace",
            "user",
            "before",
            "after",
            "reason",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.workspace_id.to_string(),
            self.workspace.clone(),
            self.username.clone(),
            self.before.clone(),
            self.after.clone(),
            self.reason.clone(),
        ]
    }
}

/// The SuperAdmin's fate in one linked Workspace (DESIGN.md rule 6).
fn effect_in(w: &ext::LinkedWorkspace) -> (&'static str, String) {
    match (w.main, w.superadmin_member) {
        (true, _) | (false, Some(true)) => (
            "Administrator",
            "had access before the link, keeps it as Administrator".into(),
        ),
        (false, Some(false)) => ("no access", "access came only with the link".into()),
        (false, None) => (
            "unknown",
            "whether the SuperAdmin had access before the link is not available".into(),
        ),
    }
}

pub async fn run(ctx: &Context, args: UnlinkArgs) -> CliResult {
    if !args.dry_run {
        return Err(
            CliError::usage("only emnify can unlink Workspaces, on request")
                .with_hint("see what it would change with `emnify link unlink --dry-run`"),
        );
    }
    if !has_extensions(ctx).await? {
        return Err(CliError::new(
            ErrorKind::Unavailable,
            "links are not available from emnify's public API, so the effect of unlinking cannot be computed",
        ));
    }
    let (client, ws) = ctx.workspace_client().await?;
    let Some(info) = ext::link(&client).await? else {
        return Err(CliError::new(
            ErrorKind::Conflict,
            format!("{} is not linked", ws.name),
        ));
    };
    let Some(sa) = &info.superadmin else {
        ctx.ui
            .status("the link group has no SuperAdmin: unlinking would change nobody's access");
        return ctx.ui.list::<Effect>(&[]);
    };
    let username = sa.username.clone().unwrap_or_else(|| sa.id.to_string());
    let effects: Vec<Effect> = info
        .workspaces
        .iter()
        .map(|w| {
            let (after, reason) = effect_in(w);
            Effect {
                workspace_id: w.id,
                workspace: w.name.clone().unwrap_or_default(),
                user_id: sa.id,
                username: username.clone(),
                before: "SuperAdmin".into(),
                after: after.into(),
                reason,
            }
        })
        .collect();
    ctx.ui.status(format!(
        "dry run: unlinking the {} Workspaces of {} removes the SuperAdmin role of {username}; \
         nothing changes for other users",
        info.workspaces.len(),
        info.main_organisation
            .name
            .as_deref()
            .unwrap_or("the main organisation"),
    ));
    ctx.ui.list(&effects)
}
