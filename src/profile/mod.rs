//! Named profiles in a human-readable TOML file, and the credential store beside it.
//!
//! The file lives in the config directory (`EMNIFY_CONFIG_DIR`, else the platform's config dir).
//! Reading never writes. Every change is a read-modify-write under an exclusive lock on a sibling
//! lock file, written to a temp file in the same directory and renamed over the old one, so two
//! concurrent runs can neither corrupt the file nor lose each other's change.

pub mod credentials;
pub mod known;

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::env_vars::{self, Env};

/// The API URL used when nothing else is configured.
pub const DEFAULT_API_URL: &str = "https://cdn.emnify.net";
/// `api_url` value of a profile that talks to the in-process emulator.
pub const EMBEDDED_API_URL: &str = "embedded";
/// Name of the profile `--emulator` runs use.
pub const EMULATOR_PROFILE: &str = "emulator";
/// Name of the profile used when none is active yet.
pub const DEFAULT_PROFILE: &str = "default";

const PROFILE_FILE: &str = "profiles.toml";
const LOCK_FILE: &str = "profiles.lock";

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error(
        "cannot determine a config directory; set {}",
        env_vars::EMNIFY_CONFIG_DIR
    )]
    NoConfigDir,
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a valid profile file")]
    Parse {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot lock {path}")]
    Lock {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot serialise the profile file")]
    Serialise(#[from] toml::ser::Error),
}

/// How a profile authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    Password,
    ApplicationToken,
}

impl AuthMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Password => "password",
            AuthMethod::ApplicationToken => "application_token",
        }
    }
}

/// A Workspace remembered by id and name (the name is for display; the id is what counts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceRef {
    pub id: i64,
    pub name: String,
}

/// One named profile. Holds no secret: those live in the credential store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<AuthMethod>,
    /// The logged-in user's id, learned at login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The Workspace a login lands in (the user's default, or the application token's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_workspace: Option<WorkspaceRef>,
    /// The active Workspace commands run in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
    /// Where `switch -` goes back to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_workspace: Option<WorkspaceRef>,
}

impl Profile {
    pub fn api_url(&self) -> &str {
        self.api_url.as_deref().unwrap_or(DEFAULT_API_URL)
    }
}

/// The whole profile file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileFile {
    /// The profile commands use unless `--profile` or `EMNIFY_PROFILE` says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Access to the profile file in one directory.
#[derive(Debug, Clone)]
pub struct ProfileStore {
    dir: PathBuf,
}

/// The config directory: `EMNIFY_CONFIG_DIR`, else the platform's (e.g. `~/.config/emnify`).
pub fn config_dir(env: &Env) -> Result<PathBuf, ProfileError> {
    if let Some(dir) = env.get(env_vars::EMNIFY_CONFIG_DIR) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "emnify", "emnify")
        .map(|d| d.config_dir().to_path_buf())
        .ok_or(ProfileError::NoConfigDir)
}

impl ProfileStore {
    pub fn new(dir: PathBuf) -> Self {
        ProfileStore { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(PROFILE_FILE)
    }

    /// Read the file; a missing file is an empty one. Never writes.
    pub fn load(&self) -> Result<ProfileFile, ProfileError> {
        let path = self.path();
        match fs::read_to_string(&path) {
            Ok(text) => {
                toml::from_str(&text).map_err(|source| ProfileError::Parse { path, source })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ProfileFile::default()),
            Err(source) => Err(ProfileError::Read { path, source }),
        }
    }

    /// Apply `change` to the current file under the lock and write the result atomically.
    /// The closure sees the file as it is on disk now, not as this process read it earlier.
    pub fn update<T>(&self, change: impl FnOnce(&mut ProfileFile) -> T) -> Result<T, ProfileError> {
        let _lock = self.lock()?;
        let mut file = self.load()?;
        let out = change(&mut file);
        self.write(&file)?;
        Ok(out)
    }

    fn lock(&self) -> Result<FileLock, ProfileError> {
        create_private_dir(&self.dir).map_err(|source| ProfileError::Write {
            path: self.dir.clone(),
            source,
        })?;
        let path = self.dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| ProfileError::Lock {
                path: path.clone(),
                source,
            })?;
        file.lock()
            .map_err(|source| ProfileError::Lock { path, source })?;
        Ok(FileLock(file))
    }

    fn write(&self, file: &ProfileFile) -> Result<(), ProfileError> {
        let text = format!(
            "# emnify CLI profiles. Secrets are not stored here.\n{}",
            toml::to_string_pretty(file)?
        );
        write_atomic(&self.path(), text.as_bytes(), false).map_err(|source| ProfileError::Write {
            path: self.path(),
            source,
        })
    }
}

/// Holds an exclusive lock until dropped.
struct FileLock(File);

impl Drop for FileLock {
    fn drop(&mut self) {
        // Closing the file releases the lock as well; unlocking first is only tidier.
        let _ = self.0.unlock();
    }
}

/// Create `dir` (and parents); on Unix new directories are private to the user.
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

/// Write `bytes` to a temp file beside `path`, flush it to disk and rename it over `path`.
/// With `private`, the file is created readable by the owner only (0600 on Unix).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    create_private_dir(dir)?;
    // tempfile creates files with mode 0600 on Unix already; make it explicit for the public file.
    let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if private { 0o600 } else { 0o644 };
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = private;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_is_empty_and_not_created() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().join("cfg"));
        assert_eq!(store.load().expect("load"), ProfileFile::default());
        assert!(!store.path().exists());
        assert!(!dir.path().join("cfg").exists());
    }

    #[test]
    fn update_round_trips_and_keeps_other_profiles() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        store
            .update(|f| {
                f.active = Some("a".into());
                f.profiles.insert(
                    "a".into(),
                    Profile {
                        username: Some("x@example.com".into()),
                        workspace: Some(WorkspaceRef {
                            id: 7,
                            name: "Seven".into(),
                        }),
                        ..Profile::default()
                    },
                );
            })
            .expect("update");
        store
            .update(|f| {
                f.profiles.insert("b".into(), Profile::default());
            })
            .expect("update");
        let file = store.load().expect("load");
        assert_eq!(file.active.as_deref(), Some("a"));
        assert_eq!(file.profiles.len(), 2);
        assert_eq!(file.profiles["a"].workspace.as_ref().map(|w| w.id), Some(7));
    }

    #[test]
    fn concurrent_updates_lose_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let store = store.clone();
                std::thread::spawn(move || {
                    for j in 0..5 {
                        store
                            .update(|f| {
                                f.profiles.insert(format!("p{i}-{j}"), Profile::default());
                            })
                            .expect("update");
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().expect("thread");
        }
        assert_eq!(store.load().expect("load").profiles.len(), 40);
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_reset() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        fs::write(store.path(), "active = [").expect("write");
        assert!(matches!(store.load(), Err(ProfileError::Parse { .. })));
        assert!(store.update(|_| ()).is_err());
        assert_eq!(
            fs::read_to_string(store.path()).expect("read"),
            "active = ["
        );
    }
}
