//! emnify: administer emnify multiple Workspaces from the command line.
//!
//! The binary is a thin shell around [`run`]; everything lives in the library so tests can drive
//! it in-process. See `docs/architecture.md` for how the modules fit together.

pub mod access;
pub mod api;
pub mod audit;
pub mod cli;
pub mod context;
pub mod emulator;
pub mod env_vars;
pub mod error;
pub mod output;
pub mod profile;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

use crate::env_vars::Env;
use crate::error::{CliError, ErrorKind};

/// Parse `argv`, run the command, print any error once, and return the documented exit code.
pub async fn run(argv: Vec<OsString>, env: Env) -> ExitCode {
    let cli = match cli::Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout and errors to stderr itself.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                ErrorKind::Usage.exit_code()
            } else {
                0
            });
        }
    };
    init_logging(cli.global.verbose, &env);
    let mut command = cli.command;
    if let Err(e) = cli::take_extra_workspaces(&cli.global, &mut command) {
        return report(&e, false);
    }
    let flags = cli.global.flags();
    let ctx = match context::Context::new(&flags, env, command.needs_profiles()) {
        Ok(ctx) => ctx,
        Err(e) => return report(&e, false),
    };
    let color = ctx.ui.color && ctx.ui.stderr_tty;
    if cli.global.show_settings {
        let code = match ctx.ui.json(&ctx.settings) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => report(&e, color),
        };
        ctx.shutdown().await;
        return code;
    }
    // `auth login` takes EMNIFY_USERNAME itself; every other command logs in with the variables.
    let logs_in = matches!(
        command,
        cli::Command::Auth(cli::auth::AuthCommand::Login(_))
    );
    let result = if command.handles_interrupt() {
        cli::dispatch(&ctx, command).await
    } else {
        tokio::select! {
            r = cli::dispatch(&ctx, command) => r,
            _ = tokio::signal::ctrl_c() => Err(CliError::new(ErrorKind::Interrupted, "interrupted")),
        }
    };
    let result = if logs_in {
        result
    } else {
        result.map_err(|e| ctx.explain_env_credentials(e))
    };
    // Commands suggested by the error's hints, as this run would need them typed.
    let result = result.map_err(|mut e| {
        e.hints = e.hints.iter().map(|h| ctx.ui.suggesting(h)).collect();
        e
    });
    // Renewed or newly switched tokens are kept for the next run, whatever the outcome.
    if let Err(e) = ctx.persist_session().await {
        tracing::debug!(error = %e.message, "session not cached");
    }
    ctx.shutdown().await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, color),
    }
}

/// Print `error: …`, `Caused by: …` and `hint: …` on stderr and return the exit code.
fn report(e: &CliError, color: bool) -> ExitCode {
    if e.kind == ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    let label = if color {
        console::style("error:").red().bold().to_string()
    } else {
        "error:".into()
    };
    // Messages may quote names the server sent: never let them drive the terminal.
    let clean = |s: &str| output::sanitize_message(s).into_owned();
    eprintln!("{label} {}", clean(&e.message));
    for c in &e.causes {
        eprintln!("  Caused by: {}", clean(&c.to_string()));
    }
    for h in &e.hints {
        eprintln!("hint: {}", clean(h));
    }
    ExitCode::from(e.exit_code())
}

/// `-v` logs requests (info), `-vv` adds debug; `EMNIFY_LOG` overrides. Logs go to stderr and
/// carry no secrets: the API layer never logs headers or bodies.
fn init_logging(verbose: u8, env: &Env) {
    let default = match verbose {
        0 => "warn,emnify::emulator=warn",
        1 => "emnify=info,warn",
        _ => "emnify=debug,info",
    };
    let filter = env
        .get(env_vars::EMNIFY_LOG)
        .and_then(|f| tracing_subscriber::EnvFilter::try_new(f).ok())
        .unwrap_or_else(|| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(
            std::io::IsTerminal::is_terminal(&std::io::stderr())
                && env.get(env_vars::NO_COLOR).is_none(),
        )
        .with_target(false)
        .without_time()
        .try_init();
}
