//! The collector: fills an audit [`Snapshot`] through the API with as few requests as possible.
//!
//! Requests, in order (each exactly once):
//! 1. the capability probe (does this server offer the emulator's extensions?);
//! 2. who am I, and my own Workspaces with my roles (`GET /api/v2/user/{me}/workspace`);
//! 3. per auditable Workspace, concurrently (bounded): one token switch and the user pages, and
//!    with extensions its SSO settings;
//! 4. with extensions, the link group of each audited Workspace not already covered by a group;
//! 5. per user seen (except me, known from step 2), concurrently (bounded): their Workspace
//!    assignments, which carry roles, status and the default Workspace; then, with extensions,
//!    the SSO settings of each default Workspace step 3 did not read (only when `--workspace`
//!    leaves it out, or the caller cannot list its users), which decide the login method;
//! 6. only with `--check-mfa`: per active Administrator who logs in with a password, their user
//!    record for its MFA list.
//!
//! [`Source`] is the seam: the real implementation talks to the API (paced), tests use a fake.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use futures::stream::{self, StreamExt, TryStreamExt};

use crate::audit::snapshot::{
    AccountSecurity, Coverage, DefaultWorkspace, LinkState, MemberStatus, Membership, Role,
    Snapshot, SsoState, UserInfo, UserRef, WorkspaceInfo, WorkspaceRef, ROLE_SUPERADMIN,
};
use crate::error::{CliError, CliResult};

/// One Workspace a user is assigned to, as `GET /api/v2/user/{id}/workspace` tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub workspace: WorkspaceRef,
    pub roles: Vec<Role>,
    /// `None` for a status id emnify has not documented.
    pub status: Option<MemberStatus>,
    pub is_default: bool,
}

/// A user as a Workspace's user list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedUser {
    pub id: i64,
    pub username: String,
    pub name: Option<String>,
    pub created: Option<DateTime<Utc>>,
}

/// A link group as the emulator's `GET /emulator/v1/link` describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkGroup {
    pub main_organisation: WorkspaceRef,
    pub superadmin: Option<UserRef>,
    pub workspaces: Vec<WorkspaceRef>,
}

/// What the collector needs from the API. Every method is one request (or one token switch plus
/// the pages of one list), paced by the implementation.
#[allow(async_fn_in_trait)]
pub trait Source {
    /// Whether the server offers the emulator's extension endpoints (links, SSO).
    async fn has_extensions(&self) -> CliResult<bool>;
    async fn me(&self) -> CliResult<UserRef>;
    async fn assignments(&self, user_id: i64) -> CliResult<Vec<Assignment>>;
    /// Switches into `workspace` and lists its users, every page.
    async fn users_in(&self, workspace: i64) -> CliResult<Vec<ListedUser>>;
    /// SSO settings of a Workspace the caller has access to (read with any of its tokens).
    async fn sso(&self, workspace: i64) -> CliResult<SsoState>;
    /// The link group `workspace` belongs to; `None` when it is not linked.
    async fn link(&self, workspace: i64) -> CliResult<Option<LinkGroup>>;
    /// The user's account security (MFA), read in `workspace`; `None` when the API does not say.
    async fn account_security(
        &self,
        user_id: i64,
        workspace: i64,
    ) -> CliResult<Option<AccountSecurity>>;
}

/// Progress reporting; the command shows a bar on a TTY, tests pass [`NoProgress`].
pub trait Progress {
    fn add_total(&self, n: u64);
    fn step(&self, what: &str);
}

pub struct NoProgress;

impl Progress for NoProgress {
    fn add_total(&self, _: u64) {}
    fn step(&self, _: &str) {}
}

#[derive(Debug, Clone)]
pub struct CollectOptions {
    /// Audit only these Workspaces (ids or names, as `--workspace` takes them); empty means
    /// every Workspace the caller has.
    pub only: Vec<String>,
    /// How many requests may be in flight at once.
    pub concurrency: usize,
    /// Where the data comes from, for the report.
    pub source: String,
    pub now: DateTime<Utc>,
    /// Also read the account security (MFA) of every active Administrator: one request each.
    pub check_mfa: bool,
}

