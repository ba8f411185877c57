//! `emnify auth …`: the session.

mod login;
mod logout;
mod status;
mod token;

use clap::Subcommand;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Log in with user credentials (prompted, or --password-stdin) or an application token
    Login(login::LoginArgs),
    /// Forget the stored credentials of the profile
    Logout(logout::LogoutArgs),
    /// Show who you are, where the credentials come from and whether they work
    Status(status::StatusArgs),
    /// Print a valid auth token for the current Workspace (for scripts; handle with care)
    Token(token::TokenArgs),
}

pub async fn run(ctx: &Context, cmd: AuthCommand) -> CliResult {
    match cmd {
        AuthCommand::Login(a) => login::run(ctx, a).await,
        AuthCommand::Logout(a) => logout::run(ctx, a).await,
        AuthCommand::Status(a) => status::run(ctx, a).await,
        AuthCommand::Token(a) => token::run(ctx, a).await,
    }
}
