//! The collector's [`Source`] over the real API: every request paced inside emnify's limits.

use chrono::{DateTime, NaiveDateTime, Utc};
use reqwest::Method;
use serde::Deserialize;

use super::collect::{Assignment, LinkGroup, ListedUser, Source};
use crate::api::client::decode;
use crate::api::pace::{Class, Pacer};
use crate::api::{ext, workspaces, Client};
use crate::audit::snapshot::{
    AccountSecurity, MemberStatus, Role, SsoState, UserRef, WorkspaceRef, ROLE_ADMINISTRATOR,
    ROLE_OBSERVER, ROLE_SUPERADMIN, ROLE_USER,
};
use crate::error::{CliError, CliResult};

/// Users asked for per page; emnify clamps larger values to its maximum, and the pages are
/// followed through `X-Total-Pages` either way.
pub const USER_PAGE_SIZE: u32 = 1000;

pub struct ApiSource {
    client: Client,
    pacer: Pacer,
    /// The Workspace the login lands in: its token needs no switch.
    login_workspace: tokio::sync::OnceCell<Option<i64>>,
}

impl ApiSource {
    pub fn new(client: Client, pacer: Pacer) -> Self {
        ApiSource {
            client,
            pacer,
            login_workspace: tokio::sync::OnceCell::new(),
        }
    }

    async fn login_workspace(&self) -> CliResult<Option<i64>> {
        let ws = self
            .login_workspace
            .get_or_try_init(|| async {
                self.pacer.acquire(Class::Auth).await;
                self.client.login_workspace().await.map_err(CliError::from)
            })
            .await?;
        Ok(*ws)
    }
}

/// One item of `GET /api/v1/user` (the client's own model; only what the audit reads).
#[derive(Debug, Deserialize)]
struct UserItem {
    id: i64,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    created: Option<String>,
}

/// `GET /api/v1/user/{id}`, only the MFA list (emnify: `mfa: [...]`; absent means unknown).
#[derive(Debug, Deserialize)]
struct UserDetail {
    #[serde(default)]
    mfa: Option<Vec<serde_json::Value>>,
}

/// Reads emnify's MFA list: an active entry whose type mentions e-mail is Email MFA, any other
/// active entry App MFA, none Not set. Entries without a status count as active.
pub fn account_security(mfa: &[serde_json::Value]) -> AccountSecurity {
    let active = |m: &&serde_json::Value| {
        m.pointer("/status/id")
            .and_then(serde_json::Value::as_i64)
            .is_none_or(|id| id == 1)
    };
    let kind = |m: &serde_json::Value| {
        let t = m
            .pointer("/type/description")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("");
        if t.to_lowercase().contains("mail") {
            AccountSecurity::EmailMfa
        } else {
            AccountSecurity::AppMfa
        }
    };
    mfa.iter()
        .find(active)
        .map(kind)
        .unwrap_or(AccountSecurity::NotSet)
}

/// emnify writes `2021-11-18T08:25:53.000+0000`; `Z` and forms without millis occur too.
pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M:%S%z"] {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Some(t.with_timezone(&Utc));
        }
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t.and_utc());
        }
    }
    None
}

/// emnify's name for the role ids it documents, whatever spelling the API used; the API's own
/// name for any other.
fn role(r: &crate::api::models::Role) -> Role {
    match r.id {
        ROLE_ADMINISTRATOR | ROLE_USER | ROLE_OBSERVER | ROLE_SUPERADMIN => Role::new(r.id),
        _ => Role {
            id: r.id,
            name: r.display_name(),
        },
    }
}

fn status(s: crate::api::models::MemberStatus) -> Option<MemberStatus> {
    use crate::api::models::MemberStatus as M;
    match s {
        M::ActivationPending => Some(MemberStatus::ActivationPending),
        M::Active => Some(MemberStatus::Active),
        M::Suspended => Some(MemberStatus::Suspended),
        M::Other(_) => None,
    }
}

impl Source for ApiSource {
    async fn has_extensions(&self) -> CliResult<bool> {
        self.pacer.acquire(Class::Other).await;
        Ok(ext::available(&self.client).await?)
    }

    async fn me(&self) -> CliResult<UserRef> {
        self.login_workspace().await?;
        self.pacer.acquire(Class::Other).await;
        let me: crate::api::models::User = self.client.get("/api/v1/user/my", &[]).await?;
        Ok(UserRef {
            id: me.id,
            username: me.username.unwrap_or_default(),
        })
    }

    async fn assignments(&self, user_id: i64) -> CliResult<Vec<Assignment>> {
        self.pacer.acquire(Class::List).await;
        let list = workspaces::list_for_user(&self.client, user_id).await?;
        Ok(list
            .iter()
            .map(|w| Assignment {
                workspace: WorkspaceRef {
                    id: w.id,
                    name: w.name.clone(),
                },
                roles: w.roles.iter().map(role).collect(),
                status: status(w.status),
                is_default: w.default_workspace.unwrap_or(false),
            })
            .collect())
    }

