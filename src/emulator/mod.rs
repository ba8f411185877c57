//! An emnify-compatible server: emnify's public REST paths with the multiple-Workspaces rules,
//! state in SQLite, extension endpoints under `/emulator/v1`, demo data, and fault knobs.
//!
//! Entry points: [`start`] (in-process, `127.0.0.1:port`), [`reset`], [`default_db_path`].
//! See `docs/emulator.md` for the behaviours and `docs/architecture.md` for the contract.

pub mod auth;
pub mod demo;
pub mod errors;
mod http;
pub mod knobs;
pub mod ops;
pub mod pagination;
pub mod rules;
pub mod store;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use knobs::Knobs;
pub use store::Store;

/// Why the emulator could not start or reset.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    #[error("cannot open the emulator database {path}")]
    Database {
        path: String,
        #[source]
        source: store::OpenError,
    },
    #[error("cannot create the directory {path}")]
    Directory {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot listen on 127.0.0.1:{port}")]
    Bind {
        port: u16,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot move the unreadable emulator database {path} aside")]
    MoveAside {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the emulator database could not be reset: {0}")]
    Reset(String),
}

/// How to run the emulator.
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    /// `None` keeps the state in memory (tests).
    pub db_path: Option<PathBuf>,
    /// 0 picks a free port.
    pub port: u16,
    pub user_token_ttl: Duration,
    pub app_token_ttl: Duration,
    pub refresh_token_ttl: Duration,
    pub lockout: Duration,
    pub knobs: Knobs,
}

impl Default for EmulatorConfig {
    /// emnify's documented values where there are any: 240-minute user tokens, 5-minute lockout.
    /// App tokens get 7 days (as a recorded real one had), refresh tokens 30 days.
    fn default() -> Self {
        EmulatorConfig {
            db_path: Some(default_db_path()),
            port: 0,
            user_token_ttl: Duration::from_secs(240 * 60),
            app_token_ttl: Duration::from_secs(7 * 86_400),
            refresh_token_ttl: Duration::from_secs(30 * 86_400),
            lockout: Duration::from_secs(5 * 60),
            knobs: Knobs::default(),
        }
    }
}

impl EmulatorConfig {
    /// An in-memory emulator on a free port, for tests.
    pub fn in_memory() -> Self {
        EmulatorConfig {
            db_path: None,
            ..Default::default()
        }
    }
}

/// A running emulator; dropping it without [`RunningEmulator::shutdown`] stops it too.
pub struct RunningEmulator {
    addr: SocketAddr,
    store: Arc<Store>,
    control: Arc<knobs::Control>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl RunningEmulator {
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// Direct access to the state (seeding large data sets in tests).
    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }
    pub fn knobs(&self) -> Knobs {
        self.control.knobs()
    }
    pub fn set_knobs(&self, knobs: Knobs) {
        self.control.set_knobs(knobs);
    }
    /// Move the emulator's clock forward: tokens expire, lockouts end, invitations age.
    pub fn advance_clock(&self, by: Duration) {
        self.store
            .advance_clock(i64::try_from(by.as_secs()).unwrap_or(i64::MAX / 4));
    }
    /// Requests per route since start (or the last reset), as the operator endpoint reports.
    pub fn metrics(&self) -> serde_json::Value {
        self.control.metrics()
    }
    pub fn reset_metrics(&self) {
        self.control.reset_metrics();
    }
    /// Stop serving and wait until the server task has ended.
    pub async fn shutdown(mut self) {
        self.stop_now();
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
    fn stop_now(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
    /// Serve until the server stops (standalone `emnify emulator serve`).
    pub async fn wait(mut self) {
        if let Some(t) = self.task.take() {
            let _ = t.await;
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        self.stop_now();
    }
}

fn open_store(path: Option<&Path>) -> Result<Store, EmulatorError> {
    if let Some(dir) = path
        .and_then(Path::parent)
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|source| EmulatorError::Directory {
            path: dir.display().to_string(),
            source,
        })?;
    }
    Store::open(path).map_err(|source| EmulatorError::Database {
        path: path
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| ":memory:".into()),
        source,
    })
}

/// Start the emulator on `127.0.0.1:cfg.port`; loads the demo data into an empty database.
pub async fn start(cfg: EmulatorConfig) -> Result<RunningEmulator, EmulatorError> {
    let store = Arc::new(open_store(cfg.db_path.as_deref())?);
    let control = Arc::new(knobs::Control::new(cfg.knobs.clone()));
    let state = http::AppState {
        store: store.clone(),
        control: control.clone(),
        lifetimes: http::Lifetimes {
            user_token: cfg.user_token_ttl,
            app_token: cfg.app_token_ttl,
            refresh_token: cfg.refresh_token_ttl,
            lockout: cfg.lockout,
        },
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", cfg.port))
        .await
        .map_err(|source| EmulatorError::Bind {
            port: cfg.port,
            source,
        })?;
    let addr = listener
        .local_addr()
        .map_err(|source| EmulatorError::Bind {
            port: cfg.port,
            source,
        })?;
    let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let server = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = server.await {
            tracing::error!(error = %e, "emulator server stopped");
        }
    });
    Ok(RunningEmulator {
        addr,
        store,
        control,
        stop: Some(tx),
        task: Some(task),
    })
}

