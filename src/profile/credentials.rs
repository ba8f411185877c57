//! Where secrets live: the OS keyring, or (when there is none) a 0600 file with a warning.
//!
//! Every keyring call runs on its own thread and is abandoned after a short timeout, because
//! Secret Service over D-Bus can hang for minutes on a headless machine. Keyring errors are mapped
//! to one plain sentence; the raw D-Bus text is never shown. With `EMNIFY_CREDENTIAL_STORE=keyring`
//! the store fails closed instead of falling back to the file.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{create_private_dir, write_atomic};
use crate::env_vars::{self, Env};

const KEYRING_SERVICE: &str = "emnify-cli";
const CREDENTIALS_FILE: &str = "credentials.json";
const CREDENTIALS_LOCK: &str = "credentials.lock";
const DEFAULT_KEYRING_TIMEOUT: Duration = Duration::from_secs(2);

/// A string that must never be printed. `Debug` and `Display` show a placeholder.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The secret itself, for the one place that needs it (a request body or header).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// What is kept for one profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredCredentials {
    /// For `auth_method = application_token`: the application token itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_token: Option<Secret>,
    /// For `auth_method = password`: the refresh token from the login (the password is not kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<Secret>,
    /// Cached auth tokens by Workspace id, so switching back and forth does not log in again.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tokens: BTreeMap<i64, Secret>,
}

/// Which store the user asked for (`EMNIFY_CREDENTIAL_STORE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreMode {
    Auto,
    Keyring,
    File,
}

impl StoreMode {
    pub fn from_env(env: &Env) -> Result<Self, CredentialError> {
        match env
            .get(env_vars::EMNIFY_CREDENTIAL_STORE)
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("auto") => Ok(StoreMode::Auto),
            Some("keyring") => Ok(StoreMode::Keyring),
            Some("file") => Ok(StoreMode::File),
            Some(other) => Err(CredentialError::BadMode(other.to_string())),
        }
    }
}

/// Where the credentials of a profile actually are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Keyring,
    File(PathBuf),
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Backend::Keyring => f.write_str("OS keyring"),
            Backend::File(p) => write!(f, "file {} (plain text, {})", p.display(), mode_text(p)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    #[error("`EMNIFY_CREDENTIAL_STORE` must be `auto`, `keyring` or `file`, not `{0}`")]
    BadMode(String),
    #[error("no OS keyring is available: {0}")]
    KeyringUnavailable(String),
    #[error("the OS keyring refused the operation: {0}")]
    Keyring(String),
    #[error("cannot read or write the credentials file {path}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the credentials file {path} is damaged")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
}

/// The outcome of saving: where it went, and a warning to show once.
#[derive(Debug)]
pub struct Saved {
    pub backend: Backend,
    pub warning: Option<String>,
}

/// The credential store of one config directory.
#[derive(Debug)]
pub struct CredentialStore {
    mode: StoreMode,
    dir: PathBuf,
    timeout: Duration,
    keyring: OnceLock<Result<(), String>>,
}

