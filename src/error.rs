//! One error type for commands, with a kind that decides the exit code, a cause chain and hints.
//!
//! Library layers (`api`, `profile`, `emulator`) keep their own `thiserror` enums; commands convert
//! them into [`CliError`], and `main` prints it once as `error:` / `Caused by:` / `hint:` lines.

use std::fmt;

/// What went wrong, as far as a script needs to know. Each kind has one documented exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// Unexpected failure: a bug, or an I/O error with no better kind.
    Internal,
    /// Bad flags, arguments or input files; a prompt that cannot be shown.
    Usage,
    /// Not logged in, bad credentials, expired session, account locked.
    Auth,
    /// Logged in, but the role in that Workspace does not allow it.
    Permission,
    /// The user, Workspace, profile or token does not exist.
    NotFound,
    /// The server (or one of emnify's rules) refused a change that conflicts with current state.
    Conflict,
    /// Still rate limited after the retries.
    RateLimited,
    /// Some of a batch succeeded and some failed; the report says which.
    PartialFailure,
    /// The API could not be reached, or kept failing with 5xx.
    Unavailable,
    /// A check asked for with `--fail-on` found what it was told to fail on.
    CheckFailed,
    /// Stopped by Ctrl-C.
    Interrupted,
    /// stdout was closed by the reader (`| head`): not a failure, nothing is printed.
    BrokenPipe,
}

impl ErrorKind {
    /// The documented exit code of this kind (README "Exit codes").
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Auth => 3,
            ErrorKind::Permission => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::Conflict => 6,
            ErrorKind::RateLimited => 7,
            ErrorKind::PartialFailure => 8,
            ErrorKind::Unavailable => 9,
            ErrorKind::CheckFailed => 10,
            ErrorKind::Interrupted => 130,
            ErrorKind::BrokenPipe => 0,
        }
    }

    /// Every kind with its code and a one-line meaning, for the README and `--help`.
    pub const TABLE: &'static [(u8, &'static str)] = &[
        (0, "success"),
        (1, "unexpected error (a bug or an I/O failure)"),
        (
            2,
            "usage: bad flags, arguments, input or profile file; a prompt needed under --no-input; a confirmation declined (nothing changed)",
        ),
        (
            3,
            "authentication: not logged in, bad credentials, session expired, account locked",
        ),
        (
            4,
            "permission: your role in that Workspace does not allow it",
        ),
        (5, "not found: user, Workspace, profile or token"),
        (
            6,
            "conflict: refused by one of emnify's rules or by current state",
        ),
        (7, "rate limited by the API, still after retries"),
        (
            8,
            "partial failure: some changes were applied, some were not (see the report)",
        ),
        (9, "API unreachable or failing (network, timeout, 5xx)"),
        (10, "check failed: `--fail-on` matched findings or drift"),
        (130, "interrupted"),
    ];
}

/// The error every command returns.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub causes: Vec<String>,
    pub hints: Vec<String>,
}

pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            causes: Vec::new(),
            hints: Vec::new(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
    pub fn with_cause(mut self, cause: impl fmt::Display) -> Self {
        self.causes.push(cause.to_string());
        self
    }
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
    /// stdout was closed by its reader; `run` ends quietly with success.
    pub fn broken_pipe() -> Self {
        Self::new(ErrorKind::BrokenPipe, "broken pipe")
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn permission(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Permission, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::internal("an I/O operation failed").with_cause(e)
    }
}
