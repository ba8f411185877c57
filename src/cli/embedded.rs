//! The embedded emulator behind `--emulator` and profiles whose `api_url` is `embedded`.

use crate::env_vars::Env;
use crate::error::{CliError, CliResult};

/// A running in-process emulator.
pub struct Embedded {
    base_url: String,
}

impl Embedded {
    pub async fn start(_env: &Env) -> CliResult<Embedded> {
        Err(CliError::internal(
            "the embedded emulator is not part of this build yet",
        ))
    }

    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    pub async fn shutdown(self) {}
}
