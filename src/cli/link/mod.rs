//! `emnify link …`: the linked Workspaces of a main organisation, link requests and what an
//! unlink would change.
//!
//! Links are not part of emnify's public API: against the emulator these commands use its
//! `/emulator/v1/link` extension; against emnify's cloud they report what they can (your
//! Workspaces and roles) and say what they cannot.

mod request;
pub mod shared;
mod show;
mod unlink;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum LinkCommand {
    /// Show the main organisation, the SuperAdmin, the linked Workspaces and your access to each
    Show(show::ShowArgs),
    /// Ask emnify to link Workspaces to this one's main organisation
    Request(request::RequestArgs),
    /// Show who would lose or gain what if the Workspaces were unlinked (`--dry-run` only)
    Unlink(unlink::UnlinkArgs),
}

pub async fn run(ctx: &Context, cmd: LinkCommand) -> CliResult {
    match cmd {
        LinkCommand::Show(a) => show::run(ctx, a).await,
        LinkCommand::Request(a) => request::run(ctx, a).await,
        LinkCommand::Unlink(a) => unlink::run(ctx, a).await,
    }
}