const NOT_FROM_CLOUD: &str = "not available from emnify's public API";

/// Why a Workspace cannot be audited with the caller's assignment there, if it cannot.
fn not_auditable_reason(a: &Assignment) -> Option<(Option<String>, String)> {
    let role = a
        .roles
        .iter()
        .max_by_key(|r| r.is_admin_level())
        .map(|r| r.name.clone());
    if a.status != Some(MemberStatus::Active) {
        let status = a
            .status
            .map(|s| s.as_str())
            .unwrap_or("in an undocumented status");
        return Some((role, format!("your access there is {status}")));
    }
    if a.roles.iter().any(Role::is_admin_level) {
        return None;
    }
    let held = role.clone().unwrap_or_else(|| "no role".to_string());
    Some((
        role,
        format!("{held}: emnify lets only Administrators list users"),
    ))
}

/// Finds a `--workspace` selector among the caller's Workspaces: an id, else a case-insensitive
/// name, else a unique name prefix (as every other command does).
fn resolve(mine: &[Assignment], sel: &str) -> CliResult<i64> {
    let known = || {
        let list: Vec<String> = mine
            .iter()
            .map(|a| format!("{} ({})", a.workspace.name, a.workspace.id))
            .collect();
        format!("your Workspaces: {}", list.join(", "))
    };
    if let Some(a) = sel
        .parse::<i64>()
        .ok()
        .and_then(|id| mine.iter().find(|a| a.workspace.id == id))
    {
        return Ok(a.workspace.id);
    }
    let lower = sel.to_lowercase();
    if let Some(a) = mine
        .iter()
        .find(|a| a.workspace.name.to_lowercase() == lower)
    {
        return Ok(a.workspace.id);
    }
    let prefixed: Vec<&Assignment> = mine
        .iter()
        .filter(|a| a.workspace.name.to_lowercase().starts_with(&lower))
        .collect();
    match prefixed.as_slice() {
        [one] => Ok(one.workspace.id),
        [] => Err(
            CliError::not_found(format!("no Workspace `{sel}` among yours"))
                .with_hint(known())
                .with_hint("list them with `emnify workspace list`"),
        ),
        _ => Err(
            CliError::usage(format!("`{sel}` matches several Workspaces"))
                .with_hint(known())
                .with_hint("use the id or more of the name"),
        ),
    }
}

/// The error of an audit that cannot list the users of any Workspace it was asked to cover: an
/// empty report would pass for a clean one.
fn nothing_auditable(selected: &[&Assignment]) -> CliError {
    let mut err = CliError::permission(match selected.len() {
        0 => "you have no Workspace to audit".to_string(),
        1 => "the Workspace cannot be audited with your access there".to_string(),
        n => format!("none of the {n} Workspaces can be audited with your access there"),
    });
    for a in selected {
        if let Some((_, reason)) = not_auditable_reason(a) {
            err = err.with_cause(format!(
                "{} ({}): {reason}",
                a.workspace.name, a.workspace.id
            ));
        }
    }
    err.with_hint(
        "the audit lists users, which emnify allows Administrators (and the SuperAdmin) only: \
         run it as one of them",
    )
}

/// The users and SSO settings of one Workspace, or why they could not be read.
type WorkspaceRead = CliResult<(Vec<ListedUser>, SsoState)>;

/// A snapshot, and the Workspaces that could not be read (each marked not auditable in it).
#[derive(Debug)]
pub struct Collected {
    pub snapshot: Snapshot,
    /// One sentence per Workspace whose users could not be read.
    pub failed: Vec<String>,
}