impl CredentialStore {
    pub fn new(mode: StoreMode, dir: PathBuf, env: &Env) -> Self {
        let timeout = env
            .get(env_vars::EMNIFY_KEYRING_TIMEOUT)
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|s| s.is_finite() && *s > 0.0)
            .map(Duration::from_secs_f64)
            .unwrap_or(DEFAULT_KEYRING_TIMEOUT);
        CredentialStore {
            mode,
            dir,
            timeout,
            keyring: OnceLock::new(),
        }
    }

    pub fn mode(&self) -> StoreMode {
        self.mode
    }

    pub fn file_path(&self) -> PathBuf {
        self.dir.join(CREDENTIALS_FILE)
    }

    /// Is the keyring usable? Probed once per process, bounded by the timeout.
    fn keyring_ok(&self) -> Result<(), String> {
        self.keyring
            .get_or_init(|| {
                if self.mode == StoreMode::File {
                    return Err("not used (EMNIFY_CREDENTIAL_STORE=file)".into());
                }
                match keyring_call(self.timeout, |e| e.get_password().map(|_| ()), "probe") {
                    Ok(()) | Err(KeyringFailure::NoEntry) => Ok(()),
                    Err(f) => Err(f.describe()),
                }
            })
            .clone()
    }

    /// Where a save would go right now.
    pub fn backend(&self) -> Result<Backend, CredentialError> {
        match (self.mode, self.keyring_ok()) {
            (StoreMode::File, _) => Ok(Backend::File(self.file_path())),
            (_, Ok(())) => Ok(Backend::Keyring),
            (StoreMode::Keyring, Err(why)) => Err(CredentialError::KeyringUnavailable(why)),
            (StoreMode::Auto, Err(_)) => Ok(Backend::File(self.file_path())),
        }
    }

    /// The credentials of `profile` and where they were found. Never writes.
    pub fn load(
        &self,
        profile: &str,
    ) -> Result<Option<(StoredCredentials, Backend)>, CredentialError> {
        if self.mode != StoreMode::File && self.keyring_ok().is_ok() {
            match keyring_call(self.timeout, |e| e.get_password(), profile) {
                Ok(text) => {
                    let creds =
                        serde_json::from_str(&text).map_err(|source| CredentialError::Parse {
                            path: PathBuf::from("(OS keyring)"),
                            source,
                        })?;
                    return Ok(Some((creds, Backend::Keyring)));
                }
                Err(KeyringFailure::NoEntry) => {}
                Err(f) => return Err(CredentialError::Keyring(f.describe())),
            }
        }
        if self.mode == StoreMode::Keyring {
            if let Err(why) = self.keyring_ok() {
                return Err(CredentialError::KeyringUnavailable(why));
            }
            return Ok(None);
        }
        let path = self.file_path();
        Ok(read_file(&path)?
            .remove(profile)
            .map(|c| (c, Backend::File(path))))
    }

    /// Store `creds` for `profile`, replacing what was there.
    pub fn save(&self, profile: &str, creds: &StoredCredentials) -> Result<Saved, CredentialError> {
        let backend = self.backend()?;
        match &backend {
            Backend::Keyring => {
                let text =
                    serde_json::to_string(creds).map_err(|source| CredentialError::Parse {
                        path: PathBuf::from("(OS keyring)"),
                        source,
                    })?;
                keyring_call(self.timeout, move |e| e.set_password(&text), profile)
                    .map_err(|f| CredentialError::Keyring(f.describe()))?;
                // A copy left in the file by an earlier fallback would shadow nothing but still
                // be a plain-text secret: remove it.
                self.update_file(|m| {
                    m.remove(profile);
                })
                .ok();
                Ok(Saved {
                    backend,
                    warning: None,
                })
            }
            Backend::File(path) => {
                let existed = path.exists();
                self.update_file(|m| {
                    m.insert(profile.to_string(), creds.clone());
                })?;
                let warning = (!existed).then(|| {
                    let why = match self.keyring_ok() {
                        _ if self.mode == StoreMode::File => {
                            format!("{}=file is set", env_vars::EMNIFY_CREDENTIAL_STORE)
                        }
                        Err(why) => format!("no OS keyring is available: {why}"),
                        Ok(()) => "the OS keyring was not used".to_string(),
                    };
                    format!(
                        "credentials are stored in plain text in {} (readable only by you) because \
                         {why}; set {}=keyring to refuse instead",
                        path.display(),
                        env_vars::EMNIFY_CREDENTIAL_STORE
                    )
                });
                Ok(Saved { backend, warning })
            }
        }
    }

    /// Replace the cached tokens of `profile`, but only while its login is still the one this run
    /// started with (same refresh or application token). Returns false when it is not (another
    /// run logged in again or out meanwhile): then nothing is written.
    pub fn update_tokens(
        &self,
        profile: &str,
        started_with: &StoredCredentials,
        tokens: BTreeMap<i64, Secret>,
    ) -> Result<bool, CredentialError> {
        let same = |c: &StoredCredentials| {
            c.refresh_token == started_with.refresh_token
                && c.application_token == started_with.application_token
        };
        match self.load(profile)? {
            Some((current, Backend::Keyring)) if same(&current) => {
                let creds = StoredCredentials { tokens, ..current };
                self.save(profile, &creds)?;
                Ok(true)
            }
            Some((_, Backend::File(_))) => self.update_file(|m| match m.get_mut(profile) {
                // Compared again under the file lock, so a concurrent login cannot be undone.
                Some(current) if same(current) => {
                    current.tokens = tokens;
                    true
                }
                _ => false,
            }),
            _ => Ok(false),
        }
    }

    /// Remove the credentials of `profile` wherever they are. True when something was removed.
    pub fn delete(&self, profile: &str) -> Result<bool, CredentialError> {
        let mut removed = false;
        if self.mode != StoreMode::File && self.keyring_ok().is_ok() {
            match keyring_call(self.timeout, |e| e.delete_credential(), profile) {
                Ok(()) => removed = true,
                Err(KeyringFailure::NoEntry) => {}
                Err(f) => return Err(CredentialError::Keyring(f.describe())),
            }
        }
        if self.file_path().exists() {
            removed |= self.update_file(|m| m.remove(profile).is_some())?;
        }
        Ok(removed)
    }

    fn update_file<T>(
        &self,
        change: impl FnOnce(&mut BTreeMap<String, StoredCredentials>) -> T,
    ) -> Result<T, CredentialError> {
        let path = self.file_path();
        let io = |source| CredentialError::File {
            path: path.clone(),
            source,
        };
        create_private_dir(&self.dir).map_err(io)?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(CREDENTIALS_LOCK))
            .map_err(io)?;
        lock.lock().map_err(io)?;
        let mut map = read_file(&path)?;
        let out = change(&mut map);
        if map.is_empty() {
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(e)),
            }
        } else {
            let text =
                serde_json::to_vec_pretty(&map).map_err(|source| CredentialError::Parse {
                    path: path.clone(),
                    source,
                })?;
            write_atomic(&path, &text, true).map_err(io)?;
        }
        let _ = lock.unlock();
        Ok(out)
    }
}

