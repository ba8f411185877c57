//! What the user verbs share: finding a user, the Workspaces the caller may manage, reading the
//! current access of users, confirmations, and turning API refusals into explanations.

use std::collections::{BTreeMap, BTreeSet};

use crate::access::{self, CurrentAccess, CurrentState, CurrentUser, Role, Status};
use crate::api::models::UserWorkspace;
use crate::api::users::{self, UserRecord};
use crate::api::{self as api_mod, ApiError, Client};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

/// The caller's role ids that allow managing users in a Workspace.
fn can_manage(w: &UserWorkspace) -> bool {
    use crate::api::models::{MemberStatus, Role as ApiRole};
    w.status == MemberStatus::Active
        && w.roles
            .iter()
            .any(|r| r.id == ApiRole::ADMINISTRATOR || r.id == ApiRole::SUPERADMIN)
}

/// An application token acts in its own Workspace with the rights emnify gave it; it has no
/// roles to check beforehand, so the server decides.
async fn is_app_token(ctx: &Context) -> CliResult<bool> {
    Ok(ctx.client().await?.is_application_token().await)
}

/// The caller's user id, `None` for an application token (which belongs to no user).
pub async fn caller_id(ctx: &Context) -> CliResult<Option<i64>> {
    if is_app_token(ctx).await? {
        return Ok(None);
    }
    Ok(Some(ctx.user_id().await?))
}

/// The caller's Workspaces where they may manage users (Administrator or SuperAdmin; for an
/// application token, its own Workspace).
pub async fn manageable(ctx: &Context) -> CliResult<Vec<UserWorkspace>> {
    let mine = ctx.my_workspaces().await?;
    if is_app_token(ctx).await? {
        return Ok(mine);
    }
    Ok(mine.into_iter().filter(can_manage).collect())
}

/// The Workspace a mutation acts in (`--workspace`, else the current one), checked to be one
/// where the caller may manage users, so the refusal comes with the reason before any request.
pub async fn target(ctx: &Context) -> CliResult<access::WorkspaceRef> {
    let (ws, _) = ctx.target_workspace().await?;
    let app_token = is_app_token(ctx).await?;
    let mine = ctx.my_workspaces().await?;
    match mine.iter().find(|w| w.id == ws.id) {
        Some(w) if app_token || can_manage(w) => Ok(access::WorkspaceRef {
            id: w.id,
            name: w.name.clone(),
        }),
        Some(w) => Err(CliError::new(
            ErrorKind::Permission,
            format!("you cannot manage users in \"{}\" (id {})", w.name, w.id),
        )
        .with_hint(
            "only Administrators (and the SuperAdmin) list, invite, change or remove Workspace \
             users; pick another Workspace with `--workspace`",
        )),
        // Not among the caller's Workspaces as far as we can tell: let the server decide.
        None => Ok(access::WorkspaceRef {
            id: ws.id,
            name: ws.name,
        }),
    }
}

/// Say on stderr where a change goes, before it is made.
pub fn announce(ctx: &Context, what: &str, ws: &access::WorkspaceRef) {
    ctx.ui.status(format!(
        "{what} in Workspace \"{}\" (id {})",
        ws.name, ws.id
    ));
}

/// Announce the change `intent` in `ws` and say whether to make it: not on a dry run (which says
/// so), and otherwise only once the user answers yes to `question`, when there is one.
pub async fn go_ahead(
    ctx: &Context,
    intent: &str,
    ws: &access::WorkspaceRef,
    dry_run: bool,
    question: Option<String>,
) -> CliResult<bool> {
    if dry_run {
        announce(ctx, intent, ws);
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(false);
    }
    if let Some(question) = question {
        confirm(ctx, &question).await?;
    }
    announce(ctx, intent, ws);
    Ok(true)
}

/// Parse a role name given on the command line.
pub fn parse_role(text: &str) -> CliResult<Role> {
    Role::parse_assignable(text).map_err(CliError::usage)
}

/// Look for `key` (an id or an email) among the users of one Workspace.
async fn find_in(client: &Client, key: &str) -> Result<Option<UserRecord>, ApiError> {
    let filter = if key.parse::<i64>().is_ok() {
        "id"
    } else {
        "username"
    };
    let found = users::list(client, &[(filter, key)]).await?;
    Ok(found
        .into_iter()
        .find(|u| u.id.to_string() == key || u.username.eq_ignore_ascii_case(key)))
}

