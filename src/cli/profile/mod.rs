//! `emnify profile …`: named profiles (several accounts or API URLs side by side).

mod delete;
mod list;
mod show;
mod use_;

use clap::Subcommand;
use serde::Serialize;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::Tabular;
use crate::profile::{Profile, ProfileFile};

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List profiles
    #[command(alias = "ls")]
    List(list::ListArgs),
    /// Make a profile the active one
    Use(use_::UseArgs),
    /// Show a profile (default: the one in use)
    Show(show::ShowArgs),
    /// Delete a profile and its stored credentials
    Delete(delete::DeleteArgs),
}

pub async fn run(ctx: &Context, cmd: ProfileCommand) -> CliResult {
    match cmd {
        ProfileCommand::List(a) => list::run(ctx, a).await,
        ProfileCommand::Use(a) => use_::run(ctx, a).await,
        ProfileCommand::Show(a) => show::run(ctx, a).await,
        ProfileCommand::Delete(a) => delete::run(ctx, a).await,
    }
}

/// A profile as listed: the JSON schema of `profile list` / `profile show`.
#[derive(Debug, Serialize)]
pub struct ProfileRow {
    pub name: String,
    pub active: bool,
    pub api_url: String,
    pub username: Option<String>,
    pub auth_method: Option<String>,
    pub workspace_id: Option<i64>,
    pub workspace_name: Option<String>,
}

impl ProfileRow {
    pub fn new(name: &str, p: &Profile, file: &ProfileFile) -> Self {
        ProfileRow {
            name: name.to_string(),
            active: file.active.as_deref() == Some(name),
            api_url: p.api_url().to_string(),
            username: p.username.clone(),
            auth_method: p.auth_method.map(|m| m.as_str().to_string()),
            workspace_id: p.workspace.as_ref().map(|w| w.id),
            workspace_name: p.workspace.as_ref().map(|w| w.name.clone()),
        }
    }
}

impl Tabular for ProfileRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "name",
            "active",
            "api_url",
            "username",
            "auth_method",
            "workspace_id",
            "workspace_name",
        ]
    }
    fn row(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.name.clone(),
            crate::output::yes_no(self.active),
            self.api_url.clone(),
            o(&self.username),
            o(&self.auth_method),
            self.workspace_id.map(|i| i.to_string()).unwrap_or_default(),
            o(&self.workspace_name),
        ]
    }
}

/// The profile called `name`, or a not-found error with a suggestion.
pub fn find<'a>(file: &'a ProfileFile, name: &str) -> CliResult<&'a Profile> {
    file.profiles.get(name).ok_or_else(|| {
        let mut err = CliError::not_found(format!("no profile `{name}`"));
        if let Some(best) = file
            .profiles
            .keys()
            .map(|k| (strsim::jaro_winkler(k, name), k))
            .filter(|(s, _)| *s >= 0.75)
            .max_by(|a, b| a.0.total_cmp(&b.0))
        {
            err = err.with_hint(format!("did you mean `{}`?", best.1));
        }
        err.with_hint("list profiles with `emnify profile list`; `emnify --profile NAME auth login` creates one")
    })
}
