//! Pure rule checks over rows: roles, who may manage whom, SuperAdmin protection, default moving.
//!
//! Nothing here touches the database, so every rule has a unit test of its own.

use super::errors::ApiError;

/// Role bits of a membership (a user may hold several roles in one Workspace).
pub const ROLE_ADMIN: u8 = 1 << 1;
pub const ROLE_USER: u8 = 1 << 2;
pub const ROLE_OBSERVER: u8 = 1 << 3;

pub const ROLE_ID_ADMIN: i64 = 1;
pub const ROLE_ID_USER: i64 = 2;
pub const ROLE_ID_OBSERVER: i64 = 3;
pub const ROLE_ID_SUPERADMIN: i64 = 4;

pub const STATUS_PENDING: u8 = 0;
pub const STATUS_ACTIVE: u8 = 1;
pub const STATUS_SUSPENDED: u8 = 2;

/// The roles `GET /api/v1/user/role` lists (SuperAdmin is not assignable).
pub const ASSIGNABLE_ROLES: [(i64, &str); 3] = [
    (ROLE_ID_ADMIN, "Administrator"),
    (ROLE_ID_USER, "User"),
    (ROLE_ID_OBSERVER, "Observer"),
];

pub const STATUSES: [(u8, &str); 3] = [
    (STATUS_PENDING, "ACTIVATION_PENDING"),
    (STATUS_ACTIVE, "ACTIVE"),
    (STATUS_SUSPENDED, "SUSPENDED"),
];

pub fn status_name(id: u8) -> &'static str {
    STATUSES
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, n)| *n)
        .unwrap_or("UNKNOWN")
}

/// The bit of an assignable role id, or `None`.
pub fn role_bit(role_id: i64) -> Option<u8> {
    match role_id {
        ROLE_ID_ADMIN => Some(ROLE_ADMIN),
        ROLE_ID_USER => Some(ROLE_USER),
        ROLE_ID_OBSERVER => Some(ROLE_OBSERVER),
        _ => None,
    }
}

/// `(id, name)` of every role in a bit set, in id order.
pub fn role_list(bits: u8) -> Vec<(i64, &'static str)> {
    ASSIGNABLE_ROLES
        .iter()
        .filter(|(id, _)| role_bit(*id).is_some_and(|b| bits & b != 0))
        .copied()
        .collect()
}

/// What one user holds in one Workspace, after SuperAdmin access is folded in.
#[derive(Debug, Clone, PartialEq)]
pub struct Access {
    pub org_id: i64,
    pub roles: u8,
    pub status: u8,
    pub superadmin: bool,
    /// Join order, used to pick the next default.
    pub order: i64,
}

impl Access {
    pub fn active(&self) -> bool {
        self.status == STATUS_ACTIVE
    }
    /// Administrator permissions: an active Administrator, or the SuperAdmin.
    pub fn can_manage_users(&self) -> bool {
        self.active() && (self.superadmin || self.roles & ROLE_ADMIN != 0)
    }
    /// Roles as the API shows them: SuperAdmin alone where it applies.
    pub fn shown_roles(&self) -> Vec<(i64, &'static str)> {
        if self.superadmin {
            vec![(ROLE_ID_SUPERADMIN, "SuperAdmin")]
        } else {
            role_list(self.roles)
        }
    }
}

/// The default a user should have: the current one while it is active, else the next active
/// Workspace in join order; a user with no active Workspace keeps what they have.
pub fn next_default(current: Option<i64>, access: &[Access]) -> Option<i64> {
    let active: Vec<&Access> = access.iter().filter(|a| a.active()).collect();
    if active.is_empty() {
        // Nothing active: keep the default while it is still one of the user's Workspaces.
        if current.is_some_and(|c| access.iter().any(|a| a.org_id == c)) {
            return current;
        }
        return access.iter().min_by_key(|a| a.order).map(|a| a.org_id);
    }
    if let Some(cur) = current {
        if active.iter().any(|a| a.org_id == cur) {
            return Some(cur);
        }
    }
    let mut sorted = active;
    sorted.sort_by_key(|a| a.order);
    sorted.first().map(|a| a.org_id)
}

