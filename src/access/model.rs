//! The values the access model works with: roles, statuses, Workspaces, and the two states
//! (desired, read from a file; current, read from the API) that a plan compares.

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

/// A place in an input file, 1-based, for error messages and plan notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// A Workspace role. Ids follow `docs/architecture.md`; SuperAdmin is never assignable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Administrator,
    User,
    Observer,
    #[serde(rename = "superadmin")]
    SuperAdmin,
}

impl Role {
    /// The roles a file or a command may assign.
    pub const ASSIGNABLE: [Role; 3] = [Role::Administrator, Role::User, Role::Observer];

    pub fn id(self) -> i64 {
        match self {
            Role::Administrator => 1,
            Role::User => 2,
            Role::Observer => 3,
            Role::SuperAdmin => 4,
        }
    }

    pub fn from_id(id: i64) -> Option<Role> {
        match id {
            1 => Some(Role::Administrator),
            2 => Some(Role::User),
            3 => Some(Role::Observer),
            4 => Some(Role::SuperAdmin),
            _ => None,
        }
    }

    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::User => "user",
            Role::Observer => "observer",
            Role::SuperAdmin => "superadmin",
        }
    }

    /// emnify's own name for the role, as outputs show it (`Administrator`, `SuperAdmin`);
    /// access files keep the lowercase [`Role::as_str`].
    pub fn display_name(self) -> &'static str {
        match self {
            Role::Administrator => "Administrator",
            Role::User => "User",
            Role::Observer => "Observer",
            Role::SuperAdmin => "SuperAdmin",
        }
    }

    /// Parse an assignable role name, case-insensitively.
    pub fn parse_assignable(text: &str) -> Result<Role, String> {
        let wanted = text.trim().to_ascii_lowercase();
        if let Some(role) = Role::ASSIGNABLE.into_iter().find(|r| r.as_str() == wanted) {
            return Ok(role);
        }
        if wanted == "superadmin" {
            return Err(
                "the SuperAdmin role cannot be assigned: emnify gives it to one \
                        Administrator of the main organisation"
                    .to_string(),
            );
        }
        let names: Vec<&str> = Role::ASSIGNABLE.iter().map(|r| r.as_str()).collect();
        let mut message = format!(
            "unknown role `{}` (roles: {})",
            text.trim(),
            names.join(", ")
        );
        if let Some(best) = super::suggest(&wanted, names.iter().copied()) {
            message.push_str(&format!("; did you mean `{best}`?"));
        }
        Err(message)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A user's status in one Workspace (`docs/architecture.md`: 0, 1, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Invited, invitation not accepted yet.
    Pending,
    Active,
    Suspended,
}

impl Status {
    pub fn id(self) -> i64 {
        match self {
            Status::Pending => 0,
            Status::Active => 1,
            Status::Suspended => 2,
        }
    }

    pub fn from_id(id: i64) -> Option<Status> {
        match id {
            0 => Some(Status::Pending),
            1 => Some(Status::Active),
            2 => Some(Status::Suspended),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Suspended => "suspended",
        }
    }

    pub fn parse(text: &str) -> Result<Status, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "active" => Ok(Status::Active),
            "suspended" => Ok(Status::Suspended),
            "pending" => Ok(Status::Pending),
            other => {
                let mut message =
                    format!("unknown status `{other}` (statuses: active, suspended, pending)");
                if let Some(best) = super::suggest(other, ["active", "suspended", "pending"]) {
                    message.push_str(&format!("; did you mean `{best}`?"));
                }
                Err(message)
            }
        }
    }

    /// Whether the user is, or will be once they accept, able to work in the Workspace.
    /// A pending invitation cannot be activated by anyone but the invitee, so for planning
    /// `pending` and `active` ask for the same thing.
    pub fn is_enabled(self) -> bool {
        !matches!(self, Status::Suspended)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Workspace as the caller knows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct WorkspaceRef {
    pub id: i64,
    pub name: String,
}

impl fmt::Display for WorkspaceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" (id {})", self.name, self.id)
    }
}

/// What an access file asks for, validated and resolved against the known Workspaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesiredState {
    /// The Workspaces this file manages: `--prune` only removes access in these.
    pub managed: Vec<WorkspaceRef>,
    pub users: Vec<DesiredUser>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesiredUser {
    pub email: String,
    pub name: String,
    pub pos: Pos,
    /// In file order; the first entry is where a new user is invited (their default Workspace).
    pub access: Vec<DesiredAccess>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesiredAccess {
    pub workspace: WorkspaceRef,
    pub roles: BTreeSet<Role>,
    pub status: Status,
    pub pos: Pos,
}

/// What the server holds now, for the Workspaces the caller can administer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CurrentState {
    pub workspaces: Vec<WorkspaceRef>,
    pub users: Vec<CurrentUser>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// The account was invited but never activated: emnify refuses to add such a user to a
    /// further Workspace until they accept.
    pub activation_pending: bool,
    /// The user's default Workspace, when the caller can see it.
    pub default_workspace: Option<i64>,
    pub access: Vec<CurrentAccess>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentAccess {
    pub workspace_id: i64,
    pub roles: BTreeSet<Role>,
    pub status: Status,
}

impl CurrentAccess {
    /// The SuperAdmin's access to a linked Workspace is emnify's to manage, never ours.
    pub fn is_superadmin(&self) -> bool {
        self.roles.contains(&Role::SuperAdmin)
    }
}

impl CurrentState {
    pub fn workspace(&self, id: i64) -> Option<&WorkspaceRef> {
        self.workspaces.iter().find(|w| w.id == id)
    }

    pub fn user_by_email(&self, email: &str) -> Option<&CurrentUser> {
        self.users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(email))
    }
}

/// Render a role set as `administrator` or `administrator+observer`.
pub fn roles_text(roles: &BTreeSet<Role>) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join("+")
}