/// The permission bits of the file at `path` (Unix only; `None` elsewhere or when unreadable).
fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The file's permission bits as `mode 0600` (what the CLI creates), read from the file itself.
fn mode_text(path: &Path) -> String {
    match file_mode(path) {
        Some(mode) => format!("mode {mode:04o}"),
        None if cfg!(unix) => "mode 0600".into(),
        None => "readable by your account".into(),
    }
}

/// A warning when the credentials file at `path` can be read by other users (its mode was
/// changed by hand, or it was copied in): the CLI creates it 0600.
pub fn exposure_warning(path: &Path) -> Option<String> {
    let mode = file_mode(path)?;
    (mode & 0o077 != 0).then(|| {
        format!(
            "the credentials file {} can be read by other users (mode {mode:o}); \
             restrict it with `chmod 600 {}`",
            path.display(),
            path.display()
        )
    })
}

fn read_file(path: &Path) -> Result<BTreeMap<String, StoredCredentials>, CredentialError> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| CredentialError::Parse {
            path: path.to_path_buf(),
            source,
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(source) => Err(CredentialError::File {
            path: path.to_path_buf(),
            source,
        }),
    }
}

enum KeyringFailure {
    NoEntry,
    TimedOut(Duration),
    NoBackend,
    Other,
}

impl KeyringFailure {
    /// One plain sentence; the platform's own error text (often raw D-Bus) stays out of it.
    fn describe(&self) -> String {
        match self {
            KeyringFailure::NoEntry => "no entry".into(),
            KeyringFailure::TimedOut(d) => {
                format!("the keyring did not answer within {} s", d.as_secs_f64())
            }
            KeyringFailure::NoBackend => {
                "no Secret Service / keychain is reachable (common on headless machines, CI and \
                 containers)"
                    .into()
            }
            KeyringFailure::Other => "the keyring reported an error".into(),
        }
    }
}

