//! The checks: each turns snapshot facts into findings with a stable code and a severity.
//!
//! A check only fires on facts it knows. Where the snapshot says "unknown" (SSO settings from
//! emnify's cloud, account security, a default Workspace the caller cannot see), the check stays
//! silent and the report's limitations say what was not checked.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::report::{login_method, AuditOptions, LoginMethod};
use super::snapshot::{AccountSecurity, MemberStatus, Snapshot, UserInfo, UserRef, WorkspaceRef};

/// How much a finding matters, lowest first so that `>=` reads as "at least".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!("unknown severity `{s}` (expected info, low, medium, high or critical)")
            })
    }
}

/// Stable finding codes: scripts and baselines rely on them, so never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FindingCode {
    /// A user logs in with a password (their default has no SSO) and can then switch into a
    /// Workspace whose SSO is active, bypassing it.
    PasswordLoginIntoSsoWorkspace,
    /// No active Administrator other than the SuperAdmin: nobody inside manages its users.
    NoActiveAdministrator,
    /// A suspended user still holds the Administrator role: reactivation restores full control.
    SuspendedAdministrator,
    /// An invitation pending for longer than the configured number of days.
    StaleInvitation,
    /// A user (other than the SuperAdmin) with access to every audited Workspace.
    AccessToEveryWorkspace,
    /// More active Administrators in one Workspace than the configured threshold.
    TooManyAdministrators,
    /// An Administrator who logs in with a password and has no MFA set.
    AdministratorWithoutMfa,
}

impl FindingCode {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::PasswordLoginIntoSsoWorkspace => "PASSWORD_LOGIN_INTO_SSO_WORKSPACE",
            FindingCode::NoActiveAdministrator => "NO_ACTIVE_ADMINISTRATOR",
            FindingCode::SuspendedAdministrator => "SUSPENDED_ADMINISTRATOR",
            FindingCode::StaleInvitation => "STALE_INVITATION",
            FindingCode::AccessToEveryWorkspace => "ACCESS_TO_EVERY_WORKSPACE",
            FindingCode::TooManyAdministrators => "TOO_MANY_ADMINISTRATORS",
            FindingCode::AdministratorWithoutMfa => "ADMINISTRATOR_WITHOUT_MFA",
        }
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// Identifies the same finding across runs: code, Workspace id and user id.
    pub key: String,
    pub workspace: Option<WorkspaceRef>,
    pub user: Option<UserRef>,
    pub message: String,
}

impl Finding {
    fn new(
        code: FindingCode,
        severity: Severity,
        workspace: Option<WorkspaceRef>,
        user: Option<UserRef>,
        message: String,
    ) -> Self {
        let mut key = code.as_str().to_string();
        if let Some(w) = &workspace {
            key.push_str(&format!(":workspace={}", w.id));
        }
        if let Some(u) = &user {
            key.push_str(&format!(":user={}", u.id));
        }
        Finding {
            code,
            severity,
            key,
            workspace,
            user,
            message,
        }
    }
    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }
}

fn user_ref(u: &UserInfo) -> UserRef {
    UserRef {
        id: u.id,
        username: u.username.clone(),
    }
}

