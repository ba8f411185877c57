//! The report: one row per user and audited Workspace, the findings, and what was not checked.
//!
//! Its JSON form is a versioned contract (`schema_version`, `docs/audit.schema.json`): later runs
//! read it back as a baseline, so fields are only ever added.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::drift::Drift;
use super::findings::{self, Finding, Severity};
use super::snapshot::{
    AccountSecurity, Coverage, LinkState, MemberStatus, Role, Snapshot, SsoState, UserInfo,
    UserRef, WorkspaceRef,
};

/// Bump only on an incompatible change; readers refuse versions they do not know.
pub const SCHEMA_VERSION: u32 = 1;

/// The tunable thresholds of the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditOptions {
    /// A pending invitation older than this many days is a finding.
    pub invitation_max_age_days: u32,
    /// More active Administrators than this in one Workspace is a finding.
    pub admin_threshold: usize,
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions {
            invitation_max_age_days: 14,
            admin_threshold: 5,
        }
    }
}

/// How a user logs in: decided by their default Workspace's SSO (DESIGN.md rule 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoginMethod {
    Sso,
    Password,
    Unknown,
}

impl LoginMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            LoginMethod::Sso => "sso",
            LoginMethod::Password => "password",
            LoginMethod::Unknown => "unknown",
        }
    }
}

/// The login method of a user and the reason, in a sentence.
pub fn login_method(snapshot: &Snapshot, user: &UserInfo) -> (LoginMethod, String) {
    let Some(default_id) = user.default_workspace else {
        return (
            LoginMethod::Unknown,
            "the default Workspace is not one the caller can see".to_string(),
        );
    };
    let Some((default_name, sso)) = snapshot.default_workspace(default_id) else {
        return (
            LoginMethod::Unknown,
            format!("the default Workspace {default_id} is not one the caller can see"),
        );
    };
    match sso {
        SsoState::Known {
            active: true,
            provider,
            ..
        } => (
            LoginMethod::Sso,
            format!(
                "default Workspace {default_name} has SSO active ({})",
                provider.as_deref().unwrap_or("provider not named")
            ),
        ),
        SsoState::Known { .. } => (
            LoginMethod::Password,
            format!("default Workspace {default_name} has no active SSO"),
        ),
        SsoState::Unknown { reason } => (
            LoginMethod::Unknown,
            format!("SSO of default Workspace {default_name} is unknown: {reason}"),
        ),
    }
}

/// One user's access to one audited Workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessRow {
    pub workspace: WorkspaceRef,
    pub user: UserRef,
    pub name: Option<String>,
    pub roles: Vec<Role>,
    pub status: MemberStatus,
    /// `superadmin` when the access comes from the SuperAdmin role, else `granted`.
    pub access: AccessKind,
    pub default_workspace: Option<WorkspaceRef>,
    pub login_method: LoginMethod,
    pub login_reason: String,
    pub account_security: Option<AccountSecurity>,
    pub created: Option<DateTime<Utc>>,
    pub invited_at: Option<DateTime<Utc>>,
}

