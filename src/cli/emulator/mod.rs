//! `emnify emulator serve|reset`: run the embedded emnify-compatible server standalone, or
//! restore its demo data.

use std::io::Write;
use std::path::PathBuf;

use crate::emulator::{self, EmulatorConfig};
use crate::error::{CliError, CliResult, ErrorKind};

/// Run or reset the embedded emnify emulator
#[derive(Debug, clap::Subcommand)]
pub enum EmulatorCommand {
    /// Serve emnify's API on loopback until interrupted
    Serve {
        /// Port on 127.0.0.1 (0 picks a free one)
        #[arg(long, default_value_t = 8480)]
        port: u16,
        /// Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)
        #[arg(long, value_name = "PATH", conflicts_with = "in_memory")]
        db: Option<PathBuf>,
        /// Keep the state in memory only (lost on exit)
        #[arg(long)]
        in_memory: bool,
    },
    /// Restore the demo data (every change made in the emulator is lost)
    Reset {
        /// Database file (default: `emulator.db` in the user data directory or `$EMNIFY_DATA_DIR`)
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
}

/// How long `serve` waits for in-flight requests after Ctrl-C.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_millis(500);

fn to_cli(e: emulator::EmulatorError) -> CliError {
    let kind = match e {
        emulator::EmulatorError::Bind { .. } => ErrorKind::Usage,
        _ => ErrorKind::Internal,
    };
    let mut err = CliError::new(kind, e.to_string());
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        err = err.with_cause(s);
        source = s.source();
    }
    if kind == ErrorKind::Usage {
        err = err.with_hint("pick another port with `--port`, or `--port 0` for a free one");
    }
    err
}

/// Run an `emulator` subcommand; `quiet` (`--quiet`) silences its status lines.
pub async fn run(cmd: EmulatorCommand, quiet: bool) -> CliResult {
    match cmd {
        EmulatorCommand::Serve {
            port,
            db,
            in_memory,
        } => {
            let db_path = if in_memory {
                None
            } else {
                Some(db.unwrap_or_else(emulator::default_db_path))
            };
            let cfg = EmulatorConfig {
                db_path: db_path.clone(),
                port,
                ..EmulatorConfig::default()
            };
            // Install the Ctrl-C handler before the server answers anything: a signal that arrives
            // between start-up and the first poll of a lazily registered handler would kill the
            // process instead of stopping it cleanly.
            let interrupted = interrupt_signal()?;
            let running = emulator::start(cfg).await.map_err(to_cli)?;
            let where_ = db_path
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "in memory".into());
            eprintln!(
                "emnify emulator listening on {} (database: {where_}); Ctrl-C stops it",
                running.base_url()
            );
            let mut out = std::io::stdout();
            let _ = writeln!(out, "{}", running.base_url());
            let _ = out.flush();
            interrupted.await;
            // Ctrl-C is how a person stops a server: finish in-flight requests briefly, then go.
            if tokio::time::timeout(SHUTDOWN_GRACE, running.shutdown())
                .await
                .is_err()
            {
                tracing::debug!("emulator connections still open after the grace period");
            }
            eprintln!("emnify emulator stopped");
            Ok(())
        }
        EmulatorCommand::Reset { db } => {
            let path = db.unwrap_or_else(emulator::default_db_path);
            if let Some(moved) = emulator::reset(&path).map_err(to_cli)? {
                eprintln!(
                    "{} was not a readable database; moved it aside to {}",
                    path.display(),
                    moved.display()
                );
            }
            if !quiet {
                eprintln!(
                    "emulator database {} restored to the demo data",
                    path.display()
                );
            }
            Ok(())
        }
    }
}

/// A future that completes on Ctrl-C, with the handler registered when this returns.
#[cfg(unix)]
fn interrupt_signal() -> CliResult<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut sigint = signal(SignalKind::interrupt())
        .map_err(|e| CliError::internal("cannot listen for Ctrl-C").with_cause(e))?;
    Ok(async move {
        sigint.recv().await;
    })
}

/// A future that completes on Ctrl-C, with the handler registered when this returns.
#[cfg(not(unix))]
fn interrupt_signal() -> CliResult<impl std::future::Future<Output = ()>> {
    let mut ctrl_c = tokio::signal::windows::ctrl_c()
        .map_err(|e| CliError::internal("cannot listen for Ctrl-C").with_cause(e))?;
    Ok(async move {
        ctrl_c.recv().await;
    })
}