/// Runs every check over the audited Workspaces; the result is sorted, most severe first.
pub fn evaluate(snapshot: &Snapshot, options: &AuditOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    let audited: Vec<_> = snapshot
        .workspaces
        .iter()
        .filter(|w| w.coverage.is_audited())
        .collect();
    let is_superadmin = |u: &UserInfo| snapshot.superadmin == Some(u.id);

    for ws in &audited {
        let wref = WorkspaceRef {
            id: ws.id,
            name: ws.name.clone(),
        };
        let members: Vec<_> = snapshot
            .users
            .iter()
            .filter_map(|u| u.membership(ws.id).map(|m| (u, m)))
            .collect();

        // Password login into an SSO Workspace. The SuperAdmin's own access is left out: it is
        // not granted by anyone in the Workspace and cannot be removed there (DESIGN.md rule 5).
        if ws.sso.is_active() == Some(true) {
            for (u, m) in &members {
                if m.status != MemberStatus::Active || m.is_superadmin_access() {
                    continue;
                }
                let (method, _) = login_method(snapshot, u);
                if method != LoginMethod::Password {
                    continue;
                }
                let default_name = u
                    .default_workspace
                    .and_then(|d| snapshot.default_workspace(d))
                    .map(|(name, _)| name)
                    .unwrap_or("their default Workspace");
                let admin = m.has_granted_admin();
                let severity = if admin {
                    Severity::High
                } else {
                    Severity::Medium
                };
                out.push(Finding::new(
                    FindingCode::PasswordLoginIntoSsoWorkspace,
                    severity,
                    Some(wref.clone()),
                    Some(user_ref(u)),
                    format!(
                        "{} is {} of {} where SSO is active, but logs in with a password because \
                         their default Workspace {} has no SSO",
                        u.username,
                        if admin {
                            "an Administrator"
                        } else {
                            "a member"
                        },
                        ws.name,
                        default_name
                    ),
                ));
            }
        }

        let active_admins: Vec<_> = members
            .iter()
            .filter(|(u, m)| {
                m.status == MemberStatus::Active && m.has_granted_admin() && !is_superadmin(u)
            })
            .collect();
        if active_admins.is_empty() {
            let besides = match snapshot.superadmin {
                Some(sa)
                    if snapshot
                        .user(sa)
                        .and_then(|u| u.membership(ws.id))
                        .is_some() =>
                {
                    " besides the SuperAdmin"
                }
                _ => "",
            };
            out.push(Finding::new(
                FindingCode::NoActiveAdministrator,
                Severity::High,
                Some(wref.clone()),
                None,
                format!("{} has no active Administrator{besides}", ws.name),
            ));
        }
        if active_admins.len() > options.admin_threshold {
            out.push(Finding::new(
                FindingCode::TooManyAdministrators,
                Severity::Low,
                Some(wref.clone()),
                None,
                format!(
                    "{} has {} active Administrators, more than the threshold of {}",
                    ws.name,
                    active_admins.len(),
                    options.admin_threshold
                ),
            ));
        }

        for (u, m) in &members {
            if m.status == MemberStatus::Suspended && m.has_granted_admin() {
                out.push(Finding::new(
                    FindingCode::SuspendedAdministrator,
                    Severity::Medium,
                    Some(wref.clone()),
                    Some(user_ref(u)),
                    format!(
                        "{} is suspended in {} but still holds the Administrator role",
                        u.username, ws.name
                    ),
                ));
            }
            if m.status == MemberStatus::ActivationPending {
                if let Some(sent) = u.invited_at.or(u.created) {
                    let days = (snapshot.taken_at - sent).num_days();
                    if days > i64::from(options.invitation_max_age_days) {
                        out.push(Finding::new(
                            FindingCode::StaleInvitation,
                            Severity::Low,
                            Some(wref.clone()),
                            Some(user_ref(u)),
                            format!(
                                "{} was invited to {} {days} days ago and has not accepted \
                                 (threshold {} days)",
                                u.username, ws.name, options.invitation_max_age_days
                            ),
                        ));
                    }
                }
            }
        }
    }

    if audited.len() >= 2 {
        for u in &snapshot.users {
            if is_superadmin(u) {
                continue;
            }
            let everywhere = audited.iter().all(|w| {
                u.membership(w.id)
                    .is_some_and(|m| m.status == MemberStatus::Active)
            });
            if everywhere {
                out.push(Finding::new(
                    FindingCode::AccessToEveryWorkspace,
                    Severity::Low,
                    None,
                    Some(user_ref(u)),
                    format!(
                        "{} has active access to all {} audited Workspaces",
                        u.username,
                        audited.len()
                    ),
                ));
            }
        }
    }

    for u in &snapshot.users {
        let admin_somewhere = u.memberships.iter().any(|m| {
            m.status == MemberStatus::Active
                && m.is_admin_level()
                && snapshot
                    .workspace(m.workspace_id)
                    .is_some_and(|w| w.coverage.is_audited())
        });
        if admin_somewhere
            && u.account_security == Some(AccountSecurity::NotSet)
            && login_method(snapshot, u).0 == LoginMethod::Password
        {
            out.push(Finding::new(
                FindingCode::AdministratorWithoutMfa,
                Severity::Medium,
                None,
                Some(user_ref(u)),
                format!(
                    "{} is {}, logs in with a password and has no MFA",
                    u.username,
                    if is_superadmin(u) {
                        "the SuperAdmin"
                    } else {
                        "an Administrator"
                    }
                ),
            ));
        }
    }

    sort(&mut out);
    out
}

/// Most severe first; then by code, Workspace and user so the order is stable.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.code.cmp(&b.code))
            .then(
                a.workspace
                    .as_ref()
                    .map(|w| w.id)
                    .cmp(&b.workspace.as_ref().map(|w| w.id)),
            )
            .then(
                a.user
                    .as_ref()
                    .map(|u| u.id)
                    .cmp(&b.user.as_ref().map(|u| u.id)),
            )
    });
}
