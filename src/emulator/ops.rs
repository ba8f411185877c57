//! The multi-step domain operations (invite, remove, suspend, roles, default, link, unlink,
//! SuperAdmin, SSO). Each runs inside the caller's transaction and checks every rule before it
//! writes, so a refusal leaves nothing changed. HTTP handlers and the property test both use them.

use rusqlite::Connection;

use super::auth;
use super::errors::{ApiError, ApiResult};
use super::rules::{
    self, check_manage, check_not_self, check_superadmin_target, role_bit, Access, Actor,
    SuperAdminChange, ROLE_ADMIN, ROLE_ID_SUPERADMIN, STATUS_ACTIVE, STATUS_PENDING,
    STATUS_SUSPENDED,
};
use super::store::{self, event_type as ev, Org};

/// Invitations expire after 14 days (emnify documents "Invite expired" but not the period).
pub const INVITATION_TTL_SECS: i64 = 14 * 86_400;

fn caller_access(c: &Connection, actor: &Actor, org: i64) -> ApiResult<Option<Access>> {
    match actor.user_id {
        Some(u) => store::access_in(c, u, org),
        None => Ok(None),
    }
}

fn require_manage(c: &Connection, actor: &Actor, org: i64) -> ApiResult<()> {
    check_manage(actor, caller_access(c, actor, org)?.as_ref(), org)
}

fn main_of(c: &Connection, org: i64) -> ApiResult<Option<i64>> {
    Ok(store::org(c, org)?.and_then(|o| o.main_org_id))
}

/// The target's access in `org`, or 404.
fn target_access(c: &Connection, user: i64, org: i64) -> ApiResult<Access> {
    store::user(c, user)?
        .ok_or_else(|| ApiError::not_found(format!("user {user} does not exist")))?;
    store::org_required(c, org)?;
    store::access_in(c, user, org)?
        .ok_or_else(|| ApiError::not_found(format!("user {user} has no access to Workspace {org}")))
}

