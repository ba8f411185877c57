//! The embedded emulator behind `--emulator` and profiles whose `api_url` is `embedded`: started
//! in-process on `127.0.0.1:0` with the persistent database in the data directory.

use std::path::PathBuf;

use crate::emulator::{self, EmulatorConfig, RunningEmulator};
use crate::env_vars::{self, Env};
use crate::error::{CliError, CliResult};

/// A running in-process emulator.
pub struct Embedded {
    running: RunningEmulator,
}

/// `$EMNIFY_DATA_DIR/emulator.db` from this run's environment, else the emulator's default.
pub fn db_path(env: &Env) -> PathBuf {
    match env.get(env_vars::EMNIFY_DATA_DIR) {
        Some(dir) => PathBuf::from(dir).join("emulator.db"),
        None => emulator::default_db_path(),
    }
}

impl Embedded {
    pub async fn start(env: &Env) -> CliResult<Embedded> {
        let path = db_path(env);
        let cfg = EmulatorConfig {
            db_path: Some(path.clone()),
            port: 0,
            ..EmulatorConfig::default()
        };
        let running = emulator::start(cfg).await.map_err(|e| {
            let mut err = CliError::internal("cannot start the embedded emulator").with_cause(&e);
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                err = err.with_cause(s);
                source = s.source();
            }
            err.with_hint(format!(
                "its database is {}; `emnify emulator reset` recreates it (set {} to use another directory)",
                path.display(),
                env_vars::EMNIFY_DATA_DIR
            ))
        })?;
        tracing::info!(url = %running.base_url(), db = %path.display(), "embedded emulator started");
        Ok(Embedded { running })
    }

    pub fn base_url(&self) -> String {
        self.running.base_url()
    }

    pub async fn shutdown(self) {
        self.running.shutdown().await;
    }
}
