//! `emnify user role set|unset`: one user's roles in one Workspace.

mod set;
mod unset;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Make ROLE a user's role in the current Workspace (or `--workspace W`)
    Set(set::SetArgs),
    /// Withdraw one of a user's roles in the current Workspace (or `--workspace W`)
    Unset(unset::UnsetArgs),
}

pub async fn run(ctx: &Context, cmd: RoleCommand) -> CliResult {
    match cmd {
        RoleCommand::Set(a) => set::run(ctx, a).await,
        RoleCommand::Unset(a) => unset::run(ctx, a).await,
    }
}
