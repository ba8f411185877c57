//! `emnify switch [WORKSPACE]`: change the profile's active Workspace.

use clap::Args;

use super::prompt;
use super::workspace::shared::{current_id, resolve};
use crate::api::models::MemberStatus;
use crate::context::{profile_error, Context};
use crate::env_vars;
use crate::error::{CliError, CliResult};
use crate::profile::WorkspaceRef;

#[derive(Debug, Args)]
pub struct SwitchArgs {
    /// Workspace id, name or unique name prefix; `-` for the previous one. Omitted on a terminal:
    /// pick from a list
    #[arg(value_name = "WORKSPACE")]
    pub target: Option<String>,
}

pub async fn run(ctx: &Context, args: SwitchArgs) -> CliResult {
    if let Some(w) = ctx
        .settings
        .workspace_override
        .as_ref()
        .filter(|w| w.source == crate::context::Source::Flag)
    {
        return Err(CliError::usage(format!(
            "`switch` changes the profile; `--workspace {}` only targets one command",
            w.value
        ))
        .with_hint("use `emnify switch WORKSPACE`"));
    }
    if let Some(var) = ctx.settings.env_credentials {
        return Err(CliError::usage(format!(
            "`switch` stores the Workspace in profile `{}`, but the credentials come from {var}",
            ctx.profile_name()
        ))
        .with_hint(format!(
            "with environment credentials, choose the Workspace with {} or `--workspace`",
            env_vars::EMNIFY_WORKSPACE
        )));
    }
    if ctx.client().await?.is_application_token().await {
        return Err(CliError::auth(
            "an application token is scoped to its own Workspace and cannot switch",
        )
        .with_hint("log in with user credentials (`emnify auth login`) to switch Workspaces"));
    }
    let profile = ctx.profile();
    let all = ctx.my_workspaces().await?;
    let (current, _) = current_id(ctx, &all).await?;
    let target = match args.target.as_deref() {
        Some("-") => {
            let prev = profile.previous_workspace.clone().ok_or_else(|| {
                CliError::usage(format!(
                    "no previous Workspace in profile `{}`",
                    ctx.profile_name()
                ))
                .with_hint("`switch -` goes back after a first `emnify switch WORKSPACE`")
            })?;
            resolve(&all, &prev.id.to_string()).map_err(|_| {
                CliError::not_found(format!(
                    "the previous Workspace `{}` ({}) is not among yours any more",
                    prev.name, prev.id
                ))
                .with_hint("list your Workspaces with `emnify workspace list`")
            })?
        }
        Some(sel) => resolve(&all, sel)?,
        None => {
            if !ctx.can_prompt() {
                return Err(ctx.no_prompt_error(
                    "a Workspace",
                    "the WORKSPACE argument (`emnify switch NAME`)",
                ));
            }
            let items: Vec<String> = all
                .iter()
                .map(|w| {
                    format!(
                        "{} ({}){}",
                        w.name,
                        w.id,
                        if w.id == current { "  [current]" } else { "" }
                    )
                })
                .collect();
            let start = all.iter().position(|w| w.id == current).unwrap_or(0);
            match prompt::pick("Switch to Workspace", items, start).await? {
                Some(i) => &all[i],
                None => return Err(CliError::usage("no Workspace picked")),
            }
        }
    };
    if target.status == MemberStatus::Suspended {
        return Err(CliError::permission(format!(
            "you are suspended in `{}` ({})",
            target.name, target.id
        ))
        .with_hint("an Administrator of that Workspace can reactivate you"));
    }
    // Switching for real (or reusing a cached token) proves the server lets us in.
    let client = ctx.client().await?;
    client.in_workspace(target.id).token().await?;

    let to = WorkspaceRef {
        id: target.id,
        name: target.name.clone(),
    };
    let name = ctx.profile_name().to_string();
    let api_url = ctx.settings.api_url.value.clone();
    let from = ctx
        .profiles
        .update(|file| {
            let p = file.profiles.entry(name.clone()).or_default();
            if p.api_url.is_none() {
                p.api_url = Some(api_url);
            }
            let from = p.workspace.clone().or_else(|| {
                all.iter().find(|w| w.id == current).map(|w| WorkspaceRef {
                    id: w.id,
                    name: w.name.clone(),
                })
            });
            if from.as_ref().map(|f| f.id) != Some(to.id) {
                p.previous_workspace = from.clone();
            }
            p.workspace = Some(to.clone());
            from
        })
        .map_err(profile_error)?;
    ctx.persist_session().await?;

    let changed = from.as_ref().map(|f| f.id) != Some(to.id);
    if changed {
        ctx.ui.status(format!(
            "Switched to `{}` ({}) (profile `{name}`)",
            to.name, to.id
        ));
    } else {
        ctx.ui.status(format!(
            "Already in `{}` ({}) (profile `{name}`)",
            to.name, to.id
        ));
    }
    if let Some(w) = &ctx.settings.workspace_override {
        ctx.ui.warn(format!(
            "{}={} is set in this shell and still decides where commands run here",
            env_vars::EMNIFY_WORKSPACE,
            w.value
        ));
    } else if changed {
        ctx.ui.hint(format!(
            "this changes the Workspace of every shell using profile `{name}`; for one shell only, `export {}={}`",
            env_vars::EMNIFY_WORKSPACE,
            to.id
        ));
    }
    Ok(())
}