/// A user found by id or email: first in `prefer`, then in every Workspace the caller manages.
/// Returns the user and the Workspace they were found in.
pub async fn find_user(
    ctx: &Context,
    key: &str,
    prefer: Option<i64>,
) -> CliResult<(UserRecord, i64)> {
    let key = key.trim();
    let client = ctx.client().await?;
    let mut order: Vec<i64> = prefer.into_iter().collect();
    for w in manageable(ctx).await? {
        if !order.contains(&w.id) {
            order.push(w.id);
        }
    }
    for ws in order {
        match find_in(&client.in_workspace(ws), key).await {
            Ok(Some(u)) => return Ok((u, ws)),
            Ok(None) => {}
            // Not allowed to list users there: look elsewhere.
            Err(e) if e.status() == Some(403) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Err(
        CliError::not_found(format!("no user `{key}` in any Workspace you manage"))
            .with_hint("list users with `emnify user list --all-workspaces`")
            .with_hint("to give a new person access, use `emnify user invite EMAIL --name NAME`"),
    )
}

/// What the caller can see of one user: their Workspaces with roles, status and default.
pub async fn user_workspaces(ctx: &Context, user_id: i64) -> CliResult<Vec<UserWorkspace>> {
    let client = ctx.client().await?;
    Ok(api_mod::workspaces::list_for_user(client, user_id).await?)
}

pub fn roles_of(w: &UserWorkspace) -> BTreeSet<Role> {
    w.roles.iter().filter_map(|r| Role::from_id(r.id)).collect()
}

pub fn status_of(w: &UserWorkspace) -> Status {
    use crate::api::models::MemberStatus;
    match w.status {
        MemberStatus::ActivationPending => Status::Pending,
        MemberStatus::Suspended => Status::Suspended,
        MemberStatus::Active | MemberStatus::Other(_) => Status::Active,
    }
}

/// Read the current access of every user of `scope` (Workspaces the caller manages). Each
/// user's access lists every Workspace the caller can see for them, so default moves can be
/// explained; plans and exports only act on `scope`.
pub async fn current_state(
    ctx: &Context,
    scope: &[access::WorkspaceRef],
) -> CliResult<CurrentState> {
    let client = ctx.client().await?;
    let mut records: BTreeMap<i64, UserRecord> = BTreeMap::new();
    for ws in scope {
        let listed = users::list(&client.in_workspace(ws.id), &[])
            .await
            .map_err(|e| {
                CliError::from(e).with_hint(format!("while reading the users of \"{}\"", ws.name))
            })?;
        for u in listed {
            match records.get_mut(&u.id) {
                // Pending in any Workspace means the account was never activated.
                Some(seen) => {
                    if u.activation_pending() {
                        *seen = u;
                    }
                }
                None => {
                    records.insert(u.id, u);
                }
            }
        }
    }
    let mut users = Vec::with_capacity(records.len());
    for (id, record) in records {
        let workspaces = api_mod::workspaces::list_for_user(client, id).await?;
        let default_workspace = workspaces
            .iter()
            .find(|w| w.default_workspace == Some(true))
            .map(|w| w.id);
        let access = workspaces
            .iter()
            .map(|w| CurrentAccess {
                workspace_id: w.id,
                roles: roles_of(w),
                status: status_of(w),
            })
            .collect();
        users.push(CurrentUser {
            id,
            name: record.name.clone().unwrap_or_default(),
            activation_pending: record.activation_pending(),
            email: record.username,
            default_workspace,
            access,
        });
    }
    Ok(CurrentState {
        workspaces: scope.to_vec(),
        users,
    })
}

/// Ask before a destructive change (`Context::confirm`: `--yes`, a prompt on a terminal, else
/// an error naming `--yes`), mentioning `--dry-run` for a preview.
pub async fn confirm(ctx: &Context, question: &str) -> CliResult<()> {
    ctx.confirm(question).await.map_err(|e| {
        if e.kind == ErrorKind::Usage && !ctx.settings.yes {
            e.with_hint("preview the change with `--dry-run`")
        } else {
            e
        }
    })
}

/// Add the rule behind an API refusal to the error, when we know it.
pub fn explain(e: ApiError, rule: &str) -> CliError {
    // 400 (own account), 403 and 409 are emnify's refusals; 422 is malformed input, not a rule.
    let refused = matches!(e.status(), Some(400 | 403 | 409));
    let err = CliError::from(e);
    if refused {
        err.with_hint(rule.to_string())
    } else {
        err
    }
}

/// `Conflict` with a rule explanation, for refusals made before any request.
pub fn rule_refusal(message: impl Into<String>, rule: &str) -> CliError {
    CliError::new(ErrorKind::Conflict, message).with_hint(rule.to_string())
}

pub const SELF_RULE: &str =
    "emnify lets nobody change their own role, status or access; ask another Administrator";
pub const SUPERADMIN_RULE: &str = "the SuperAdmin keeps access to every Workspace linked to the \
    main organisation; only emnify can reassign or remove a SuperAdmin";
pub const PENDING_RULE: &str = "an invited user must accept the invitation (create their \
    account) before they can be added to a further Workspace";

/// Where a user's default goes when they lose `ws`: the next active Workspace the caller can
/// see (emnify picks the next in join order; the caller may not see all of them).
pub fn default_move_note(user_ws: &[UserWorkspace], ws: i64) -> Option<String> {
    let is_default = user_ws
        .iter()
        .any(|w| w.id == ws && w.default_workspace == Some(true));
    if !is_default {
        return None;
    }
    let next = user_ws
        .iter()
        .find(|w| w.id != ws && status_of(w) == Status::Active);
    Some(match next {
        Some(n) => format!(
            "this is their default Workspace: emnify moves their default to the next active one \
             (\"{}\" is one)",
            n.name
        ),
        None => "this is their default Workspace and they have no other active one that you can \
                 see: they may be unable to log in"
            .to_string(),
    })
}

/// A user and their access in the target Workspace, checked against the rules that apply to
/// every change of someone's access: they must be there, must not be the caller, and must not
/// be the SuperAdmin of a linked Workspace.
pub struct Change {
    pub ws: access::WorkspaceRef,
    pub user: UserRecord,
    /// Everything the caller can see of the user's Workspaces.
    pub theirs: Vec<UserWorkspace>,
    pub here: UserWorkspace,
    /// They are the SuperAdmin here (only a role change in the main organisation gets this far):
    /// emnify shows SuperAdmin alone, so their own roles are not visible.
    pub superadmin: bool,
}

/// What a command is about to do to someone's access, for the refusal messages.
#[derive(Debug, Clone, Copy)]
pub enum ChangeKind {
    Remove,
    Suspend,
    Activate,
    Role,
}

impl ChangeKind {
    fn of_self(self) -> &'static str {
        match self {
            ChangeKind::Remove => "you cannot remove yourself",
            ChangeKind::Suspend => "you cannot suspend yourself",
            ChangeKind::Activate => "you cannot activate yourself",
            ChangeKind::Role => "you cannot change your own role",
        }
    }
    fn of_superadmin(self) -> &'static str {
        match self {
            ChangeKind::Remove => "they cannot be removed",
            ChangeKind::Suspend => "they cannot be suspended",
            ChangeKind::Activate => "their status cannot be changed",
            ChangeKind::Role => "their role cannot be changed here",
        }
    }
}

