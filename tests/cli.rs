//! End-to-end tests of the CLI core: the real binary against the in-process emulator.

mod common;

#[path = "cli/api.rs"]
mod api;
#[path = "cli/auth.rs"]
mod auth;
#[path = "cli/credentials.rs"]
mod credentials;
#[path = "cli/env.rs"]
mod env;
#[path = "cli/faults.rs"]
mod faults;
#[path = "cli/output.rs"]
mod output;
#[path = "cli/profile.rs"]
mod profile;
#[path = "cli/secrets.rs"]
mod secrets;
#[path = "cli/switch.rs"]
mod switch;
#[cfg(unix)]
#[path = "cli/tty.rs"]
mod tty;
#[path = "cli/workspace.rs"]
mod workspace;
