//! emnify: administer emnify multiple Workspaces from the command line.
//!
//! The binary is a thin shell around [`run`]; everything lives in the library so tests can drive
//! it in-process. See `docs/architecture.md` for how the modules fit together.

pub mod access;
pub mod api;
pub mod audit;
pub mod cli;
pub mod emulator;
pub mod env_vars;
pub mod error;
pub mod output;
pub mod profile;