/// Whether the SuperAdmin's roles in Workspace `ws` may not be changed from there: `None` when
/// they may (`ws` is the main organisation of its link group) or when the server must decide
/// (emnify's cloud does not tell which Workspace is the main organisation, and an unlinked
/// Workspace has no SuperAdmin to protect); `Some(name)` naming the main organisation otherwise.
async fn main_organisation_elsewhere(ctx: &Context, ws: i64) -> CliResult<Option<Option<String>>> {
    let client = ctx.client().await?;
    if !api_mod::ext::available(client).await? {
        return Ok(None);
    }
    match api_mod::ext::link(&client.in_workspace(ws)).await? {
        Some(info) if info.main_organisation.id != ws => Ok(Some(Some(
            info.main_organisation
                .name
                .unwrap_or_else(|| info.main_organisation.id.to_string()),
        ))),
        _ => Ok(None),
    }
}

pub async fn prepare_change(ctx: &Context, key: &str, kind: ChangeKind) -> CliResult<Change> {
    let ws = target(ctx).await?;
    let (user, _) = find_user(ctx, key, Some(ws.id)).await?;
    let theirs = user_workspaces(ctx, user.id).await?;
    let Some(here) = theirs.iter().find(|w| w.id == ws.id).cloned() else {
        return Err(CliError::not_found(format!(
            "{} has no access to \"{}\" (id {})",
            user.username, ws.name, ws.id
        ))
        .with_hint(format!(
            "see where they have access with `emnify user show {}`",
            user.username
        )));
    };
    if Some(user.id) == caller_id(ctx).await? {
        return Err(rule_refusal(kind.of_self(), SELF_RULE));
    }
    let superadmin = roles_of(&here).contains(&Role::SuperAdmin);
    if superadmin {
        // Their own role may change while logged in to the main organisation; nothing else.
        let main = match kind {
            ChangeKind::Role => main_organisation_elsewhere(ctx, ws.id).await?,
            _ => Some(None),
        };
        if let Some(main) = main {
            let mut err = rule_refusal(
                format!(
                    "{} is the SuperAdmin of \"{}\": {}",
                    user.username,
                    ws.name,
                    kind.of_superadmin()
                ),
                SUPERADMIN_RULE,
            );
            if let Some(main) = main {
                err = err.with_hint(format!(
                    "the SuperAdmin's own roles can be changed only in the main organisation, \
                     \"{main}\": use `--workspace \"{main}\"`"
                ));
            }
            return Err(err);
        }
    }
    Ok(Change {
        ws,
        user,
        theirs,
        here,
        superadmin,
    })
}
