//! The clap tree: global flags, one module per noun, one file per verb.
//!
//! To add a noun: create `src/cli/<noun>/mod.rs` with a `Subcommand` enum and an
//! `async fn run(ctx: &Context, cmd) -> CliResult`, add a variant to [`Command`] and a line to
//! [`dispatch`].

pub mod audit;
pub mod auth;
pub mod completion;
pub mod embedded;
pub mod emulator;
pub mod link;
pub mod profile;
pub mod prompt;
pub mod sso;
pub mod switch;
pub mod user;
pub mod workspace;

use clap::{Args, Parser, Subcommand};

use crate::context::{Context, GlobalFlags};
use crate::error::{CliResult, ErrorKind};
use crate::output::{ColorChoice, Format};

/// Administer emnify multiple Workspaces: log in, switch, list Workspaces, users and roles
#[derive(Debug, Parser)]
#[command(name = "emnify", version, about, after_help = exit_codes_help(), propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use [env: EMNIFY_PROFILE]
    #[arg(long, short = 'p', global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Run this command in Workspace W (id or name) without changing the profile; `user invite`
    /// takes it more than once, `audit` a comma-separated list [env: EMNIFY_WORKSPACE]
    #[arg(long, short = 'w', global = true, value_name = "W", action = clap::ArgAction::Append)]
    pub workspace: Vec<String>,
    /// API base URL [env: EMNIFY_API_URL] [default: https://cdn.emnify.net]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    /// Output format [env: EMNIFY_OUTPUT] [default: table]
    #[arg(long, short = 'o', global = true, value_enum)]
    pub output: Option<Format>,
    /// When to colour output (NO_COLOR is honoured by `auto`)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Run against the embedded emulator, logged in as its demo SuperAdmin
    #[arg(long, global = true)]
    pub emulator: bool,
    /// Never prompt; fail with the flag to use instead (implied when CI is set)
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Answer yes to confirmations
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Silence status messages and hints on stderr (data and warnings still appear)
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Log requests on stderr (method, path, status, time; never secrets); repeat for more
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Print the resolved settings as JSON and exit
    #[arg(long, global = true, hide = true)]
    pub show_settings: bool,
}

impl GlobalArgs {
    pub fn flags(&self) -> GlobalFlags {
        GlobalFlags {
            profile: self.profile.clone(),
            workspace: self.workspace.first().cloned(),
            api_url: self.api_url.clone(),
            output: self.output,
            color: self.color,
            emulator: self.emulator,
            no_input: self.no_input,
            yes: self.yes,
            quiet: self.quiet,
            verbose: self.verbose,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in and out, show the session, print a token
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Change the active Workspace of the profile (`-` goes back)
    Switch(switch::SwitchArgs),
    /// List and inspect your Workspaces
    #[command(subcommand, alias = "ws")]
    Workspace(workspace::WorkspaceCommand),
    /// Manage the users of your Workspaces, one at a time or from an access file
    #[command(subcommand)]
    User(user::UserCommand),
    /// Manage named profiles
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Audit users, roles and login methods across every Workspace you can reach
    Audit(audit::AuditArgs),
    /// Show linked Workspaces, request links, preview an unlink
    #[command(subcommand)]
    Link(link::LinkCommand),
    /// Show and manage single sign-on, and check how a user logs in
    #[command(subcommand)]
    Sso(sso::SsoCommand),
    /// Run or reset the embedded emnify emulator
    #[command(subcommand)]
    Emulator(emulator::EmulatorCommand),
    /// Print a shell completion script, or write every script and man page to a directory
    Completion(completion::CompletionArgs),
}

impl Command {
    /// `emulator serve` runs until Ctrl-C and stops itself gracefully on it; for every other
    /// command Ctrl-C cancels the command (exit 130).
    pub fn handles_interrupt(&self) -> bool {
        matches!(
            self,
            Command::Emulator(emulator::EmulatorCommand::Serve { .. })
        )
    }

    /// `completion` is generated from the clap tree alone, so a broken profile file must not
    /// stop it (the dynamic completers read the profile file themselves and skip what they
    /// cannot parse).
    pub fn needs_profiles(&self) -> bool {
        !matches!(self, Command::Completion(_))
    }
}

/// `--workspace` given more than once: `user invite` takes the further Workspaces (the first is
/// the target of every command, as usual); any other command refuses with a usage error.
pub fn take_extra_workspaces(global: &GlobalArgs, command: &mut Command) -> CliResult {
    let extra = global.workspace.get(1..).unwrap_or_default();
    if extra.is_empty() {
        return Ok(());
    }
    if let Command::User(user::UserCommand::Invite(args)) = command {
        args.more_workspaces = extra.to_vec();
        return Ok(());
    }
    Err(crate::error::CliError::usage(format!(
        "`--workspace` was given {} times; this command acts in one Workspace",
        global.workspace.len()
    ))
    .with_hint("only `emnify user invite` takes several `--workspace`"))
}

/// Run one parsed command.
pub async fn dispatch(ctx: &Context, command: Command) -> CliResult {
    match command {
        Command::Auth(cmd) => auth::run(ctx, cmd).await,
        Command::Switch(args) => switch::run(ctx, args).await,
        Command::Workspace(cmd) => workspace::run(ctx, cmd).await,
        Command::User(cmd) => user::run(ctx, cmd).await,
        Command::Profile(cmd) => profile::run(ctx, cmd).await,
        Command::Audit(args) => audit::run(ctx, args).await,
        Command::Link(cmd) => link::run(ctx, cmd).await,
        Command::Sso(cmd) => sso::run(ctx, cmd).await,
        Command::Emulator(cmd) => emulator::run(cmd, ctx.ui.quiet).await,
        Command::Completion(args) => completion::run(ctx, args),
    }
}

/// The exit-code table, shown at the end of `--help` (same text as the README).
pub fn exit_codes_help() -> String {
    let mut s = String::from("Exit codes:\n");
    for (code, meaning) in ErrorKind::TABLE {
        s.push_str(&format!("  {code:>3}  {meaning}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Secrets are never command-line arguments (they would show in the process list and the
    /// shell history): any argument named like one must be a plain flag such as `--password-stdin`.
    #[test]
    fn no_argument_takes_a_secret_as_its_value() {
        fn walk(cmd: &clap::Command, path: &str, bad: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str().to_lowercase();
                let secretish = ["password", "token", "secret", "mfa_code", "code"]
                    .iter()
                    .any(|w| id.contains(w));
                if secretish && arg.get_action().takes_values() {
                    bad.push(format!("{path} --{id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), bad);
            }
        }
        let mut bad = Vec::new();
        walk(&Cli::command(), "emnify", &mut bad);
        assert!(bad.is_empty(), "arguments that take a secret: {bad:?}");
    }

    #[test]
    fn help_lists_every_exit_code() {
        let help = exit_codes_help();
        for (code, _) in ErrorKind::TABLE {
            assert!(help.contains(&format!(" {code} ")), "{code} missing");
        }
    }
}