/// Restore the demo data in the database at `db_path` (created if missing). A file SQLite
/// cannot read as a database is moved aside as `<name>.corrupt-<timestamp>` (with its `-wal` and
/// `-shm` companions) and a new one is created; the moved path is returned so the caller can
/// say so.
pub fn reset(db_path: &Path) -> Result<Option<PathBuf>, EmulatorError> {
    let (store, moved) = match open_store(Some(db_path)) {
        Ok(store) => (store, None),
        Err(e) if is_unreadable(&e) => {
            let moved = move_aside(db_path)?;
            (open_store(Some(db_path))?, Some(moved))
        }
        Err(e) => return Err(e),
    };
    store
        .reset_to_demo()
        .map_err(|e| EmulatorError::Reset(e.message))?;
    Ok(moved)
}

/// The file exists but is not (or no longer) an SQLite database.
fn is_unreadable(e: &EmulatorError) -> bool {
    use rusqlite::ErrorCode::{DatabaseCorrupt, NotADatabase};
    match e {
        EmulatorError::Database {
            source: store::OpenError::Sqlite(err),
            ..
        } => matches!(
            err.sqlite_error_code(),
            Some(NotADatabase) | Some(DatabaseCorrupt)
        ),
        _ => false,
    }
}

/// Rename `db_path` (and its WAL files, when present) to `<name>.corrupt-<UTC timestamp>`.
fn move_aside(db_path: &Path) -> Result<PathBuf, EmulatorError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let with_suffix = |p: &Path, suffix: &str| {
        let mut name = p.as_os_str().to_os_string();
        name.push(suffix);
        PathBuf::from(name)
    };
    let target = with_suffix(db_path, &format!(".corrupt-{stamp}"));
    let failed = |source: std::io::Error| EmulatorError::MoveAside {
        path: db_path.display().to_string(),
        source,
    };
    std::fs::rename(db_path, &target).map_err(failed)?;
    for companion in ["-wal", "-shm"] {
        let from = with_suffix(db_path, companion);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&target, companion)).map_err(failed)?;
        }
    }
    Ok(target)
}

/// `$EMNIFY_DATA_DIR/emulator.db`, else the user data directory's `emnify/emulator.db`.
pub fn default_db_path() -> PathBuf {
    if let Some(dir) = std::env::var_os(crate::env_vars::EMNIFY_DATA_DIR).filter(|d| !d.is_empty())
    {
        return PathBuf::from(dir).join("emulator.db");
    }
    match directories::ProjectDirs::from("com", "emnify", "emnify") {
        Some(p) => p.data_dir().join("emulator.db"),
        None => PathBuf::from(".emnify").join("emulator.db"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_db_path_honours_the_data_dir_variable() {
        std::env::set_var(crate::env_vars::EMNIFY_DATA_DIR, "/tmp/emnify-data-test");
        let p = default_db_path();
        std::env::remove_var(crate::env_vars::EMNIFY_DATA_DIR);
        assert_eq!(p, PathBuf::from("/tmp/emnify-data-test/emulator.db"));
        assert!(default_db_path().ends_with("emulator.db"));
    }
}
