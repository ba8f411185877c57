//! Comparing desired with current access and deciding what to do, in an order that is safe.
//!
//! The plan honours emnify's rules up front instead of letting the server refuse halfway:
//! the SuperAdmin's access to linked Workspaces is never touched, nobody changes their own
//! access, a user who has not accepted their invitation cannot be added to a further Workspace,
//! and suspending or removing someone in their default Workspace moves their default.

use std::collections::BTreeSet;

use serde::Serialize;

use super::model::{
    roles_text, CurrentAccess, CurrentState, CurrentUser, DesiredAccess, DesiredState, Pos, Role,
    Status, WorkspaceRef,
};

#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions {
    /// Remove access in managed Workspaces that the file does not mention.
    pub prune: bool,
    /// The id of the user running the plan: their own access is never changed. `None` for an
    /// application token, which belongs to no user.
    pub caller_id: Option<i64>,
}

/// What to do for one user in one Workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ActionKind {
    /// A new user: emnify's invitation creates them; this Workspace becomes their default.
    Invite {
        name: String,
        roles: BTreeSet<Role>,
    },
    /// An existing user gets access to one more Workspace (emnify's invitation call, which
    /// wants their name too).
    Add {
        name: String,
        roles: BTreeSet<Role>,
    },
    /// Assign `add` first, then withdraw `remove` (a user's last role cannot be withdrawn).
    ChangeRoles {
        from: BTreeSet<Role>,
        to: BTreeSet<Role>,
    },
    Activate,
    Suspend,
    Remove,
}

impl ActionKind {
    /// Execution phase: additions first so nobody is left without a Workspace in between,
    /// removals last.
    fn phase(&self) -> u8 {
        match self {
            ActionKind::Invite { .. } => 0,
            ActionKind::Add { .. } => 1,
            ActionKind::ChangeRoles { .. } => 2,
            ActionKind::Activate => 3,
            ActionKind::Suspend => 4,
            ActionKind::Remove => 5,
        }
    }

    pub fn verb(&self) -> &'static str {
        match self {
            ActionKind::Invite { .. } => "invite",
            ActionKind::Add { .. } => "add",
            ActionKind::ChangeRoles { .. } => "role",
            ActionKind::Activate => "activate",
            ActionKind::Suspend => "suspend",
            ActionKind::Remove => "remove",
        }
    }

    pub fn is_destructive(&self) -> bool {
        matches!(self, ActionKind::Suspend | ActionKind::Remove)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    pub workspace: WorkspaceRef,
    /// `None` for a user who does not exist yet.
    pub user_id: Option<i64>,
    pub email: String,
    #[serde(flatten)]
    pub kind: ActionKind,
    /// Consequences worth knowing before saying yes (default Workspace moving, …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Cannot happen yet; a later apply will do it (e.g. after the invitation is accepted).
    Deferred,
    /// Left alone on purpose (SuperAdmin, the caller's own access).
    Kept,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub kind: NoteKind,
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<WorkspaceRef>,
    pub message: String,
}

/// Something the file asks for that emnify's rules forbid: nothing is applied while any exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub email: String,
    pub workspace: WorkspaceRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub invite: usize,
    pub add: usize,
    pub change_roles: usize,
    pub activate: usize,
    pub suspend: usize,
    pub remove: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub managed: Vec<WorkspaceRef>,
    pub prune: bool,
    /// In execution order.
    pub actions: Vec<Action>,
    pub notes: Vec<Note>,
    pub conflicts: Vec<Conflict>,
    pub summary: Summary,
}

impl Plan {
    /// Nothing to do and nothing refused: the server already matches the file.
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty() && self.conflicts.is_empty()
    }

    pub fn has_destructive(&self) -> bool {
        self.actions.iter().any(|a| a.kind.is_destructive())
    }
}

struct Planner<'a> {
    current: &'a CurrentState,
    options: PlanOptions,
    actions: Vec<Action>,
    notes: Vec<Note>,
    conflicts: Vec<Conflict>,
}

