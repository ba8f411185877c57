//! The emulator's state in SQLite: schema, the emulator clock, and row-level queries.
//!
//! One `Mutex<Connection>`; every request that changes state runs in one transaction through
//! [`Store::write`], so a refused rule never leaves half a change behind.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::errors::{ApiError, ApiResult};
use super::rules::{Access, ROLE_ADMIN};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created INTEGER NOT NULL,
    pro INTEGER NOT NULL DEFAULT 0,
    workspace_limit INTEGER NOT NULL DEFAULT 1,
    main_org_id INTEGER,
    linked_at INTEGER,
    superadmin_id INTEGER,
    sso_provider TEXT,
    sso_client_id TEXT,
    sso_client_secret TEXT,
    sso_verified INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS user (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    password_sha1 TEXT,
    created INTEGER NOT NULL,
    mfa INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    activation_key TEXT,
    invited_at INTEGER,
    default_org_id INTEGER
);
CREATE TABLE IF NOT EXISTS membership (
    user_id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    roles INTEGER NOT NULL,
    status INTEGER NOT NULL,
    joined_at INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (user_id, org_id)
);
CREATE INDEX IF NOT EXISTS membership_org ON membership(org_id);
CREATE INDEX IF NOT EXISTS membership_seq ON membership(seq);
CREATE TABLE IF NOT EXISTS event (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    org_id INTEGER NOT NULL,
    type_id INTEGER NOT NULL,
    description TEXT NOT NULL,
    timestamp INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_user ON event(user_id);
CREATE TABLE IF NOT EXISTS app_token (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL,
    description TEXT,
    created INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0,
    expiry_date INTEGER,
    ip TEXT,
    creator_id INTEGER,
    token_sha1 TEXT
);
CREATE TABLE IF NOT EXISTS trusted_device (
    user_id INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    expires INTEGER NOT NULL,
    PRIMARY KEY (user_id, fingerprint)
);
CREATE TABLE IF NOT EXISTS request (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    org_id INTEGER NOT NULL,
    requester_id INTEGER,
    contact_email TEXT NOT NULL,
    name TEXT,
    workspace_ids TEXT NOT NULL DEFAULT '[]',
    details TEXT,
    status TEXT NOT NULL,
    created INTEGER NOT NULL,
    result_org_id INTEGER
);
"#;

/// A Workspace (emnify: an organisation).
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: i64,
    pub name: String,
    pub created: i64,
    pub pro: bool,
    pub workspace_limit: i64,
    pub main_org_id: Option<i64>,
    pub linked_at: Option<i64>,
    pub superadmin_id: Option<i64>,
    pub sso_provider: Option<String>,
    pub sso_client_id: Option<String>,
    pub sso_verified: bool,
}

impl Org {
    /// SSO is active once a provider is configured and verified.
    pub fn sso_active(&self) -> bool {
        self.sso_provider.is_some() && self.sso_verified
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub name: String,
    pub password_sha1: Option<String>,
    pub created: i64,
    pub mfa: bool,
    pub deleted: bool,
    pub failed_logins: i64,
    pub locked_until: Option<i64>,
    pub activation_key: Option<String>,
    pub invited_at: Option<i64>,
    pub default_org_id: Option<i64>,
}

impl User {
    /// Not yet accepted the invitation (no password set).
    pub fn pending(&self) -> bool {
        self.password_sha1.is_none()
    }
}

/// One real membership row (SuperAdmin access in linked Workspaces is derived, not stored).
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub user_id: i64,
    pub org_id: i64,
    pub roles: u8,
    pub status: u8,
    pub joined_at: i64,
    pub seq: i64,
}

/// Why a database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("loading the demo data failed: {0}")]
    Load(String),
}

/// The clock can move at most a century ahead (keeps every timestamp in range).
pub const MAX_ADVANCE_SECS: i64 = 100 * 366 * 86_400;

pub struct Store {
    conn: Mutex<Connection>,
    clock_offset: AtomicI64,
}

const ORG_COLS: &str = "id, name, created, pro, workspace_limit, main_org_id, linked_at, superadmin_id, sso_provider, sso_client_id, sso_verified";
const USER_COLS: &str = "id, username, name, password_sha1, created, mfa, deleted, failed_logins, locked_until, activation_key, invited_at, default_org_id";