    async fn users_in(&self, workspace: i64) -> CliResult<Vec<ListedUser>> {
        let client = self.client.in_workspace(workspace);
        if self.login_workspace().await? != Some(workspace) {
            // The switch: asked for explicitly so it is paced as an authentication request.
            self.pacer.acquire(Class::Auth).await;
            client.token().await?;
        }
        let path = "/api/v1/user";
        let mut out = Vec::new();
        let mut page: u64 = 1;
        loop {
            self.pacer.acquire(Class::List).await;
            let query = [
                ("page", page.to_string()),
                ("per_page", USER_PAGE_SIZE.to_string()),
            ];
            let resp = client.send(Method::GET, path, &query, None).await?;
            let items: Vec<UserItem> = decode(&Method::GET, path, &resp)?;
            let pages = resp.header_u64("x-total-pages").unwrap_or(1);
            let empty = items.is_empty();
            out.extend(items.into_iter().map(|u| ListedUser {
                id: u.id,
                username: u.username.unwrap_or_default(),
                name: u.name,
                created: u.created.as_deref().and_then(parse_time),
            }));
            if page >= pages || empty {
                return Ok(out);
            }
            page += 1;
        }
    }

    async fn sso(&self, workspace: i64) -> CliResult<SsoState> {
        self.pacer.acquire(Class::Other).await;
        // Any token of a user with access there may read it: the login's, so a default
        // Workspace outside the audit costs no token switch.
        let s = ext::sso(&self.client, workspace).await?;
        Ok(SsoState::Known {
            provider: s.provider,
            verified: s.verified,
            active: s.active,
        })
    }

    async fn account_security(
        &self,
        user_id: i64,
        workspace: i64,
    ) -> CliResult<Option<AccountSecurity>> {
        self.pacer.acquire(Class::Other).await;
        let path = format!("/api/v1/user/{user_id}");
        let d: UserDetail = self.client.in_workspace(workspace).get(&path, &[]).await?;
        Ok(d.mfa.as_deref().map(account_security))
    }

    async fn link(&self, workspace: i64) -> CliResult<Option<LinkGroup>> {
        self.pacer.acquire(Class::Other).await;
        let info = ext::link(&self.client.in_workspace(workspace)).await?;
        Ok(info.map(|i| LinkGroup {
            main_organisation: WorkspaceRef {
                id: i.main_organisation.id,
                name: i.main_organisation.name.unwrap_or_default(),
            },
            superadmin: i.superadmin.map(|s| UserRef {
                id: s.id,
                username: s.username.unwrap_or_default(),
            }),
            workspaces: i
                .workspaces
                .into_iter()
                .map(|w| WorkspaceRef {
                    id: w.id,
                    name: w.name.unwrap_or_default(),
                })
                .collect(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn mfa_lists_are_read() {
        use super::account_security;
        use crate::audit::snapshot::AccountSecurity::*;
        let v = |s: &str| serde_json::from_str::<Vec<serde_json::Value>>(s).unwrap_or_default();
        assert_eq!(account_security(&[]), NotSet);
        let totp = r#"[{"id":1,"type":{"id":1,"description":"TOTP"},"status":{"id":1,"description":"ACTIVE"}}]"#;
        assert_eq!(account_security(&v(totp)), AppMfa);
        assert_eq!(
            account_security(&v(r#"[{"type":{"description":"Email"}}]"#)),
            EmailMfa
        );
        let off = r#"[{"type":{"description":"TOTP"},"status":{"id":2,"description":"INACTIVE"}}]"#;
        assert_eq!(account_security(&v(off)), NotSet);
    }

    #[test]
    fn role_names_are_emnifys_whatever_the_api_spelled() {
        use crate::api::models::Role as ApiRole;
        let name = |id: i64, n: Option<&str>| {
            super::role(&ApiRole {
                id,
                name: n.map(str::to_string),
            })
            .name
        };
        assert_eq!(name(1, Some("administrator")), "Administrator");
        assert_eq!(name(3, None), "Observer");
        assert_eq!(name(4, Some("superadmin")), "SuperAdmin");
        assert_eq!(name(9, Some("Billing")), "Billing");
    }

    #[test]
    fn emnify_time_forms_parse() {
        for s in [
            "2021-11-18T08:25:53.000+0000",
            "2021-11-18T08:25:53Z",
            "2021-11-18T08:25:53+00:00",
            "2021-11-18T08:25:53",
            "2021-11-18 08:25:53",
        ] {
            assert_eq!(
                parse_time(s).map(|t| t.to_rfc3339()),
                Some("2021-11-18T08:25:53+00:00".to_string()),
                "{s}"
            );
        }
        assert_eq!(parse_time("yesterday"), None);
    }
}