/// Run one keyring operation on a thread and give up after `timeout`.
fn keyring_call<T: Send + 'static>(
    timeout: Duration,
    op: impl FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
    user: &str,
) -> Result<T, KeyringFailure> {
    let (tx, rx) = mpsc::channel();
    let user = user.to_string();
    let spawned = std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let result = keyring::Entry::new(KEYRING_SERVICE, &user).and_then(|e| op(&e));
            let _ = tx.send(result);
        });
    if spawned.is_err() {
        return Err(KeyringFailure::Other);
    }
    match rx.recv_timeout(timeout) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(keyring::Error::NoEntry)) => Err(KeyringFailure::NoEntry),
        Ok(Err(e)) => {
            tracing::debug!(kind = keyring_error_kind(&e), "keyring call failed");
            match e {
                keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
                    Err(KeyringFailure::NoBackend)
                }
                _ => Err(KeyringFailure::Other),
            }
        }
        // The thread is left behind on purpose: it may be stuck in D-Bus and cannot be cancelled.
        Err(_) => Err(KeyringFailure::TimedOut(timeout)),
    }
}

fn keyring_error_kind(e: &keyring::Error) -> &'static str {
    match e {
        keyring::Error::PlatformFailure(_) => "platform failure",
        keyring::Error::NoStorageAccess(_) => "no storage access",
        keyring::Error::NoEntry => "no entry",
        keyring::Error::BadEncoding(_) => "bad encoding",
        keyring::Error::TooLong(..) => "too long",
        keyring::Error::Invalid(..) => "invalid",
        keyring::Error::Ambiguous(_) => "ambiguous",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_store(dir: &Path) -> CredentialStore {
        CredentialStore::new(StoreMode::File, dir.to_path_buf(), &Env::default())
    }

    #[test]
    fn secrets_do_not_leak_through_debug() {
        let c = StoredCredentials {
            refresh_token: Some(Secret::new("very-secret")),
            tokens: [(1, Secret::new("tok-1"))].into_iter().collect(),
            ..Default::default()
        };
        let shown = format!("{c:?} {}", Secret::new("very-secret"));
        assert!(!shown.contains("very-secret"));
        assert!(!shown.contains("tok-1"));
    }

    #[test]
    fn file_store_round_trip_is_private_and_warns_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = file_store(dir.path());
        let creds = StoredCredentials {
            application_token: Some(Secret::new("app")),
            ..Default::default()
        };
        let first = store.save("p", &creds).expect("save");
        assert!(first.warning.is_some());
        let second = store.save("q", &creds).expect("save");
        assert!(second.warning.is_none());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(store.file_path())
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (loaded, backend) = store.load("p").expect("load").expect("present");
        assert_eq!(loaded, creds);
        assert_eq!(backend, Backend::File(store.file_path()));
        assert!(store.delete("p").expect("delete"));
        assert!(store.load("p").expect("load").is_none());
        assert!(store.delete("q").expect("delete"));
        assert!(
            !store.file_path().exists(),
            "an empty credentials file is removed"
        );
    }

    #[test]
    fn token_updates_never_undo_a_newer_login_or_a_logout() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = file_store(dir.path());
        let old = StoredCredentials {
            refresh_token: Some(Secret::new("r1")),
            ..Default::default()
        };
        store.save("p", &old).expect("save");
        let tokens: BTreeMap<i64, Secret> = [(1, Secret::new("t1"))].into_iter().collect();
        assert!(store
            .update_tokens("p", &old, tokens.clone())
            .expect("update"));
        assert_eq!(
            store.load("p").expect("load").expect("some").0.tokens,
            tokens
        );

        // Another run logged in again: its refresh token must survive this run's cache write.
        let newer = StoredCredentials {
            refresh_token: Some(Secret::new("r2")),
            ..Default::default()
        };
        store.save("p", &newer).expect("save");
        assert!(!store
            .update_tokens("p", &old, tokens.clone())
            .expect("update"));
        assert_eq!(store.load("p").expect("load").expect("some").0, newer);

        // Another run logged out: nothing comes back.
        store.delete("p").expect("delete");
        assert!(!store.update_tokens("p", &newer, tokens).expect("update"));
        assert!(store.load("p").expect("load").is_none());
    }

    #[test]
    fn bad_mode_is_rejected() {
        let env = Env::from_pairs([(env_vars::EMNIFY_CREDENTIAL_STORE, "vault")]);
        assert!(matches!(
            StoreMode::from_env(&env),
            Err(CredentialError::BadMode(_))
        ));
    }
}