impl Planner<'_> {
    fn workspace(&self, id: i64) -> WorkspaceRef {
        self.current
            .workspace(id)
            .cloned()
            .unwrap_or_else(|| WorkspaceRef {
                id,
                name: format!("Workspace {id}"),
            })
    }

    fn conflict(&mut self, user: &CurrentUser, want: &DesiredAccess, message: String) {
        self.conflicts.push(Conflict {
            email: user.email.clone(),
            workspace: want.workspace.clone(),
            pos: Some(want.pos),
            message,
        });
    }

    fn push(&mut self, user: &CurrentUser, workspace: WorkspaceRef, kind: ActionKind) {
        self.actions.push(Action {
            workspace,
            user_id: Some(user.id),
            email: user.email.clone(),
            kind,
            notes: Vec::new(),
        });
    }

    /// One desired entry against what the user has now in that Workspace.
    fn entry(&mut self, user: &CurrentUser, have: Option<&CurrentAccess>, want: &DesiredAccess) {
        let is_self = Some(user.id) == self.options.caller_id;
        let Some(have) = have else {
            if is_self {
                let msg = "you cannot give yourself access to a Workspace; ask another \
                           Administrator"
                    .to_string();
                return self.conflict(user, want, msg);
            }
            if user.activation_pending {
                self.notes.push(Note {
                    kind: NoteKind::Deferred,
                    email: user.email.clone(),
                    workspace: Some(want.workspace.clone()),
                    message: "has not accepted their invitation yet; emnify adds a user to a \
                              further Workspace only after that, so apply again then"
                        .to_string(),
                });
                return;
            }
            self.push(
                user,
                want.workspace.clone(),
                ActionKind::Add {
                    name: user.name.clone(),
                    roles: want.roles.clone(),
                },
            );
            if want.status == Status::Suspended {
                self.push(user, want.workspace.clone(), ActionKind::Suspend);
            }
            return;
        };
        if have.is_superadmin() {
            let msg = "is the SuperAdmin here: emnify manages that access; leave this entry \
                       out of the file"
                .to_string();
            return self.conflict(user, want, msg);
        }
        if have.roles != want.roles {
            if is_self {
                let msg = format!(
                    "nobody can change their own role (you are {} here; the file says {})",
                    roles_text(&have.roles),
                    roles_text(&want.roles)
                );
                self.conflict(user, want, msg);
            } else {
                let kind = ActionKind::ChangeRoles {
                    from: have.roles.clone(),
                    to: want.roles.clone(),
                };
                self.push(user, want.workspace.clone(), kind);
            }
        }
        match (have.status.is_enabled(), want.status.is_enabled()) {
            (false, true) if is_self => {
                self.conflict(user, want, "you cannot activate yourself".to_string())
            }
            (true, false) if is_self => {
                self.conflict(user, want, "you cannot suspend yourself".to_string())
            }
            (false, true) => self.push(user, want.workspace.clone(), ActionKind::Activate),
            // emnify changes the status of an accepted membership only.
            (true, false) if have.status == Status::Pending => self.notes.push(Note {
                kind: NoteKind::Deferred,
                email: user.email.clone(),
                workspace: Some(want.workspace.clone()),
                message: "has not accepted their invitation yet; the suspension waits until \
                          then, so apply again after"
                    .to_string(),
            }),
            (true, false) => self.push(user, want.workspace.clone(), ActionKind::Suspend),
            _ => {}
        }
    }

    /// With `--prune`: access the file does not mention, in a managed Workspace.
    fn prune(&mut self, user: &CurrentUser, have: &CurrentAccess) {
        let workspace = self.workspace(have.workspace_id);
        if have.is_superadmin() {
            self.notes.push(Note {
                kind: NoteKind::Kept,
                email: user.email.clone(),
                workspace: Some(workspace),
                message: "is the SuperAdmin: never removed".to_string(),
            });
        } else if Some(user.id) == self.options.caller_id {
            self.notes.push(Note {
                kind: NoteKind::Kept,
                email: user.email.clone(),
                workspace: Some(workspace),
                message: "is you: your own access is never removed".to_string(),
            });
        } else {
            self.push(user, workspace, ActionKind::Remove);
        }
    }

    /// Explain where the default Workspace goes when a user loses theirs.
    fn annotate_defaults(&mut self) {
        for i in 0..self.actions.len() {
            let action = &self.actions[i];
            if !action.kind.is_destructive() {
                continue;
            }
            let Some(user) = action
                .user_id
                .and_then(|id| self.current.users.iter().find(|u| u.id == id))
            else {
                continue;
            };
            if user.default_workspace != Some(action.workspace.id) {
                continue;
            }
            // The next Workspace where the user stays active after the whole plan.
            let losing: Vec<i64> = self
                .actions
                .iter()
                .filter(|a| a.user_id == Some(user.id) && a.kind.is_destructive())
                .map(|a| a.workspace.id)
                .collect();
            let mut candidates: Vec<i64> = user
                .access
                .iter()
                .filter(|a| a.status == Status::Active && !losing.contains(&a.workspace_id))
                .map(|a| a.workspace_id)
                .collect();
            candidates.extend(self.actions.iter().filter_map(|a| match a.kind {
                ActionKind::Add { .. }
                    if a.user_id == Some(user.id) && !losing.contains(&a.workspace.id) =>
                {
                    Some(a.workspace.id)
                }
                _ => None,
            }));
            candidates.sort_unstable();
            candidates.dedup();
            let note = match candidates.first() {
                Some(&next) => format!(
                    "this is their default Workspace: emnify moves their default to the next \
                     active one ({})",
                    self.workspace(next)
                ),
                None => "this is their default Workspace and they have no other active one \
                         that you can see: they may be unable to log in"
                    .to_string(),
            };
            self.actions[i].notes.push(note);
        }
    }
}

