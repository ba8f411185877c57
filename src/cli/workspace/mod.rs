//! `emnify workspace …`: the caller's Workspaces.

mod current;
mod list;
mod request;
mod set_default;
pub mod shared;
mod show;
mod stats;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum WorkspaceCommand {
    /// List every Workspace you can switch to, with your roles and status there
    #[command(alias = "ls")]
    List(list::ListArgs),
    /// Show one Workspace (default: the current one)
    Show(show::ShowArgs),
    /// Show the Workspace commands run in, and why
    Current(current::CurrentArgs),
    /// Make a Workspace your default (the one you log in to)
    SetDefault(set_default::SetDefaultArgs),
    /// Show daily data and SMS usage of Workspaces
    Stats(stats::StatsArgs),
    /// Ask emnify for a new Workspace
    Request(request::RequestArgs),
}

pub async fn run(ctx: &Context, cmd: WorkspaceCommand) -> CliResult {
    match cmd {
        WorkspaceCommand::List(a) => list::run(ctx, a).await,
        WorkspaceCommand::Show(a) => show::run(ctx, a).await,
        WorkspaceCommand::Current(a) => current::run(ctx, a).await,
        WorkspaceCommand::SetDefault(a) => set_default::run(ctx, a).await,
        WorkspaceCommand::Stats(a) => stats::run(ctx, a).await,
        WorkspaceCommand::Request(a) => request::run(ctx, a).await,
    }
}