/// The checks before `actor` changes `user`'s access to `org`, in this order: the user and their
/// access exist, the actor manages `org`, the user is not the actor (`what` names the change in
/// that refusal), and the SuperAdmin rules for `change`.
fn check_change(
    c: &Connection,
    actor: &Actor,
    user: i64,
    org: i64,
    what: &str,
    change: SuperAdminChange,
) -> ApiResult<()> {
    let target = target_access(c, user, org)?;
    require_manage(c, actor, org)?;
    check_not_self(actor, user, what)?;
    check_superadmin_target(&target, actor.token_org, main_of(c, org)?, change)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Invited {
    pub user_id: i64,
    pub org_id: i64,
    pub roles: u8,
    /// A new account (activation pending) rather than an existing user added to the Workspace.
    pub new_account: bool,
}

/// Invite `username` to `org` (default: the requester's default Workspace) with `roles`
/// (default: Administrator).
pub fn invite(
    c: &Connection,
    now: i64,
    actor: &Actor,
    username: &str,
    name: &str,
    org: Option<i64>,
    roles: Option<&[i64]>,
) -> ApiResult<Invited> {
    let org = match org {
        Some(o) => o,
        None => match actor.user_id {
            Some(u) => store::user(c, u)?
                .and_then(|u| u.default_org_id)
                .unwrap_or(actor.token_org),
            None => actor.token_org,
        },
    };
    if store::org(c, org)?.is_none() {
        return Err(ApiError::invalid_reference(format!(
            "Workspace {org} does not exist"
        )));
    }
    require_manage(c, actor, org)?;
    let mut bits = 0u8;
    for r in roles.unwrap_or(&[rules::ROLE_ID_ADMIN]) {
        if *r == ROLE_ID_SUPERADMIN {
            return Err(
                ApiError::validation("the SuperAdmin role cannot be assigned")
                    .with_field("roles", "not assignable"),
            );
        }
        bits |= role_bit(*r)
            .ok_or_else(|| ApiError::invalid_reference(format!("role {r} does not exist")))?;
    }
    if bits == 0 {
        return Err(
            ApiError::validation("at least one role is needed").with_field("roles", "empty")
        );
    }
    match store::user_by_name(c, username)? {
        None => {
            let key = auth::random_key();
            let id = store::insert_user(
                c,
                username,
                name,
                None,
                now,
                false,
                Some(&key),
                Some(now),
                Some(org),
            )?;
            store::insert_membership(c, id, org, bits, STATUS_PENDING, now)?;
            store::add_event(
                c,
                id,
                org,
                ev::INVITED,
                &format!("User {username} invited"),
                now,
            )?;
            Ok(Invited {
                user_id: id,
                org_id: org,
                roles: bits,
                new_account: true,
            })
        }
        Some(u) if u.pending() => {
            let m = store::membership(c, u.id, org)?;
            if m.is_none() {
                return Err(ApiError::rule(format!(
                    "{username} has not accepted their invitation yet: they can join further Workspaces only after creating their account"
                )));
            }
            // Inviting again to the same Workspace resends the invitation.
            c.execute(
                "UPDATE user SET activation_key = ?2, invited_at = ?3 WHERE id = ?1",
                rusqlite::params![u.id, auth::random_key(), now],
            )?;
            store::add_event(
                c,
                u.id,
                org,
                ev::INVITED,
                &format!("Invitation to {username} resent"),
                now,
            )?;
            Ok(Invited {
                user_id: u.id,
                org_id: org,
                roles: m.map(|m| m.roles).unwrap_or(bits),
                new_account: true,
            })
        }
        Some(u) => {
            if store::access_in(c, u.id, org)?.is_some() {
                return Err(ApiError::conflict(format!(
                    "{username} already belongs to Workspace {org}"
                )));
            }
            store::insert_membership(c, u.id, org, bits, STATUS_ACTIVE, now)?;
            store::add_event(
                c,
                u.id,
                org,
                ev::ADDED_TO_WORKSPACE,
                &format!("User {username} added to workspace"),
                now,
            )?;
            store::fix_default(c, u.id)?;
            Ok(Invited {
                user_id: u.id,
                org_id: org,
                roles: bits,
                new_account: false,
            })
        }
    }
}

/// Accept an invitation: set the password (clear text, stored as SHA-1) and activate.
pub fn activate(
    c: &Connection,
    now: i64,
    key: &str,
    password: &str,
    name: Option<&str>,
) -> ApiResult<i64> {
    let id: Option<i64> = rusqlite::OptionalExtension::optional(c.query_row(
        "SELECT id FROM user WHERE activation_key = ?1 AND deleted = 0",
        [key],
        |r| r.get(0),
    ))?;
    let id = id.ok_or_else(|| ApiError::forbidden("the activation key is not valid"))?;
    let u = store::user(c, id)?
        .ok_or_else(|| ApiError::forbidden("the activation key is not valid"))?;
    if u.invited_at.is_some_and(|t| t + INVITATION_TTL_SECS < now) {
        return Err(ApiError::forbidden(
            "the invitation has expired (Invite expired): ask for it to be resent",
        ));
    }
    if password.chars().count() < 8 {
        return Err(ApiError::invalid_format(
            "password",
            "at least 8 characters",
        ));
    }
    c.execute(
        "UPDATE user SET password_sha1 = ?2, activation_key = NULL, name = COALESCE(?3, name) WHERE id = ?1",
        rusqlite::params![id, auth::sha1_hex(password), name],
    )?;
    c.execute(
        "UPDATE membership SET status = ?2 WHERE user_id = ?1 AND status = ?3",
        rusqlite::params![id, STATUS_ACTIVE, STATUS_PENDING],
    )?;
    let org = u.default_org_id.unwrap_or(0);
    store::add_event(c, id, org, ev::ACTIVATED, "User activated", now)?;
    store::fix_default(c, id)?;
    Ok(id)
}

/// Remove `user` from `org`. A user left without any Workspace is deleted.
pub fn remove(c: &Connection, now: i64, actor: &Actor, user: i64, org: i64) -> ApiResult<()> {
    check_change(
        c,
        actor,
        user,
        org,
        "remove a Workspace",
        SuperAdminChange::Remove,
    )?;
    store::delete_membership(c, user, org)?;
    let name = store::org_required(c, org)?.name;
    store::add_event(
        c,
        user,
        org,
        ev::REMOVED_FROM_WORKSPACE,
        &format!("User removed from workspace {name}"),
        now,
    )?;
    if store::access_of(c, user)?.is_empty() {
        store::add_event(c, user, org, ev::DELETED, "User deleted", now)?;
        store::mark_deleted(c, user)?;
    } else {
        store::fix_default(c, user)?;
    }
    Ok(())
}

/// Suspend (2) or re-activate (1) `user` in `org`.
pub fn set_status(
    c: &Connection,
    now: i64,
    actor: &Actor,
    user: i64,
    org: i64,
    status: i64,
) -> ApiResult<()> {
    let status = match status {
        1 => STATUS_ACTIVE,
        2 => STATUS_SUSPENDED,
        _ => {
            return Err(ApiError::invalid_format(
                "status.id",
                "1 (ACTIVE) or 2 (SUSPENDED)",
            ))
        }
    };
    check_change(
        c,
        actor,
        user,
        org,
        "change the status",
        SuperAdminChange::Status,
    )?;
    let m = store::membership(c, user, org)?.ok_or_else(|| {
        ApiError::not_found(format!("user {user} has no access to Workspace {org}"))
    })?;
    if m.status == STATUS_PENDING {
        return Err(ApiError::rule(
            "the user has not accepted the invitation yet",
        ));
    }
    if m.status != status {
        store::update_membership(c, user, org, m.roles, status)?;
        store::add_event(
            c,
            user,
            org,
            ev::STATUS_CHANGED,
            &format!("User status set to {}", rules::status_name(status)),
            now,
        )?;
    }
    store::fix_default(c, user)?;
    Ok(())
}

/// Add or remove one role of `user` in `org`.
pub fn change_role(
    c: &Connection,
    now: i64,
    actor: &Actor,
    user: i64,
    org: i64,
    role_id: i64,
    add: bool,
) -> ApiResult<()> {
    if role_id == ROLE_ID_SUPERADMIN {
        return Err(ApiError::forbidden(
            "the SuperAdmin role cannot be assigned or removed; only emnify reassigns it",
        ));
    }
    let bit = role_bit(role_id)
        .ok_or_else(|| ApiError::not_found(format!("role {role_id} does not exist")))?;
    check_change(
        c,
        actor,
        user,
        org,
        "change the role",
        SuperAdminChange::Role,
    )?;
    let m = store::membership(c, user, org)?.ok_or_else(|| {
        ApiError::rule("the SuperAdmin's access to this Workspace comes from the link: there is no role to change")
    })?;
    let next = rules::apply_role_change(m.roles, bit, add)?;
    if next != m.roles {
        store::update_membership(c, user, org, next, m.status)?;
        let (t, verb) = if add {
            (ev::ROLE_ADDED, "added")
        } else {
            (ev::ROLE_REMOVED, "removed")
        };
        store::add_event(c, user, org, t, &format!("Role {role_id} {verb}"), now)?;
    }
    Ok(())
}

/// Make `org` the default Workspace of `user`.
pub fn set_default(c: &Connection, now: i64, actor: &Actor, user: i64, org: i64) -> ApiResult<()> {
    let u = store::user(c, user)?
        .ok_or_else(|| ApiError::not_found(format!("user {user} does not exist")))?;
    store::org_required(c, org)?;
    let target = store::access_in(c, user, org)?;
    if actor.user_id != Some(user) {
        require_manage(c, actor, org)?;
        if let Some(old) = u.default_org_id.filter(|o| *o != org) {
            require_manage(c, actor, old).map_err(|_| {
                ApiError::forbidden("changing someone's default Workspace needs Administrator access in both the old and the new default")
            })?;
        }
    }
    if !target.is_some_and(|a| a.active()) {
        return Err(ApiError::rule(format!(
            "user {user} is not active in Workspace {org}"
        )));
    }
    if u.default_org_id != Some(org) {
        store::set_default(c, user, Some(org))?;
        store::add_event(
            c,
            user,
            org,
            ev::DEFAULT_CHANGED,
            "Default workspace changed",
            now,
        )?;
    }
    Ok(())
}

// ---- linking (emnify's team: operator endpoints) ----

/// The longest-standing active Administrator of `main`.
fn longest_standing_admin(c: &Connection, main: i64) -> ApiResult<Option<i64>> {
    Ok(store::memberships_of_org(c, main)?
        .into_iter()
        .filter(|m| m.status == STATUS_ACTIVE && m.roles & ROLE_ADMIN != 0)
        .min_by_key(|m| (m.joined_at, m.seq))
        .map(|m| m.user_id))
}

/// Link `workspaces` to the group of main organisation `main` (forming it if needed).
pub fn link(c: &Connection, now: i64, main: i64, workspaces: &[i64]) -> ApiResult<()> {
    let m = store::org_required(c, main)?;
    if m.main_org_id.is_some_and(|x| x != main) {
        return Err(ApiError::rule(format!(
            "Workspace {main} is linked to main organisation {}",
            m.main_org_id.unwrap_or(0)
        )));
    }
    let mut adding = Vec::new();
    for w in workspaces {
        let o = store::org(c, *w)?
            .ok_or_else(|| ApiError::invalid_reference(format!("Workspace {w} does not exist")))?;
        match o.main_org_id {
            Some(x) if x == main => {}
            Some(x) => {
                return Err(ApiError::rule(format!(
                    "Workspace {w} is already linked to main organisation {x}"
                )))
            }
            None if *w == main => {}
            None => {
                if !adding.contains(w) {
                    adding.push(*w)
                }
            }
        }
    }
    if m.main_org_id.is_none() && adding.is_empty() {
        return Err(ApiError::rule(
            "a link needs at least one Workspace besides the main organisation",
        ));
    }
    let used = if m.main_org_id.is_some() {
        store::group_orgs(c, main)?.len() as i64
    } else {
        1
    };
    rules::check_workspace_limit(m.pro, used, adding.len() as i64, m.workspace_limit)?;
    if m.main_org_id.is_none() {
        let sa = longest_standing_admin(c, main)?.ok_or_else(|| {
            ApiError::rule("the main organisation has no active Administrator to become SuperAdmin")
        })?;
        store::set_link(c, main, Some(main), Some(now))?;
        store::set_superadmin(c, main, Some(sa))?;
        store::add_event(
            c,
            sa,
            main,
            ev::SUPERADMIN_CHANGED,
            "User became SuperAdmin",
            now,
        )?;
    }
    for w in adding {
        store::set_link(c, w, Some(main), Some(now))?;
    }
    Ok(())
}

/// Unlink one Workspace (the main organisation: the whole group). The SuperAdmin keeps, as
/// Administrator, the Workspaces they had before the link and loses the rest.
pub fn unlink(c: &Connection, now: i64, ws: i64) -> ApiResult<()> {
    let o = store::org_required(c, ws)?;
    let main = o
        .main_org_id
        .ok_or_else(|| ApiError::rule(format!("Workspace {ws} is not linked")))?;
    let group = store::group_orgs(c, main)?;
    let main_org = store::org_required(c, main)?;
    let sa = main_org.superadmin_id;
    let leaving: Vec<i64> = if ws == main || group.len() <= 2 {
        group.iter().map(|g| g.id).collect()
    } else {
        vec![ws]
    };
    let dissolve = leaving.len() == group.len();
    for w in &leaving {
        if *w != main || dissolve {
            store::set_link(c, *w, None, None)?;
        }
        if let Some(sa) = sa {
            if store::membership(c, sa, *w)?.is_some() {
                store::update_membership(c, sa, *w, ROLE_ADMIN, STATUS_ACTIVE)?;
            }
        }
    }
    if dissolve {
        store::set_superadmin(c, main, None)?;
        if let Some(sa) = sa {
            store::add_event(
                c,
                sa,
                main,
                ev::SUPERADMIN_CHANGED,
                "SuperAdmin role removed by unlinking",
                now,
            )?;
        }
    }
    if let Some(sa) = sa {
        store::fix_default(c, sa)?;
    }
    Ok(())
}

/// emnify reassigns the SuperAdmin of `main` to `user`, an active Administrator there.
pub fn reassign_superadmin(c: &Connection, now: i64, main: i64, user: i64) -> ApiResult<()> {
    let m = store::org_required(c, main)?;
    if m.main_org_id != Some(main) {
        return Err(ApiError::rule(format!(
            "Workspace {main} is not the main organisation of a link group"
        )));
    }
    let ok = store::membership(c, user, main)?
        .is_some_and(|x| x.status == STATUS_ACTIVE && x.roles & ROLE_ADMIN != 0);
    if !ok {
        return Err(ApiError::rule(format!(
            "user {user} is not an active Administrator of the main organisation"
        )));
    }
    let old = m.superadmin_id;
    store::set_superadmin(c, main, Some(user))?;
    store::add_event(
        c,
        user,
        main,
        ev::SUPERADMIN_CHANGED,
        "User became SuperAdmin",
        now,
    )?;
    if let Some(old) = old.filter(|o| *o != user) {
        store::add_event(
            c,
            old,
            main,
            ev::SUPERADMIN_CHANGED,
            "SuperAdmin role reassigned",
            now,
        )?;
        store::fix_default(c, old)?;
    }
    Ok(())
}

/// Create a Workspace for a fulfilled request and link it to `requester_org`'s group.
pub fn create_linked_workspace(
    c: &Connection,
    now: i64,
    requester_org: i64,
    name: &str,
    requester: Option<i64>,
) -> ApiResult<i64> {
    let r = store::org_required(c, requester_org)?;
    let main = r.main_org_id.unwrap_or(requester_org);
    let m = store::org_required(c, main)?;
    let used = if m.main_org_id.is_some() {
        store::group_orgs(c, main)?.len() as i64
    } else {
        1
    };
    rules::check_workspace_limit(m.pro, used, 1, m.workspace_limit)?;
    let id = store::insert_org(c, name, now, m.pro, m.workspace_limit)?;
    if let Some(u) = requester.filter(|u| store::user(c, *u).ok().flatten().is_some()) {
        let is_sa = store::access_in(c, u, requester_org)?.is_some_and(|a| a.superadmin);
        if !is_sa {
            store::insert_membership(c, u, id, ROLE_ADMIN, STATUS_ACTIVE, now)?;
            store::fix_default(c, u)?;
        }
    }
    link(c, now, main, &[id])?;
    Ok(id)
}

// ---- SSO ----

/// SSO is configured by an Administrator (or the SuperAdmin) whose default Workspace it is.
pub fn check_sso_admin(c: &Connection, actor: &Actor, org: i64) -> ApiResult<Org> {
    let o = store::org_required(c, org)?;
    let user = actor.user_id.ok_or_else(|| {
        ApiError::forbidden("SSO is configured with a token from user credentials")
    })?;
    require_manage(c, actor, org)?;
    let u = store::user(c, user)?.ok_or_else(|| ApiError::forbidden("unknown user"))?;
    if u.default_org_id != Some(org) {
        return Err(ApiError::forbidden(
            "SSO can only be configured for your own default Workspace",
        ));
    }
    Ok(o)
}

pub fn sso_set(
    c: &Connection,
    actor: &Actor,
    org: i64,
    provider: &str,
    client_id: &str,
    secret: &str,
) -> ApiResult<()> {
    check_sso_admin(c, actor, org)?;
    if !rules::SSO_PROVIDERS.contains(&provider) {
        return Err(ApiError::invalid_format(
            "provider",
            "one of microsoft, google, oidc",
        ));
    }
    store::set_sso(c, org, Some(provider), Some(client_id), Some(secret), false)
}

pub fn sso_verify(c: &Connection, actor: &Actor, org: i64) -> ApiResult<()> {
    let o = check_sso_admin(c, actor, org)?;
    if o.sso_provider.is_none() {
        return Err(ApiError::rule(
            "no SSO provider is configured for this Workspace",
        ));
    }
    c.execute(
        "UPDATE organisation SET sso_verified = 1 WHERE id = ?1",
        [org],
    )?;
    Ok(())
}

pub fn sso_clear(c: &Connection, actor: &Actor, org: i64) -> ApiResult<()> {
    check_sso_admin(c, actor, org)?;
    store::set_sso(c, org, None, None, None, false)
}