/// Who is acting: a user (from user credentials) or an application token of one Workspace.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Option<i64>,
    /// The Workspace the token is valid for.
    pub token_org: i64,
    pub app_id: Option<i64>,
}

/// May `actor` (holding `caller` in Workspace `org`) manage users there?
/// Application tokens act as Administrators of their own Workspace only.
pub fn check_manage(actor: &Actor, caller: Option<&Access>, org: i64) -> Result<(), ApiError> {
    if actor.app_id.is_some() {
        if actor.token_org == org {
            return Ok(());
        }
        return Err(ApiError::forbidden(
            "an application token only acts in its own Workspace",
        ));
    }
    match caller {
        Some(a) if a.can_manage_users() => Ok(()),
        Some(_) => Err(ApiError::forbidden(
            "managing users needs the Administrator role (or SuperAdmin) in this Workspace",
        )),
        None => Err(ApiError::forbidden("you have no access to this Workspace")),
    }
}

/// Nobody changes their own role, status or membership.
pub fn check_not_self(actor: &Actor, target: i64, what: &str) -> Result<(), ApiError> {
    if actor.user_id == Some(target) {
        return Err(ApiError::bad_request(format!(
            "you cannot {what} on your own account"
        )));
    }
    Ok(())
}

/// SuperAdmin protection: the SuperAdmin's access to a Workspace of their link group cannot be
/// removed or suspended by anyone (emnify reassigns it), and their roles there can only be
/// changed by a caller logged in to the main organisation.
pub fn check_superadmin_target(
    target: &Access,
    token_org: i64,
    main_org: Option<i64>,
    change: SuperAdminChange,
) -> Result<(), ApiError> {
    if !target.superadmin {
        return Ok(());
    }
    match change {
        SuperAdminChange::Remove | SuperAdminChange::Status => Err(ApiError::forbidden(
            "the SuperAdmin cannot be removed or suspended in a linked Workspace; only emnify reassigns a SuperAdmin",
        )),
        SuperAdminChange::Role if Some(token_org) == main_org => Ok(()),
        SuperAdminChange::Role => Err(ApiError::forbidden(
            "the SuperAdmin's roles can only be changed while logged in to the main organisation",
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SuperAdminChange {
    Remove,
    Status,
    Role,
}

/// A role change must leave at least one role.
pub fn apply_role_change(roles: u8, bit: u8, add: bool) -> Result<u8, ApiError> {
    let next = if add { roles | bit } else { roles & !bit };
    if next == 0 {
        return Err(ApiError::rule(
            "a user's last role in a Workspace cannot be removed",
        ));
    }
    Ok(next)
}

/// The number of Workspaces a link group may hold (Pro package) and whether one more fits.
pub fn check_workspace_limit(
    pro: bool,
    used: i64,
    adding: i64,
    limit: i64,
) -> Result<(), ApiError> {
    if !pro {
        return Err(ApiError::rule(
            "more Workspaces and links need the Pro package",
        ));
    }
    if used + adding > limit {
        return Err(ApiError::rule(format!(
            "the Pro package allows {limit} Workspaces and {used} are in use; this would need {}",
            used + adding
        )));
    }
    Ok(())
}

/// SSO providers the Portal offers.
pub const SSO_PROVIDERS: [&str; 3] = ["microsoft", "google", "oidc"];

#[cfg(test)]
mod tests {
    use super::*;

    fn acc(org: i64, status: u8, order: i64) -> Access {
        Access {
            org_id: org,
            roles: ROLE_USER,
            status,
            superadmin: false,
            order,
        }
    }

    #[test]
    fn default_stays_while_active() {
        let a = [acc(1, 1, 1), acc(2, 1, 2)];
        assert_eq!(next_default(Some(2), &a), Some(2));
    }

    #[test]
    fn default_moves_to_next_active_in_join_order() {
        let a = [acc(3, 2, 1), acc(2, 1, 3), acc(1, 1, 2)];
        assert_eq!(next_default(Some(3), &a), Some(1));
        assert_eq!(next_default(Some(9), &a), Some(1));
    }

    #[test]
    fn default_kept_without_any_active_workspace() {
        let a = [acc(3, 2, 1), acc(4, 0, 2)];
        assert_eq!(next_default(Some(3), &a), Some(3));
        assert_eq!(next_default(Some(4), &a), Some(4));
        assert_eq!(next_default(None, &[]), None);
    }

    #[test]
    fn default_leaves_a_workspace_the_user_no_longer_belongs_to() {
        let a = [acc(3, 2, 5), acc(4, 0, 2)];
        assert_eq!(next_default(Some(9), &a), Some(4));
    }

    #[test]
    fn last_role_cannot_go() {
        assert!(apply_role_change(ROLE_ADMIN, ROLE_ADMIN, false).is_err());
        assert_eq!(
            apply_role_change(ROLE_ADMIN, ROLE_USER, true).ok(),
            Some(ROLE_ADMIN | ROLE_USER)
        );
        assert_eq!(
            apply_role_change(ROLE_ADMIN | ROLE_USER, ROLE_ADMIN, false).ok(),
            Some(ROLE_USER)
        );
    }

    #[test]
    fn superadmin_protection() {
        let sa = Access {
            org_id: 2,
            roles: ROLE_ADMIN,
            status: 1,
            superadmin: true,
            order: 0,
        };
        assert!(check_superadmin_target(&sa, 1, Some(1), SuperAdminChange::Remove).is_err());
        assert!(check_superadmin_target(&sa, 1, Some(1), SuperAdminChange::Status).is_err());
        assert!(check_superadmin_target(&sa, 1, Some(1), SuperAdminChange::Role).is_ok());
        assert!(check_superadmin_target(&sa, 2, Some(1), SuperAdminChange::Role).is_err());
        let plain = Access {
            superadmin: false,
            ..sa
        };
        assert!(check_superadmin_target(&plain, 2, Some(1), SuperAdminChange::Remove).is_ok());
    }

    #[test]
    fn manage_needs_active_admin_or_superadmin() {
        let actor = Actor {
            user_id: Some(1),
            token_org: 1,
            app_id: None,
        };
        let admin = Access {
            org_id: 1,
            roles: ROLE_ADMIN,
            status: 1,
            superadmin: false,
            order: 0,
        };
        assert!(check_manage(&actor, Some(&admin), 1).is_ok());
        let suspended = Access {
            status: STATUS_SUSPENDED,
            ..admin.clone()
        };
        assert!(check_manage(&actor, Some(&suspended), 1).is_err());
        let observer = Access {
            roles: ROLE_OBSERVER,
            ..admin.clone()
        };
        assert!(check_manage(&actor, Some(&observer), 1).is_err());
        assert!(check_manage(&actor, None, 1).is_err());
        let app = Actor {
            user_id: None,
            token_org: 1,
            app_id: Some(5),
        };
        assert!(check_manage(&app, None, 1).is_ok());
        assert!(check_manage(&app, None, 2).is_err());
    }

    #[test]
    fn workspace_limit() {
        assert!(check_workspace_limit(true, 3, 1, 3).is_err());
        assert!(check_workspace_limit(true, 2, 1, 3).is_ok());
        assert!(check_workspace_limit(false, 1, 1, 3).is_err());
    }

    #[test]
    fn role_lists() {
        assert_eq!(
            role_list(ROLE_ADMIN | ROLE_OBSERVER),
            vec![(1, "Administrator"), (3, "Observer")]
        );
        assert_eq!(role_bit(4), None);
    }
}