/// Work out what to do to make `current` look like `desired` in the managed Workspaces.
/// Users the file gives no access who do not exist yet: there is nothing to invite them to, so
/// the entry would do nothing. Reported as problems of the file rather than silently skipped.
pub fn new_users_without_access(
    desired: &DesiredState,
    current: &CurrentState,
) -> Vec<super::Problem> {
    desired
        .users
        .iter()
        .filter(|u| u.access.is_empty() && current.user_by_email(&u.email).is_none())
        .map(|u| {
            super::Problem::at(
                u.pos,
                format!(
                    "`{}` is not a user yet and the file gives them no access: there is nothing \
                     to invite them to (name a Workspace under `access`, or drop the entry)",
                    u.email
                ),
            )
        })
        .collect()
}

pub fn plan(desired: &DesiredState, current: &CurrentState, options: PlanOptions) -> Plan {
    let mut p = Planner {
        current,
        options,
        actions: Vec::new(),
        notes: Vec::new(),
        conflicts: Vec::new(),
    };
    let managed: Vec<i64> = desired.managed.iter().map(|w| w.id).collect();

    for want_user in &desired.users {
        match current.user_by_email(&want_user.email) {
            None => {
                let Some((first, rest)) = want_user.access.split_first() else {
                    continue;
                };
                p.actions.push(Action {
                    workspace: first.workspace.clone(),
                    user_id: None,
                    email: want_user.email.clone(),
                    kind: ActionKind::Invite {
                        name: want_user.name.clone(),
                        roles: first.roles.clone(),
                    },
                    notes: vec![format!(
                        "new user: \"{}\" becomes their default Workspace",
                        first.workspace.name
                    )],
                });
                let later = rest
                    .iter()
                    .map(|a| (a.workspace.clone(), "access here".to_string()));
                let suspend = (first.status == Status::Suspended)
                    .then(|| (first.workspace.clone(), "suspension here".to_string()));
                for (workspace, what) in later.chain(suspend) {
                    p.notes.push(Note {
                        kind: NoteKind::Deferred,
                        email: want_user.email.clone(),
                        workspace: Some(workspace),
                        message: format!(
                            "{what} waits until they accept the invitation; apply again then"
                        ),
                    });
                }
            }
            Some(user) => {
                for want in &want_user.access {
                    let have = user
                        .access
                        .iter()
                        .find(|a| a.workspace_id == want.workspace.id);
                    p.entry(user, have, want);
                }
                if options.prune {
                    for have in &user.access {
                        let listed = want_user
                            .access
                            .iter()
                            .any(|w| w.workspace.id == have.workspace_id);
                        if !listed && managed.contains(&have.workspace_id) {
                            p.prune(user, have);
                        }
                    }
                }
            }
        }
    }

    if options.prune {
        for user in &current.users {
            if desired
                .users
                .iter()
                .any(|u| u.email.eq_ignore_ascii_case(&user.email))
            {
                continue;
            }
            for have in &user.access {
                if managed.contains(&have.workspace_id) {
                    p.prune(user, have);
                }
            }
        }
    }

    // Safe order: additions, role changes, activations, suspensions, removals; within a phase,
    // by managed Workspace order, then email, so the output is stable.
    let ws_rank = |id: i64| managed.iter().position(|m| *m == id).unwrap_or(usize::MAX);
    p.actions.sort_by(|a, b| {
        (
            a.kind.phase(),
            ws_rank(a.workspace.id),
            a.email.to_lowercase(),
        )
            .cmp(&(
                b.kind.phase(),
                ws_rank(b.workspace.id),
                b.email.to_lowercase(),
            ))
    });
    p.annotate_defaults();

    let mut summary = Summary::default();
    for a in &p.actions {
        match a.kind {
            ActionKind::Invite { .. } => summary.invite += 1,
            ActionKind::Add { .. } => summary.add += 1,
            ActionKind::ChangeRoles { .. } => summary.change_roles += 1,
            ActionKind::Activate => summary.activate += 1,
            ActionKind::Suspend => summary.suspend += 1,
            ActionKind::Remove => summary.remove += 1,
        }
    }
    Plan {
        managed: desired.managed.clone(),
        prune: options.prune,
        actions: p.actions,
        notes: p.notes,
        conflicts: p.conflicts,
        summary,
    }
}