fn org_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Org> {
    Ok(Org {
        id: r.get(0)?,
        name: r.get(1)?,
        created: r.get(2)?,
        pro: r.get(3)?,
        workspace_limit: r.get(4)?,
        main_org_id: r.get(5)?,
        linked_at: r.get(6)?,
        superadmin_id: r.get(7)?,
        sso_provider: r.get(8)?,
        sso_client_id: r.get(9)?,
        sso_verified: r.get(10)?,
    })
}

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: r.get(0)?,
        username: r.get(1)?,
        name: r.get(2)?,
        password_sha1: r.get(3)?,
        created: r.get(4)?,
        mfa: r.get(5)?,
        deleted: r.get(6)?,
        failed_logins: r.get(7)?,
        locked_until: r.get(8)?,
        activation_key: r.get(9)?,
        invited_at: r.get(10)?,
        default_org_id: r.get(11)?,
    })
}

fn membership_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Membership> {
    Ok(Membership {
        user_id: r.get(0)?,
        org_id: r.get(1)?,
        roles: r.get(2)?,
        status: r.get(3)?,
        joined_at: r.get(4)?,
        seq: r.get(5)?,
    })
}

impl Store {
    /// Open (or create) the database; `None` keeps it in memory. Loads the demo data when empty.
    pub fn open(path: Option<&Path>) -> Result<Store, OpenError> {
        let conn = match path {
            Some(p) => Connection::open(p)?,
            None => Connection::open_in_memory()?,
        };
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        conn.execute_batch(SCHEMA)?;
        let store = Store {
            conn: Mutex::new(conn),
            clock_offset: AtomicI64::new(0),
        };
        let load = |e: ApiError| OpenError::Load(e.message);
        // Checked inside the write transaction: several processes may open a new file at once,
        // and only the first may load the demo data.
        store
            .write(|tx| {
                let empty = tx.query_row("SELECT COUNT(*) FROM organisation", [], |r| {
                    r.get::<_, i64>(0)
                })? == 0;
                if empty {
                    super::demo::load(tx, store.now())?;
                }
                Ok(())
            })
            .map_err(load)?;
        Ok(store)
    }

    /// The emulator's clock in Unix seconds: wall time plus whatever tests advanced it by.
    pub fn now(&self) -> i64 {
        chrono::Utc::now()
            .timestamp()
            .saturating_add(self.clock_offset.load(Ordering::SeqCst))
    }

    /// Move the emulator's clock forward (tokens expire, lockouts end, invitations age).
    pub fn advance_clock(&self, secs: i64) {
        let _ = self
            .clock_offset
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |o| {
                Some(
                    o.saturating_add(secs.clamp(0, MAX_ADVANCE_SECS))
                        .min(MAX_ADVANCE_SECS),
                )
            });
    }

    fn lock(&self) -> ApiResult<std::sync::MutexGuard<'_, Connection>> {
        self.conn
            .lock()
            .map_err(|_| ApiError::internal("the emulator's database lock is poisoned"))
    }

    /// Run read-only queries.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> ApiResult<T>) -> ApiResult<T> {
        let conn = self.lock()?;
        f(&conn)
    }

    /// Run `f` in one transaction: committed when it returns `Ok`, rolled back otherwise.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> ApiResult<T>) -> ApiResult<T> {
        let mut conn = self.lock()?;
        // IMMEDIATE takes the write lock up front, where the busy timeout waits for it. A deferred
        // transaction that reads first and then writes gets SQLITE_BUSY at once when another
        // process (another `--emulator` run on the same file) wrote in between.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Replace everything with the demo data.
    pub fn reset_to_demo(&self) -> ApiResult<()> {
        let now = self.now();
        self.write(|tx| {
            wipe(tx)?;
            super::demo::load(tx, now)
        })
    }
}

/// Delete every row (the JWT secret goes too, so old tokens stop working after a reset).
pub fn wipe(c: &Connection) -> ApiResult<()> {
    c.execute_batch(
        "DELETE FROM meta; DELETE FROM organisation; DELETE FROM user; DELETE FROM membership;
         DELETE FROM event; DELETE FROM app_token; DELETE FROM trusted_device; DELETE FROM request;",
    )?;
    Ok(())
}

// ---- meta ----

pub fn meta_get(c: &Connection, key: &str) -> ApiResult<Option<String>> {
    Ok(
        c.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?,
    )
}

