//! `emnify user …`: the users of the Workspaces you manage, one at a time or from a file.

mod activate;
mod add;
mod apply;
mod export;
mod invite;
mod list;
mod remove;
mod role;
mod set_default;
pub mod shared;
mod show;
mod suspend;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List the users of a Workspace (or of all you manage) with roles and status
    #[command(alias = "ls")]
    List(list::ListArgs),
    /// Show one user: profile, default Workspace, role and status per Workspace
    Show(show::ShowArgs),
    /// Invite someone to a Workspace; an existing user is added instead
    Invite(invite::InviteArgs),
    /// Give an existing user access to a Workspace
    Add(add::AddArgs),
    /// Remove a user's access to a Workspace
    #[command(alias = "rm")]
    Remove(remove::RemoveArgs),
    /// Suspend a user in a Workspace
    Suspend(suspend::SuspendArgs),
    /// Lift a user's suspension in a Workspace
    Activate(activate::ActivateArgs),
    /// Set or withdraw a user's role in a Workspace
    #[command(subcommand)]
    Role(role::RoleCommand),
    /// Change a user's default Workspace
    SetDefault(set_default::SetDefaultArgs),
    /// Make Workspaces match an access file (plan, confirm, apply)
    Apply(apply::ApplyArgs),
    /// Write the current users as an access file
    Export(export::ExportArgs),
}

pub async fn run(ctx: &Context, cmd: UserCommand) -> CliResult {
    match cmd {
        UserCommand::List(a) => list::run(ctx, a).await,
        UserCommand::Show(a) => show::run(ctx, a).await,
        UserCommand::Invite(a) => invite::run(ctx, a).await,
        UserCommand::Add(a) => add::run(ctx, a).await,
        UserCommand::Remove(a) => remove::run(ctx, a).await,
        UserCommand::Suspend(a) => suspend::run(ctx, a).await,
        UserCommand::Activate(a) => activate::run(ctx, a).await,
        UserCommand::Role(c) => role::run(ctx, c).await,
        UserCommand::SetDefault(a) => set_default::run(ctx, a).await,
        UserCommand::Apply(a) => apply::run(ctx, a).await,
        UserCommand::Export(a) => export::run(ctx, a).await,
    }
}