impl AccessRow {
    /// The role names joined for tables and CSV: `Administrator`, `User;Observer`.
    pub fn role_names(&self) -> String {
        self.roles
            .iter()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(";")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessKind {
    Granted,
    Superadmin,
}

/// A Workspace as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceEntry {
    pub id: i64,
    pub name: String,
    pub link: LinkState,
    pub sso: SsoState,
    pub coverage: Coverage,
    /// Users with access to it; `null` when it could not be audited.
    pub user_count: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub workspaces: usize,
    pub audited_workspaces: usize,
    pub users: usize,
    pub rows: usize,
    /// Number of findings per severity; every severity is present.
    pub findings: BTreeMap<Severity, usize>,
}

impl Summary {
    /// "N severity" for each severity with findings, the most severe first.
    pub fn finding_counts(&self) -> Vec<String> {
        self.findings
            .iter()
            .rev()
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| format!("{n} {k}"))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub generated_at: DateTime<Utc>,
    pub source: String,
    pub caller: Option<UserRef>,
    pub main_organisation: Option<WorkspaceRef>,
    pub superadmin: Option<UserRef>,
    pub options: AuditOptions,
    pub summary: Summary,
    pub workspaces: Vec<WorkspaceEntry>,
    pub rows: Vec<AccessRow>,
    pub findings: Vec<Finding>,
    pub limitations: Vec<String>,
    /// Set when the run compared itself with a baseline.
    #[serde(default)]
    pub drift: Option<Drift>,
}

/// Turns a snapshot into a report. Pure: the same snapshot gives the same report.
pub fn build(snapshot: &Snapshot, options: &AuditOptions) -> Report {
    let wref = |id: i64| {
        snapshot
            .default_workspace(id)
            .map(|(name, _)| WorkspaceRef {
                id,
                name: name.to_string(),
            })
    };
    let mut rows = Vec::new();
    for ws in snapshot
        .workspaces
        .iter()
        .filter(|w| w.coverage.is_audited())
    {
        for u in &snapshot.users {
            let Some(m) = u.membership(ws.id) else {
                continue;
            };
            let (method, reason) = login_method(snapshot, u);
            rows.push(AccessRow {
                workspace: WorkspaceRef {
                    id: ws.id,
                    name: ws.name.clone(),
                },
                user: UserRef {
                    id: u.id,
                    username: u.username.clone(),
                },
                name: u.name.clone(),
                roles: m.roles.clone(),
                status: m.status,
                access: if m.is_superadmin_access() {
                    AccessKind::Superadmin
                } else {
                    AccessKind::Granted
                },
                default_workspace: u.default_workspace.and_then(wref),
                login_method: method,
                login_reason: reason,
                account_security: u.account_security,
                created: u.created,
                invited_at: u.invited_at,
            });
        }
    }
    rows.sort_by(|a, b| {
        (
            a.workspace.name.as_str(),
            a.workspace.id,
            a.user.username.as_str(),
            a.user.id,
        )
            .cmp(&(
                b.workspace.name.as_str(),
                b.workspace.id,
                b.user.username.as_str(),
                b.user.id,
            ))
    });

    let workspaces: Vec<WorkspaceEntry> = snapshot
        .workspaces
        .iter()
        .map(|w| WorkspaceEntry {
            id: w.id,
            name: w.name.clone(),
            link: w.link.clone(),
            sso: w.sso.clone(),
            coverage: w.coverage.clone(),
            user_count: w
                .coverage
                .is_audited()
                .then(|| rows.iter().filter(|r| r.workspace.id == w.id).count()),
        })
        .collect();

    let findings = findings::evaluate(snapshot, options);
    let limitations = limitations(snapshot);

    let mut counts: BTreeMap<Severity, usize> = Severity::ALL.iter().map(|s| (*s, 0)).collect();
    for f in &findings {
        *counts.entry(f.severity).or_default() += 1;
    }
    let users_seen: std::collections::BTreeSet<i64> = rows.iter().map(|r| r.user.id).collect();
    let summary = Summary {
        workspaces: workspaces.len(),
        audited_workspaces: workspaces
            .iter()
            .filter(|w| w.coverage.is_audited())
            .count(),
        users: users_seen.len(),
        rows: rows.len(),
        findings: counts,
    };

    Report {
        schema_version: SCHEMA_VERSION,
        generated_at: snapshot.taken_at,
        source: snapshot.source.clone(),
        caller: snapshot.caller.clone(),
        main_organisation: snapshot.main_organisation.clone(),
        superadmin: snapshot
            .superadmin
            .and_then(|id| snapshot.user(id))
            .map(|u| UserRef {
                id: u.id,
                username: u.username.clone(),
            }),
        options: *options,
        summary,
        workspaces,
        rows,
        findings,
        limitations,
        drift: None,
    }
}

/// The snapshot's own limitations plus the checks that could not run because facts were missing.
fn limitations(snapshot: &Snapshot) -> Vec<String> {
    let mut out = snapshot.limitations.clone();
    let audited = || {
        snapshot
            .workspaces
            .iter()
            .filter(|w| w.coverage.is_audited())
    };
    for w in snapshot.workspaces.iter() {
        if let Coverage::NotAuditable { reason, .. } = &w.coverage {
            out.push(format!("{} ({}) was not audited: {reason}", w.name, w.id));
        }
    }
    let sso_unknown: Vec<_> = audited()
        .filter(|w| w.sso.is_active().is_none())
        .map(|w| w.name.as_str())
        .collect();
    if !sso_unknown.is_empty() {
        out.push(format!(
            "SSO settings unknown for {}: login methods and {} not checked there",
            sso_unknown.join(", "),
            findings::FindingCode::PasswordLoginIntoSsoWorkspace
        ));
    }
    let hidden_default = snapshot
        .users
        .iter()
        .filter(|u| {
            u.default_workspace
                .and_then(|d| snapshot.default_workspace(d))
                .is_none()
        })
        .count();
    if hidden_default > 0 {
        out.push(format!(
            "{hidden_default} user(s) have a default Workspace the caller cannot see: their \
             login method is unknown"
        ));
    }
    let unknown_security = snapshot
        .users
        .iter()
        .filter(|u| u.account_security.is_none())
        .filter(|u| login_method(snapshot, u).0 == LoginMethod::Password)
        .filter(|u| {
            u.memberships
                .iter()
                .any(|m| m.is_admin_level() && m.status == MemberStatus::Active)
        })
        .count();
    if unknown_security > 0 {
        out.push(format!(
            "account security (MFA) of {unknown_security} Administrator(s) who log in with a \
             password is unknown: {} not checked for them",
            findings::FindingCode::AdministratorWithoutMfa
        ));
    }
    out
}
