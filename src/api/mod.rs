//! The typed emnify API client.
//!
//! `http` is the transport (timeouts, User-Agent, retries with backoff and jitter); `auth` the
//! login flows; `client` the authenticated session with its per-Workspace token cache, renewal on
//! 401 and pagination; one module per API area (`workspaces`, `me`, …) on top. `models` are the
//! client's own serde types. Errors are [`ApiError`], which converts into `CliError` with hints.

pub mod auth;
pub mod client;
pub mod error;
pub mod ext;
pub mod http;
pub mod me;
pub mod models;
pub mod pace;
pub mod users;
pub mod workspaces;

pub use client::{Client, Login};
pub use error::ApiError;
