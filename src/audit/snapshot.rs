//! What the collector saw: Workspaces, their SSO and link state, and the users in each.
//!
//! A snapshot holds facts only, no judgement. Anything the API could not tell us is an explicit
//! "unknown" with the reason, so the report can say what it could not check instead of guessing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Role ids as emnify uses them (`docs/architecture.md`).
pub const ROLE_ADMINISTRATOR: i64 = 1;
pub const ROLE_USER: i64 = 2;
pub const ROLE_OBSERVER: i64 = 3;
pub const ROLE_SUPERADMIN: i64 = 4;

/// A Workspace and a user, referenced by id with the name for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceRef {
    pub id: i64,
    pub name: String,
}

/// A role a user holds in one Workspace.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Role {
    pub id: i64,
    pub name: String,
}

impl Role {
    pub fn new(id: i64) -> Self {
        let name = match id {
            ROLE_ADMINISTRATOR => "Administrator",
            ROLE_USER => "User",
            ROLE_OBSERVER => "Observer",
            ROLE_SUPERADMIN => "SuperAdmin",
            _ => "unknown role",
        };
        Role {
            id,
            name: name.to_string(),
        }
    }
    pub fn administrator() -> Self {
        Self::new(ROLE_ADMINISTRATOR)
    }
    pub fn user() -> Self {
        Self::new(ROLE_USER)
    }
    pub fn observer() -> Self {
        Self::new(ROLE_OBSERVER)
    }
    pub fn superadmin() -> Self {
        Self::new(ROLE_SUPERADMIN)
    }
    /// Administrator permissions: an Administrator, or the SuperAdmin in a linked Workspace.
    pub fn is_admin_level(&self) -> bool {
        self.id == ROLE_ADMINISTRATOR || self.id == ROLE_SUPERADMIN
    }
}

/// A user's status in one Workspace (emnify ids 0, 1, 2), written lowercase like every other
/// command's output; emnify's upper-case names, which reports before the output convention used,
/// are still read (baselines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MemberStatus {
    /// Invited, not accepted yet (emnify's ACTIVATION_PENDING).
    #[serde(rename = "pending", alias = "ACTIVATION_PENDING")]
    ActivationPending,
    #[serde(rename = "active", alias = "ACTIVE")]
    Active,
    #[serde(rename = "suspended", alias = "SUSPENDED")]
    Suspended,
}

impl MemberStatus {
    pub fn from_id(id: i64) -> Option<Self> {
        match id {
            0 => Some(MemberStatus::ActivationPending),
            1 => Some(MemberStatus::Active),
            2 => Some(MemberStatus::Suspended),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::ActivationPending => "pending",
            MemberStatus::Active => "active",
            MemberStatus::Suspended => "suspended",
        }
    }
}

/// SSO settings of a Workspace, or why they are not known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SsoState {
    Known {
        /// `microsoft`, `google`, `oidc`, or none when SSO was never set up.
        provider: Option<String>,
        verified: bool,
        active: bool,
    },
    Unknown {
        reason: String,
    },
}

impl SsoState {
    pub fn none() -> Self {
        SsoState::Known {
            provider: None,
            verified: false,
            active: false,
        }
    }
    /// `Some(true)` when SSO is active, `Some(false)` when known to be off, `None` when unknown.
    pub fn is_active(&self) -> Option<bool> {
        match self {
            SsoState::Known { active, .. } => Some(*active),
            SsoState::Unknown { .. } => None,
        }
    }
}

/// Whether a Workspace belongs to a link group, and to which main organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LinkState {
    Linked { main_organisation: WorkspaceRef },
    NotLinked,
    Unknown { reason: String },
}

/// Whether the caller could list this Workspace's users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Coverage {
    Audited,
    NotAuditable {
        /// The caller's role there, when known.
        caller_role: Option<String>,
        reason: String,
    },
}

impl Coverage {
    pub fn is_audited(&self) -> bool {
        matches!(self, Coverage::Audited)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceInfo {
    pub id: i64,
    pub name: String,
    pub link: LinkState,
    pub sso: SsoState,
    pub coverage: Coverage,
}

/// How a user protects a password login (emnify's "Account security" column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountSecurity {
    Sso,
    AppMfa,
    EmailMfa,
    NotSet,
}

/// One user's access to one Workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub workspace_id: i64,
    pub roles: Vec<Role>,
    pub status: MemberStatus,
}

impl Membership {
    pub fn is_admin_level(&self) -> bool {
        self.roles.iter().any(Role::is_admin_level)
    }
    pub fn has_granted_admin(&self) -> bool {
        self.roles.iter().any(|r| r.id == ROLE_ADMINISTRATOR)
    }
    /// Access that exists only because the user is the SuperAdmin of the link group.
    pub fn is_superadmin_access(&self) -> bool {
        self.roles.iter().any(|r| r.id == ROLE_SUPERADMIN)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfo {
    pub id: i64,
    /// The e-mail address the user logs in with.
    pub username: String,
    pub name: Option<String>,
    /// `None` when the default is a Workspace the caller cannot see.
    pub default_workspace: Option<i64>,
    pub created: Option<DateTime<Utc>>,
    /// When the pending invitation was sent, if known; `created` stands in otherwise.
    pub invited_at: Option<DateTime<Utc>>,
    /// `None` when the API did not say.
    pub account_security: Option<AccountSecurity>,
    pub memberships: Vec<Membership>,
}

impl UserInfo {
    pub fn membership(&self, workspace_id: i64) -> Option<&Membership> {
        self.memberships
            .iter()
            .find(|m| m.workspace_id == workspace_id)
    }
}

/// A Workspace outside the audit that is the default of an audited user: only its name and SSO
/// are needed, to tell how that user logs in (DESIGN.md rule 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefaultWorkspace {
    pub id: i64,
    pub name: String,
    pub sso: SsoState,
}

/// Everything one audit run collected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub taken_at: DateTime<Utc>,
    /// The API the snapshot came from (a URL, or `embedded` for `--emulator`).
    pub source: String,
    pub caller: Option<UserRef>,
    pub main_organisation: Option<WorkspaceRef>,
    /// The SuperAdmin's user id, when the caller's Workspaces are linked and the API says who it is.
    pub superadmin: Option<i64>,
    pub workspaces: Vec<WorkspaceInfo>,
    /// Default Workspaces of audited users that are not among `workspaces` (a `--workspace`
    /// audit): known from the users' Workspace assignments.
    #[serde(default)]
    pub outside_defaults: Vec<DefaultWorkspace>,
    pub users: Vec<UserInfo>,
    /// What the API could not tell us, in a sentence each.
    pub limitations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRef {
    pub id: i64,
    pub username: String,
}

impl Snapshot {
    pub fn workspace(&self, id: i64) -> Option<&WorkspaceInfo> {
        self.workspaces.iter().find(|w| w.id == id)
    }
    /// Name and SSO of a Workspace that is a user's default: an audited (or listed) Workspace, or
    /// one outside the audit; `None` when the caller cannot see it.
    pub fn default_workspace(&self, id: i64) -> Option<(&str, &SsoState)> {
        self.workspace(id)
            .map(|w| (w.name.as_str(), &w.sso))
            .or_else(|| {
                self.outside_defaults
                    .iter()
                    .find(|w| w.id == id)
                    .map(|w| (w.name.as_str(), &w.sso))
            })
    }
    pub fn user(&self, id: i64) -> Option<&UserInfo> {
        self.users.iter().find(|u| u.id == id)
    }
}
