//! `emnify sso …`: single sign-on of a Workspace, and how a user logs in.
//!
//! emnify's public API has no SSO endpoints; against the emulator these commands use its
//! `/emulator/v1/workspace/{id}/sso` extension, against emnify's cloud they say what cannot be
//! read or changed there and point to the Portal.

mod check;
mod disable;
mod enable;
pub mod shared;
mod status;
mod verify;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum SsoCommand {
    /// Show a Workspace's SSO provider and state, and who must log in with SSO
    Status(status::StatusArgs),
    /// Set up an SSO provider for your default Workspace (Administrator only)
    Enable(enable::EnableArgs),
    /// Verify the provider of your default Workspace, which makes SSO active
    Verify(verify::VerifyArgs),
    /// Remove SSO from your default Workspace (users log in with a password again)
    Disable(disable::DisableArgs),
    /// Explain how a user logs in (SSO or password) and why
    Check(check::CheckArgs),
}

pub async fn run(ctx: &Context, cmd: SsoCommand) -> CliResult {
    match cmd {
        SsoCommand::Status(a) => status::run(ctx, a).await,
        SsoCommand::Enable(a) => enable::run(ctx, a).await,
        SsoCommand::Verify(a) => verify::run(ctx, a).await,
        SsoCommand::Disable(a) => disable::run(ctx, a).await,
        SsoCommand::Check(a) => check::run(ctx, a).await,
    }
}
