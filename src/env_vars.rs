//! Every environment variable the program reads, in one place.
//!
//! Precedence everywhere is: command-line flag > environment variable > profile > default.

/// Name of the profile to use instead of the file's active profile.
pub const EMNIFY_PROFILE: &str = "EMNIFY_PROFILE";
/// Base URL of the API (default `https://cdn.emnify.net`); `embedded` means the built-in emulator.
pub const EMNIFY_API_URL: &str = "EMNIFY_API_URL";
/// Application token for non-interactive use; overrides stored credentials of the profile.
pub const EMNIFY_APPLICATION_TOKEN: &str = "EMNIFY_APPLICATION_TOKEN";
/// Username (email) for user-credential login from the environment; needs `EMNIFY_PASSWORD`.
pub const EMNIFY_USERNAME: &str = "EMNIFY_USERNAME";
/// Clear-text password that goes with `EMNIFY_USERNAME` (hashed with SHA-1 before sending).
pub const EMNIFY_PASSWORD: &str = "EMNIFY_PASSWORD";
/// One-time MFA code for `auth login` when no prompt can be shown (it expires in minutes).
pub const EMNIFY_MFA_CODE: &str = "EMNIFY_MFA_CODE";
/// Workspace (id or name) for this shell only; the profile's active Workspace is not changed.
pub const EMNIFY_WORKSPACE: &str = "EMNIFY_WORKSPACE";
/// Output format: `table`, `json` or `csv`.
pub const EMNIFY_OUTPUT: &str = "EMNIFY_OUTPUT";
/// Directory of the profile file and the fallback credentials file.
pub const EMNIFY_CONFIG_DIR: &str = "EMNIFY_CONFIG_DIR";
/// Directory holding the emulator's database (`emulator.db`), instead of the user data directory.
pub const EMNIFY_DATA_DIR: &str = "EMNIFY_DATA_DIR";
/// Where credentials are stored: `auto` (keyring, else a 0600 file with a warning), `keyring`
/// (fail closed when no keyring is available) or `file`.
pub const EMNIFY_CREDENTIAL_STORE: &str = "EMNIFY_CREDENTIAL_STORE";
/// Seconds to wait for the OS keyring before giving up on it (default 2).
pub const EMNIFY_KEYRING_TIMEOUT: &str = "EMNIFY_KEYRING_TIMEOUT";
/// Log filter for `-v` style diagnostics on stderr (tracing `EnvFilter` syntax).
pub const EMNIFY_LOG: &str = "EMNIFY_LOG";
/// Client secret for `sso enable` when neither a prompt nor `--secret-stdin` is used.
pub const EMNIFY_SSO_CLIENT_SECRET: &str = "EMNIFY_SSO_CLIENT_SECRET";
/// Set by the dynamic completion script (`emnify completion SHELL --dynamic`) to the shell's
/// name when it asks the binary for candidates; not for users to set.
pub const EMNIFY_COMPLETE: &str = "EMNIFY_COMPLETE";
/// Any non-empty value disables colour (<https://no-color.org>).
pub const NO_COLOR: &str = "NO_COLOR";
/// Set by CI systems; when present the CLI never prompts.
pub const CI: &str = "CI";
/// Terminal width override used for tables on a TTY.
pub const COLUMNS: &str = "COLUMNS";

use std::collections::BTreeMap;

/// A snapshot of the environment, taken once, so that settings resolution is a pure function of
/// flags and this map (and tests can pass their own).
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
}

impl Env {
    /// Capture the process environment. Variables that are not valid UTF-8 are ignored.
    pub fn from_process() -> Self {
        let vars = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        Env { vars }
    }

    /// Build from explicit pairs (tests).
    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// The value of `name` when set and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// True when `name` is set to anything (even empty), as `CI` conventionally is.
    pub fn is_set(&self, name: &str) -> bool {
        self.vars.contains_key(name)
    }
}
