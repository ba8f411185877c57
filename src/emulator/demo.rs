//! The demo data: Acme's three linked Workspaces, Globex, and one user for every interesting case.
//!
//! Loaded into an empty database and by `reset`. Every password is [`DEMO_PASSWORD`]; these are
//! demo data documented in `docs/emulator.md`, not secrets.

use rusqlite::Connection;

use super::auth::{self, Claims, TokenType, DEMO_APP_KEY};
use super::errors::ApiResult;
use super::rules::{
    ROLE_ADMIN, ROLE_OBSERVER, ROLE_USER, STATUS_ACTIVE, STATUS_PENDING, STATUS_SUSPENDED,
};
use super::store;

pub const DEMO_PASSWORD: &str = "emnify-demo";
pub const ACME_CORP: i64 = 1001;
pub const ACME_EU: i64 = 1002;
pub const ACME_SANDBOX: i64 = 1003;
pub const GLOBEX: i64 = 2001;
pub const SUPERADMIN: &str = "superadmin@acme.example";
pub const ADMIN: &str = "admin@acme.example";
pub const EU_ADMIN: &str = "eu-admin@acme.example";
pub const CONTRACTOR: &str = "contractor@acme.example";
pub const OBSERVER: &str = "observer@acme.example";
pub const SUSPENDED_ADMIN: &str = "suspended-admin@acme.example";
pub const PENDING: &str = "pending@acme.example";
pub const OPS: &str = "ops@globex.example";
/// Fixed issue time of the demo application tokens, so their text never changes.
const DEMO_TOKEN_IAT: i64 = 1_700_000_000;

const DAY: i64 = 86_400;

/// Load the demo data into an empty database.
pub fn load(c: &Connection, now: i64) -> ApiResult<()> {
    auth::secret(c)?;
    let orgs = [
        (ACME_CORP, "Acme Corp", true, 3, 900),
        (ACME_EU, "Acme EU", true, 3, 600),
        (ACME_SANDBOX, "Acme Sandbox", true, 3, 500),
        (GLOBEX, "Globex Logistics", false, 1, 800),
    ];
    for (id, name, pro, limit, age) in orgs {
        c.execute(
            "INSERT INTO organisation(id, name, created, pro, workspace_limit) VALUES (?1, ?2, ?3, ?4, ?5)",
            rusqlite::params![id, name, now - age * DAY, pro, limit],
        )?;
    }
    let pw = auth::sha1_hex(DEMO_PASSWORD);
    // (username, name, mfa, default, [(org, roles, status, days ago)])
    type Row = (
        &'static str,
        &'static str,
        bool,
        i64,
        &'static [(i64, u8, u8, i64)],
    );
    let users: [Row; 8] = [
        (
            SUPERADMIN,
            "Sam Super",
            false,
            ACME_CORP,
            &[
                (ACME_CORP, ROLE_ADMIN, STATUS_ACTIVE, 850),
                (GLOBEX, ROLE_OBSERVER, STATUS_ACTIVE, 300),
            ],
        ),
        (
            ADMIN,
            "Ada Admin",
            true,
            ACME_CORP,
            &[(ACME_CORP, ROLE_ADMIN, STATUS_ACTIVE, 700)],
        ),
        (
            EU_ADMIN,
            "Eva Europa",
            false,
            ACME_EU,
            &[(ACME_EU, ROLE_ADMIN, STATUS_ACTIVE, 550)],
        ),
        (
            CONTRACTOR,
            "Carl Contractor",
            false,
            ACME_SANDBOX,
            &[
                (ACME_SANDBOX, ROLE_USER, STATUS_ACTIVE, 400),
                (ACME_EU, ROLE_ADMIN, STATUS_ACTIVE, 200),
            ],
        ),
        (
            OBSERVER,
            "Olga Observer",
            false,
            ACME_CORP,
            &[
                (ACME_CORP, ROLE_OBSERVER, STATUS_ACTIVE, 350),
                (ACME_EU, ROLE_OBSERVER, STATUS_ACTIVE, 340),
            ],
        ),
        (
            SUSPENDED_ADMIN,
            "Sid Suspended",
            false,
            ACME_SANDBOX,
            &[(ACME_SANDBOX, ROLE_ADMIN, STATUS_SUSPENDED, 300)],
        ),
        (
            PENDING,
            "Pat Pending",
            false,
            ACME_CORP,
            &[(ACME_CORP, ROLE_USER, STATUS_PENDING, 30)],
        ),
        (
            OPS,
            "Otto Ops",
            false,
            GLOBEX,
            &[(GLOBEX, ROLE_ADMIN, STATUS_ACTIVE, 780)],
        ),
    ];
    let mut ids = Vec::new();
    for (username, name, mfa, default, rows) in users {
        let pending = username == PENDING;
        let first = rows.iter().map(|r| r.3).max().unwrap_or(0);
        let id = store::insert_user(
            c,
            username,
            name,
            (!pending).then_some(pw.as_str()),
            now - first * DAY,
            mfa,
            pending.then(auth::random_key).as_deref(),
            Some(now - first * DAY),
            Some(default),
        )?;
        ids.push(id);
        for (org, roles, status, ago) in rows.iter().copied() {
            store::insert_membership(c, id, org, roles, status, now - ago * DAY)?;
        }
    }
    for org in [ACME_CORP, ACME_EU, ACME_SANDBOX] {
        store::set_link(c, org, Some(ACME_CORP), Some(now - 120 * DAY))?;
    }
    let superadmin = ids.first().copied();
    store::set_superadmin(c, ACME_CORP, superadmin)?;
    store::set_sso(
        c,
        ACME_EU,
        Some("microsoft"),
        Some("acme-eu-portal"),
        Some("demo-client-secret"),
        true,
    )?;
    for (app_id, (org, name, _, _, _)) in (1..).zip(orgs) {
        let creator = match org {
            GLOBEX => ids.last().copied(),
            _ => superadmin,
        };
        c.execute(
            "INSERT INTO app_token(id, org_id, description, created, creator_id) VALUES (?1, ?2, 'demo token', ?3, ?4)",
            rusqlite::params![app_id, org, now - 90 * DAY, creator],
        )?;
        let token = demo_app_token(app_id, org, name)?;
        store::set_app_token_hash(c, app_id, &auth::sha1_hex(&token))?;
    }
    Ok(())
}

/// The text of a demo application token (deterministic: fixed key, fixed issue time).
pub fn demo_app_token(app_id: i64, org: i64, org_name: &str) -> ApiResult<String> {
    let claims = Claims {
        aud: auth::AUDIENCE.into(),
        iss: auth::ISSUER.into(),
        iat: DEMO_TOKEN_IAT,
        exp: auth::NO_EXPIRY,
        org,
        org_name: org_name.into(),
        user: None,
        app: Some(app_id),
        sub: Some(format!("app-token-{app_id}")),
        typ: TokenType::App,
    };
    auth::sign(&claims, DEMO_APP_KEY)
}

/// The demo application tokens as `(workspace id, workspace name, token)`.
pub fn demo_app_tokens() -> ApiResult<Vec<(i64, &'static str, String)>> {
    let list = [
        (ACME_CORP, "Acme Corp"),
        (ACME_EU, "Acme EU"),
        (ACME_SANDBOX, "Acme Sandbox"),
        (GLOBEX, "Globex Logistics"),
    ];
    list.iter()
        .enumerate()
        .map(|(i, (org, name))| Ok((*org, *name, demo_app_token(i as i64 + 1, *org, name)?)))
        .collect()
}