/// Collects the snapshot. Fails when nothing useful can be reported: who am I, my Workspaces, an
/// unknown `--workspace`, every Workspace failing, or a user's assignments (without them the
/// rows would be wrong). A single failing Workspace is marked not auditable, with the reason, and
/// listed in [`Collected::failed`] so the command can exit with a partial failure.
pub async fn collect<S: Source>(
    src: &S,
    opts: &CollectOptions,
    progress: &dyn Progress,
) -> CliResult<Collected> {
    let concurrency = opts.concurrency.max(1);
    progress.add_total(3);
    let ext = src.has_extensions().await?;
    progress.step("capabilities");
    let me = src.me().await?;
    progress.step("caller");
    let mine = src.assignments(me.id).await?;
    progress.step("caller's Workspaces");

    let mut chosen: BTreeSet<i64> = BTreeSet::new();
    for sel in &opts.only {
        chosen.insert(resolve(&mine, sel)?);
    }
    let selected: Vec<&Assignment> = mine
        .iter()
        .filter(|a| chosen.is_empty() || chosen.contains(&a.workspace.id))
        .collect();
    let auditable: Vec<i64> = selected
        .iter()
        .filter(|a| not_auditable_reason(a).is_none())
        .map(|a| a.workspace.id)
        .collect();
    if auditable.is_empty() {
        return Err(nothing_auditable(&selected));
    }

    // Step 3: users and SSO per auditable Workspace.
    progress.add_total(auditable.len() as u64);
    let results: Vec<(i64, WorkspaceRead)> = stream::iter(auditable.iter().copied())
        .map(|ws| async move {
            let read = async {
                let users = src.users_in(ws).await?;
                let sso = if ext {
                    src.sso(ws).await?
                } else {
                    SsoState::Unknown {
                        reason: NOT_FROM_CLOUD.to_string(),
                    }
                };
                Ok::<_, CliError>((users, sso))
            }
            .await;
            progress.step("Workspace users");
            (ws, read)
        })
        .buffer_unordered(concurrency)
        .collect()
        .await;
    let mut per_ws: Vec<(i64, Vec<ListedUser>, SsoState)> = Vec::new();
    let mut failures: BTreeMap<i64, CliError> = BTreeMap::new();
    for (ws, r) in results {
        match r {
            Ok((users, sso)) => per_ws.push((ws, users, sso)),
            Err(e) => {
                failures.insert(ws, e);
            }
        }
    }
    if per_ws.is_empty() {
        // Nothing could be read: fail with the first error's kind, naming every Workspace.
        let mut all = std::mem::take(&mut failures).into_iter();
        if let Some((first_ws, first)) = all.next() {
            let mut err = CliError::new(
                first.kind,
                "the users of no Workspace could be read: nothing was audited",
            );
            let name = |ws: i64| {
                mine.iter()
                    .find(|a| a.workspace.id == ws)
                    .map(|a| a.workspace.name.clone())
                    .unwrap_or_else(|| "Workspace".to_string())
            };
            err = err.with_cause(format!("{} ({first_ws}): {first}", name(first_ws)));
            for (ws, e) in all {
                err = err.with_cause(format!("{} ({ws}): {e}", name(ws)));
            }
            for h in first.hints {
                err = err.with_hint(h);
            }
            return Err(err);
        }
    }
    let auditable: Vec<i64> = per_ws.iter().map(|(ws, _, _)| *ws).collect();

    // Step 4: link groups, one call per group (sequential, so no group is asked twice).
    let mut groups: Vec<LinkGroup> = Vec::new();
    let mut unlinked: BTreeSet<i64> = BTreeSet::new();
    if ext {
        let mut order = auditable.clone();
        order.sort_unstable();
        for ws in order {
            if groups
                .iter()
                .any(|g| g.workspaces.iter().any(|w| w.id == ws))
            {
                continue;
            }
            match src.link(ws).await? {
                Some(g) => groups.push(g),
                None => {
                    unlinked.insert(ws);
                }
            }
        }
    }

    // Step 5: every user's assignments, once each.
    let mut listed: BTreeMap<i64, ListedUser> = BTreeMap::new();
    for (_, users, _) in &per_ws {
        for u in users {
            listed.entry(u.id).or_insert_with(|| u.clone());
        }
    }
    let others: Vec<i64> = listed.keys().copied().filter(|id| *id != me.id).collect();
    progress.add_total(others.len() as u64);
    let mut assignments: BTreeMap<i64, Vec<Assignment>> = stream::iter(others)
        .map(|id| async move {
            let a = src.assignments(id).await?;
            progress.step("user assignments");
            Ok::<_, CliError>((id, a))
        })
        .buffer_unordered(concurrency)
        .try_collect()
        .await?;
    assignments.insert(me.id, mine.clone());

    // Step 5b: the SSO of every listed user's default Workspace that step 3 did not read (the
    // audit is limited by `--workspace`, or the caller cannot list that Workspace's users), once
    // each. The assignments name it; the caller can read its SSO because it manages the user
    // there (or it is the caller's own). Without it the user's login method would be unknown.
    let mut sso_of: BTreeMap<i64, SsoState> = per_ws
        .iter()
        .map(|(ws, _, sso)| (*ws, sso.clone()))
        .collect();
    let default_of = |id: i64| {
        assignments
            .get(&id)
            .and_then(|list| list.iter().find(|a| a.is_default))
            .map(|a| a.workspace.clone())
    };
    let defaults: BTreeMap<i64, String> = listed
        .keys()
        .filter_map(|id| default_of(*id))
        .map(|w| (w.id, w.name))
        .collect();
    let mut limitations = Vec::new();
    if ext {
        let unread: Vec<i64> = defaults
            .keys()
            .copied()
            .filter(|d| !sso_of.contains_key(d))
            .collect();
        progress.add_total(unread.len() as u64);
        let read: Vec<(i64, CliResult<SsoState>)> = stream::iter(unread)
            .map(|ws| async move {
                let r = src.sso(ws).await;
                progress.step("default Workspace SSO");
                (ws, r)
            })
            .buffer_unordered(concurrency)
            .collect()
            .await;
        for (ws, r) in read {
            let sso = r.unwrap_or_else(|e| {
                let name = defaults.get(&ws).map(String::as_str).unwrap_or("Workspace");
                limitations.push(format!(
                    "the SSO settings of {name} ({ws}), a default Workspace, could not be read \
                     ({e}): the login method of the users whose default it is is unknown"
                ));
                SsoState::Unknown {
                    reason: format!("reading them failed: {e}"),
                }
            });
            sso_of.insert(ws, sso);
        }
    }

    // Assemble.
    let group_of = |ws: i64| {
        groups
            .iter()
            .find(|g| g.workspaces.iter().any(|w| w.id == ws))
    };
    let mut workspaces = Vec::new();
    for a in &selected {
        let id = a.workspace.id;
        let coverage = match (not_auditable_reason(a), failures.get(&id)) {
            (Some((caller_role, reason)), _) => Coverage::NotAuditable {
                caller_role,
                reason,
            },
            (None, Some(e)) => Coverage::NotAuditable {
                caller_role: None,
                reason: format!("reading its users failed: {e}"),
            },
            (None, None) => Coverage::Audited,
        };
        let link = if !ext {
            LinkState::Unknown {
                reason: NOT_FROM_CLOUD.to_string(),
            }
        } else if let Some(g) = group_of(id) {
            LinkState::Linked {
                main_organisation: g.main_organisation.clone(),
            }
        } else if unlinked.contains(&id) {
            LinkState::NotLinked
        } else {
            LinkState::Unknown {
                reason: "not audited".to_string(),
            }
        };
        let sso = sso_of
            .get(&id)
            .cloned()
            .unwrap_or_else(|| SsoState::Unknown {
                reason: if ext {
                    "not audited".to_string()
                } else {
                    NOT_FROM_CLOUD.to_string()
                },
            });
        workspaces.push(WorkspaceInfo {
            id,
            name: a.workspace.name.clone(),
            link,
            sso,
            coverage,
        });
    }
    workspaces.sort_by_key(|w| w.id);
    let outside_defaults: Vec<DefaultWorkspace> = defaults
        .iter()
        .filter(|(id, _)| !selected.iter().any(|a| a.workspace.id == **id))
        .map(|(id, name)| DefaultWorkspace {
            id: *id,
            name: name.clone(),
            sso: sso_of
                .get(id)
                .cloned()
                .unwrap_or_else(|| SsoState::Unknown {
                    reason: NOT_FROM_CLOUD.to_string(),
                }),
        })
        .collect();

    let audited: BTreeSet<i64> = auditable.iter().copied().collect();
    let mut users = Vec::new();
    for (id, lu) in &listed {
        let assigned = assignments.get(id).map(Vec::as_slice).unwrap_or(&[]);
        let memberships: Vec<Membership> = assigned
            .iter()
            .filter(|a| audited.contains(&a.workspace.id))
            .filter_map(|a| {
                a.status.map(|status| Membership {
                    workspace_id: a.workspace.id,
                    roles: a.roles.clone(),
                    status,
                })
            })
            .collect();
        users.push(UserInfo {
            id: *id,
            username: lu.username.clone(),
            name: lu.name.clone(),
            default_workspace: assigned
                .iter()
                .find(|a| a.is_default)
                .map(|a| a.workspace.id),
            created: lu.created,
            invited_at: None,
            account_security: None,
            memberships,
        });
    }

    // Step 6 (on request): account security of the active Administrators, once each.
    if opts.check_mfa {
        let admins: Vec<(usize, i64, i64)> = users
            .iter()
            .enumerate()
            // An SSO login makes MFA the identity provider's business: skip those.
            .filter(|(_, u)| {
                u.default_workspace
                    .and_then(|d| sso_of.get(&d))
                    .and_then(SsoState::is_active)
                    != Some(true)
            })
            .filter_map(|(i, u)| {
                u.memberships
                    .iter()
                    .find(|m| m.status == MemberStatus::Active && m.is_admin_level())
                    .map(|m| (i, u.id, m.workspace_id))
            })
            .collect();
        progress.add_total(admins.len() as u64);
        let found: Vec<(usize, Option<AccountSecurity>)> = stream::iter(admins)
            .map(|(i, id, ws)| async move {
                let s = src.account_security(id, ws).await?;
                progress.step("account security");
                Ok::<_, CliError>((i, s))
            })
            .buffer_unordered(concurrency)
            .try_collect()
            .await?;
        for (i, s) in found {
            if let Some(u) = users.get_mut(i) {
                u.account_security = s;
            }
        }
    }

    let superadmin = groups
        .iter()
        .find_map(|g| g.superadmin.as_ref().map(|s| s.id))
        .or_else(|| {
            assignments.iter().find_map(|(id, list)| {
                list.iter()
                    .any(|a| a.roles.iter().any(|r| r.id == ROLE_SUPERADMIN))
                    .then_some(*id)
            })
        });
    let main_organisation = groups
        .iter()
        .find(|g| g.superadmin.as_ref().is_some_and(|s| s.id == me.id))
        .or_else(|| groups.first())
        .map(|g| g.main_organisation.clone());

    if !ext {
        limitations.push(
            "links, the main organisation and SSO settings are not available from emnify's public \
             API: link state, SSO and login methods are unknown"
                .to_string(),
        );
    }

    let failed = failures
        .iter()
        .map(|(ws, e)| {
            let name = mine
                .iter()
                .find(|a| a.workspace.id == *ws)
                .map(|a| a.workspace.name.as_str());
            format!("{} ({ws}): {e}", name.unwrap_or("Workspace"))
        })
        .collect();
    let snapshot = Snapshot {
        taken_at: opts.now,
        source: opts.source.clone(),
        caller: Some(me),
        main_organisation,
        superadmin,
        workspaces,
        outside_defaults,
        users,
        limitations,
    };
    Ok(Collected { snapshot, failed })
}

#[cfg(test)]
#[path = "collect_tests.rs"]
mod tests;