pub fn meta_set(c: &Connection, key: &str, value: &str) -> ApiResult<()> {
    c.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

// ---- organisations ----

pub fn org(c: &Connection, id: i64) -> ApiResult<Option<Org>> {
    Ok(c.query_row(
        &format!("SELECT {ORG_COLS} FROM organisation WHERE id = ?1"),
        [id],
        org_row,
    )
    .optional()?)
}

pub fn org_required(c: &Connection, id: i64) -> ApiResult<Org> {
    org(c, id)?.ok_or_else(|| ApiError::not_found(format!("Workspace {id} does not exist")))
}

pub fn all_orgs(c: &Connection) -> ApiResult<Vec<Org>> {
    let mut st = c.prepare(&format!("SELECT {ORG_COLS} FROM organisation ORDER BY id"))?;
    let rows = st.query_map([], org_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Every Workspace of the link group whose main organisation is `main_id`, main first.
pub fn group_orgs(c: &Connection, main_id: i64) -> ApiResult<Vec<Org>> {
    let mut st = c.prepare(&format!(
        "SELECT {ORG_COLS} FROM organisation WHERE main_org_id = ?1 ORDER BY (id != ?1), id"
    ))?;
    let rows = st
        .query_map([main_id], org_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn insert_org(c: &Connection, name: &str, now: i64, pro: bool, limit: i64) -> ApiResult<i64> {
    c.execute(
        "INSERT INTO organisation(name, created, pro, workspace_limit) VALUES (?1, ?2, ?3, ?4)",
        params![name, now, pro, limit],
    )?;
    Ok(c.last_insert_rowid())
}

pub fn set_link(
    c: &Connection,
    org_id: i64,
    main: Option<i64>,
    linked_at: Option<i64>,
) -> ApiResult<()> {
    c.execute(
        "UPDATE organisation SET main_org_id = ?2, linked_at = ?3 WHERE id = ?1",
        params![org_id, main, linked_at],
    )?;
    Ok(())
}

pub fn set_superadmin(c: &Connection, main_id: i64, user: Option<i64>) -> ApiResult<()> {
    c.execute(
        "UPDATE organisation SET superadmin_id = ?2 WHERE id = ?1",
        params![main_id, user],
    )?;
    Ok(())
}

pub fn set_sso(
    c: &Connection,
    org_id: i64,
    provider: Option<&str>,
    client_id: Option<&str>,
    secret: Option<&str>,
    verified: bool,
) -> ApiResult<()> {
    c.execute(
        "UPDATE organisation SET sso_provider = ?2, sso_client_id = ?3, sso_client_secret = ?4, sso_verified = ?5 WHERE id = ?1",
        params![org_id, provider, client_id, secret, verified],
    )?;
    Ok(())
}

// ---- users ----

pub fn user(c: &Connection, id: i64) -> ApiResult<Option<User>> {
    Ok(c.query_row(
        &format!("SELECT {USER_COLS} FROM user WHERE id = ?1 AND deleted = 0"),
        [id],
        user_row,
    )
    .optional()?)
}

pub fn user_by_name(c: &Connection, username: &str) -> ApiResult<Option<User>> {
    Ok(c.query_row(
        &format!("SELECT {USER_COLS} FROM user WHERE username = ?1 AND deleted = 0"),
        [username],
        user_row,
    )
    .optional()?)
}

pub fn all_users(c: &Connection) -> ApiResult<Vec<User>> {
    let mut st = c.prepare(&format!(
        "SELECT {USER_COLS} FROM user WHERE deleted = 0 ORDER BY id"
    ))?;
    let rows = st.query_map([], user_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// A deleted account frees its username for a new one: the deleted row keeps it in a parked
/// form (with a space, which no valid username has, so nothing live can ever collide with it).
pub fn free_username(c: &Connection, username: &str) -> ApiResult<()> {
    c.execute(
        "UPDATE user SET username = username || ' (deleted ' || id || ')' \
         WHERE username = ?1 AND deleted = 1",
        [username],
    )?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub fn insert_user(
    c: &Connection,
    username: &str,
    name: &str,
    password_sha1: Option<&str>,
    created: i64,
    mfa: bool,
    activation_key: Option<&str>,
    invited_at: Option<i64>,
    default_org: Option<i64>,
) -> ApiResult<i64> {
    free_username(c, username)?;
    c.execute(
        "INSERT INTO user(username, name, password_sha1, created, mfa, activation_key, invited_at, default_org_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![username, name, password_sha1, created, mfa, activation_key, invited_at, default_org],
    )?;
    Ok(c.last_insert_rowid())
}

pub fn set_default(c: &Connection, user_id: i64, org_id: Option<i64>) -> ApiResult<()> {
    c.execute(
        "UPDATE user SET default_org_id = ?2 WHERE id = ?1",
        params![user_id, org_id],
    )?;
    Ok(())
}

pub fn set_login_state(
    c: &Connection,
    user_id: i64,
    failed: i64,
    locked_until: Option<i64>,
) -> ApiResult<()> {
    c.execute(
        "UPDATE user SET failed_logins = ?2, locked_until = ?3 WHERE id = ?1",
        params![user_id, failed, locked_until],
    )?;
    Ok(())
}

pub fn mark_deleted(c: &Connection, user_id: i64) -> ApiResult<()> {
    c.execute(
        "UPDATE user SET deleted = 1, default_org_id = NULL WHERE id = ?1",
        [user_id],
    )?;
    c.execute("DELETE FROM trusted_device WHERE user_id = ?1", [user_id])?;
    Ok(())
}

// ---- memberships ----

pub fn memberships_of_user(c: &Connection, user_id: i64) -> ApiResult<Vec<Membership>> {
    let mut st = c.prepare(
        "SELECT user_id, org_id, roles, status, joined_at, seq FROM membership WHERE user_id = ?1 ORDER BY seq",
    )?;
    let rows = st
        .query_map([user_id], membership_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn memberships_of_org(c: &Connection, org_id: i64) -> ApiResult<Vec<Membership>> {
    let mut st = c.prepare(
        "SELECT user_id, org_id, roles, status, joined_at, seq FROM membership WHERE org_id = ?1 ORDER BY seq",
    )?;
    let rows = st
        .query_map([org_id], membership_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn membership(c: &Connection, user_id: i64, org_id: i64) -> ApiResult<Option<Membership>> {
    Ok(c.query_row(
        "SELECT user_id, org_id, roles, status, joined_at, seq FROM membership WHERE user_id = ?1 AND org_id = ?2",
        params![user_id, org_id],
        membership_row,
    )
    .optional()?)
}

pub fn insert_membership(
    c: &Connection,
    user_id: i64,
    org_id: i64,
    roles: u8,
    status: u8,
    now: i64,
) -> ApiResult<()> {
    let seq: i64 = c.query_row(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM membership",
        [],
        |r| r.get(0),
    )?;
    c.execute(
        "INSERT INTO membership(user_id, org_id, roles, status, joined_at, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![user_id, org_id, roles, status, now, seq],
    )?;
    Ok(())
}

pub fn update_membership(
    c: &Connection,
    user_id: i64,
    org_id: i64,
    roles: u8,
    status: u8,
) -> ApiResult<()> {
    c.execute(
        "UPDATE membership SET roles = ?3, status = ?4 WHERE user_id = ?1 AND org_id = ?2",
        params![user_id, org_id, roles, status],
    )?;
    Ok(())
}

pub fn delete_membership(c: &Connection, user_id: i64, org_id: i64) -> ApiResult<()> {
    c.execute(
        "DELETE FROM membership WHERE user_id = ?1 AND org_id = ?2",
        params![user_id, org_id],
    )?;
    Ok(())
}

/// Every Workspace `user_id` can reach, with the roles and status that apply there: the real
/// rows, and for a SuperAdmin every Workspace of their link group (as SuperAdmin, active).
pub fn access_of(c: &Connection, user_id: i64) -> ApiResult<Vec<Access>> {
    let rows = memberships_of_user(c, user_id)?;
    let mut out: Vec<Access> = rows
        .iter()
        .map(|m| Access {
            org_id: m.org_id,
            roles: m.roles,
            status: m.status,
            superadmin: false,
            order: m.seq,
        })
        .collect();
    let mut st =
        c.prepare("SELECT id FROM organisation WHERE superadmin_id = ?1 AND main_org_id = id")?;
    let mains = st
        .query_map([user_id], |r| r.get::<_, i64>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    for main in mains {
        for o in group_orgs(c, main)? {
            if let Some(a) = out.iter_mut().find(|a| a.org_id == o.id) {
                a.superadmin = true;
                a.status = 1;
            } else {
                out.push(Access {
                    org_id: o.id,
                    roles: ROLE_ADMIN,
                    status: 1,
                    superadmin: true,
                    order: i64::MAX / 2 + o.id,
                });
            }
        }
    }
    out.sort_by_key(|a| a.order);
    Ok(out)
}

pub fn access_in(c: &Connection, user_id: i64, org_id: i64) -> ApiResult<Option<Access>> {
    Ok(access_of(c, user_id)?
        .into_iter()
        .find(|a| a.org_id == org_id))
}

/// The users who can reach `org_id` (members plus the group's SuperAdmin), with their access.
pub fn members_with_access(c: &Connection, org_id: i64) -> ApiResult<Vec<(User, Access)>> {
    let mut ids: Vec<i64> = memberships_of_org(c, org_id)?
        .iter()
        .map(|m| m.user_id)
        .collect();
    if let Some(o) = org(c, org_id)? {
        if let Some(main) = o.main_org_id.and_then(|m| org(c, m).ok().flatten()) {
            if let Some(sa) = main.superadmin_id {
                if !ids.contains(&sa) {
                    ids.push(sa);
                }
            }
        }
    }
    let mut out = Vec::new();
    for id in ids {
        if let (Some(u), Some(a)) = (user(c, id)?, access_in(c, id, org_id)?) {
            out.push((u, a));
        }
    }
    Ok(out)
}

/// Keep the default-Workspace invariant: a user with any active Workspace has one of them as
/// default. When the default is no longer active, the next active one (in the order they were
/// joined) takes its place.
pub fn fix_default(c: &Connection, user_id: i64) -> ApiResult<Option<i64>> {
    let Some(u) = user(c, user_id)? else {
        return Ok(None);
    };
    let access = access_of(c, user_id)?;
    let next = super::rules::next_default(u.default_org_id, &access);
    if next != u.default_org_id {
        set_default(c, user_id, next)?;
    }
    Ok(next)
}

// ---- events ----

pub fn add_event(
    c: &Connection,
    user_id: i64,
    org_id: i64,
    type_id: i64,
    description: &str,
    now: i64,
) -> ApiResult<()> {
    c.execute(
        "INSERT INTO event(user_id, org_id, type_id, description, timestamp) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![user_id, org_id, type_id, description, now],
    )?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct EventRow {
    pub id: i64,
    pub user_id: i64,
    pub org_id: i64,
    pub type_id: i64,
    pub description: String,
    pub timestamp: i64,
}

pub fn events_of(c: &Connection, user_id: i64) -> ApiResult<Vec<EventRow>> {
    let mut st = c.prepare(
        "SELECT id, user_id, org_id, type_id, description, timestamp FROM event WHERE user_id = ?1 ORDER BY id DESC",
    )?;
    let rows = st
        .query_map([user_id], |r| {
            Ok(EventRow {
                id: r.get(0)?,
                user_id: r.get(1)?,
                org_id: r.get(2)?,
                type_id: r.get(3)?,
                description: r.get(4)?,
                timestamp: r.get(5)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

// ---- application tokens ----

#[derive(Debug, Clone)]
pub struct AppToken {
    pub id: i64,
    pub org_id: i64,
    pub description: Option<String>,
    pub created: i64,
    pub status: i64,
    pub expiry_date: Option<i64>,
    pub ip: Option<String>,
    pub creator_id: Option<i64>,
}

fn app_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AppToken> {
    Ok(AppToken {
        id: r.get(0)?,
        org_id: r.get(1)?,
        description: r.get(2)?,
        created: r.get(3)?,
        status: r.get(4)?,
        expiry_date: r.get(5)?,
        ip: r.get(6)?,
        creator_id: r.get(7)?,
    })
}

const APP_COLS: &str = "id, org_id, description, created, status, expiry_date, ip, creator_id";

pub fn app_token(c: &Connection, id: i64) -> ApiResult<Option<AppToken>> {
    Ok(c.query_row(
        &format!("SELECT {APP_COLS} FROM app_token WHERE id = ?1"),
        [id],
        app_row,
    )
    .optional()?)
}

pub fn app_tokens_of(c: &Connection, org_id: i64) -> ApiResult<Vec<AppToken>> {
    let mut st = c.prepare(&format!(
        "SELECT {APP_COLS} FROM app_token WHERE org_id = ?1 ORDER BY id"
    ))?;
    let rows = st
        .query_map([org_id], app_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn insert_app_token(
    c: &Connection,
    org_id: i64,
    description: Option<&str>,
    now: i64,
    expiry: Option<i64>,
    ip: Option<&str>,
    creator: Option<i64>,
) -> ApiResult<i64> {
    c.execute(
        "INSERT INTO app_token(org_id, description, created, expiry_date, ip, creator_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org_id, description, now, expiry, ip, creator],
    )?;
    Ok(c.last_insert_rowid())
}

pub fn set_app_token_hash(c: &Connection, id: i64, token_sha1: &str) -> ApiResult<()> {
    c.execute(
        "UPDATE app_token SET token_sha1 = ?2 WHERE id = ?1",
        params![id, token_sha1],
    )?;
    Ok(())
}

pub fn app_token_by_hash(c: &Connection, token_sha1: &str) -> ApiResult<Option<AppToken>> {
    Ok(c.query_row(
        &format!("SELECT {APP_COLS} FROM app_token WHERE token_sha1 = ?1"),
        [token_sha1],
        app_row,
    )
    .optional()?)
}

pub fn set_app_token_status(
    c: &Connection,
    id: i64,
    status: i64,
    description: Option<&str>,
) -> ApiResult<()> {
    c.execute(
        "UPDATE app_token SET status = ?2, description = COALESCE(?3, description) WHERE id = ?1",
        params![id, status, description],
    )?;
    Ok(())
}

// ---- trusted devices ----

pub fn trust_device(
    c: &Connection,
    user_id: i64,
    fingerprint: &str,
    expires: i64,
) -> ApiResult<()> {
    c.execute(
        "INSERT INTO trusted_device(user_id, fingerprint, expires) VALUES (?1, ?2, ?3)
         ON CONFLICT(user_id, fingerprint) DO UPDATE SET expires = excluded.expires",
        params![user_id, fingerprint, expires],
    )?;
    Ok(())
}

pub fn device_trusted(
    c: &Connection,
    user_id: i64,
    fingerprint: &str,
    now: i64,
) -> ApiResult<bool> {
    let n: i64 = c.query_row(
        "SELECT COUNT(*) FROM trusted_device WHERE user_id = ?1 AND fingerprint = ?2 AND expires > ?3",
        params![user_id, fingerprint, now],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Event types the emulator records. 67 is emnify's documented "User switched workspaces"; the
/// others are the emulator's own ids (emnify documents no ids for them).
pub mod event_type {
    pub const SWITCHED_WORKSPACE: i64 = 67;
    pub const INVITED: i64 = 1001;
    pub const ACTIVATED: i64 = 1002;
    pub const REMOVED_FROM_WORKSPACE: i64 = 1003;
    pub const DELETED: i64 = 1004;
    pub const ROLE_ADDED: i64 = 1005;
    pub const ROLE_REMOVED: i64 = 1006;
    pub const STATUS_CHANGED: i64 = 1007;
    pub const DEFAULT_CHANGED: i64 = 1008;
    pub const ADDED_TO_WORKSPACE: i64 = 1009;
    pub const SUPERADMIN_CHANGED: i64 = 1010;

    pub fn name(id: i64) -> &'static str {
        match id {
            SWITCHED_WORKSPACE => "User switched workspaces",
            INVITED => "User invited",
            ACTIVATED => "User activated",
            REMOVED_FROM_WORKSPACE => "User removed from workspace",
            DELETED => "User deleted",
            ROLE_ADDED => "User role added",
            ROLE_REMOVED => "User role removed",
            STATUS_CHANGED => "User status changed",
            DEFAULT_CHANGED => "Default workspace changed",
            ADDED_TO_WORKSPACE => "User added to workspace",
            SUPERADMIN_CHANGED => "SuperAdmin changed",
            _ => "Event",
        }
    }
}

impl Store {
    /// Every row of every table except the secret, as text: tests compare it before and after a
    /// refused request to prove nothing changed.
    pub fn dump(&self) -> ApiResult<String> {
        self.read(|c| {
            let mut out = String::new();
            for table in [
                "organisation",
                "user",
                "membership",
                "event",
                "app_token",
                "trusted_device",
                "request",
            ] {
                let mut st = c.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
                let cols = st.column_count();
                let mut rows = st.query([])?;
                while let Some(r) = rows.next()? {
                    out.push_str(table);
                    for i in 0..cols {
                        let v: rusqlite::types::Value = r.get(i)?;
                        out.push_str(&format!("|{v:?}"));
                    }
                    out.push('\n');
                }
            }
            Ok(out)
        })
    }
}
