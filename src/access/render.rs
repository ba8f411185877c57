//! A plan as text for people, in the spirit of `terraform plan`: one block per Workspace, a
//! sign per line (`+` adds, `~` changes, `-` takes away), then notes, refusals and a summary.
//! `--output json` serialises [`Plan`] itself instead.

use std::fmt::Write;

use super::model::roles_text;
use super::plan::{ActionKind, NoteKind, Plan};

fn sign(kind: &ActionKind) -> char {
    match kind {
        ActionKind::Invite { .. } | ActionKind::Add { .. } => '+',
        ActionKind::ChangeRoles { .. } | ActionKind::Activate => '~',
        ActionKind::Suspend | ActionKind::Remove => '-',
    }
}

fn detail(kind: &ActionKind) -> String {
    match kind {
        ActionKind::Invite { name, roles } => format!("as {} (\"{name}\")", roles_text(roles)),
        ActionKind::Add { roles, .. } => format!("as {}", roles_text(roles)),
        ActionKind::ChangeRoles { from, to } => {
            format!("{} -> {}", roles_text(from), roles_text(to))
        }
        ActionKind::Activate | ActionKind::Suspend | ActionKind::Remove => String::new(),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Render the plan. Actions are grouped by Workspace here; they run in the order of
/// `plan.actions` (additions first, removals last).
pub fn render_text(plan: &Plan) -> String {
    let mut out = String::new();
    let width = plan
        .actions
        .iter()
        .map(|a| a.email.chars().count())
        .max()
        .unwrap_or(0);

    let mut workspaces = plan.managed.clone();
    for a in &plan.actions {
        if !workspaces.iter().any(|w| w.id == a.workspace.id) {
            workspaces.push(a.workspace.clone());
        }
    }
    for ws in &workspaces {
        let actions: Vec<_> = plan
            .actions
            .iter()
            .filter(|a| a.workspace.id == ws.id)
            .collect();
        if actions.is_empty() {
            continue;
        }
        let _ = writeln!(out, "Workspace {ws}:");
        for a in actions {
            let line = format!(
                "  {} {:<8} {:<width$} {}",
                sign(&a.kind),
                a.kind.verb(),
                a.email,
                detail(&a.kind)
            );
            let _ = writeln!(out, "{}", line.trim_end());
            for note in &a.notes {
                let _ = writeln!(out, "      note: {note}");
            }
        }
        out.push('\n');
    }

    for (kind, title) in [
        (NoteKind::Deferred, "Later"),
        (NoteKind::Kept, "Left alone"),
    ] {
        let notes: Vec<_> = plan.notes.iter().filter(|n| n.kind == kind).collect();
        if notes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title}:");
        for n in notes {
            match &n.workspace {
                Some(ws) => {
                    let _ = writeln!(out, "  {} in \"{}\" {}", n.email, ws.name, n.message);
                }
                None => {
                    let _ = writeln!(out, "  {} {}", n.email, n.message);
                }
            }
        }
        out.push('\n');
    }

    if !plan.conflicts.is_empty() {
        let _ = writeln!(
            out,
            "Refused by emnify's rules (fix the file; nothing will be applied):"
        );
        for c in &plan.conflicts {
            let at = c.pos.map(|p| format!("{p}: ")).unwrap_or_default();
            let _ = writeln!(
                out,
                "  x {at}{} in \"{}\" {}",
                c.email, c.workspace.name, c.message
            );
        }
        out.push('\n');
    }

    let s = &plan.summary;
    if plan.actions.is_empty() {
        let _ = writeln!(out, "No changes: the Workspaces already match the file.");
    } else {
        let parts = [
            plural(s.invite, "invitation", "invitations"),
            plural(s.add, "addition", "additions"),
            plural(s.change_roles, "role change", "role changes"),
            plural(s.activate, "activation", "activations"),
            plural(s.suspend, "suspension", "suspensions"),
            plural(s.remove, "removal", "removals"),
        ];
        let _ = writeln!(out, "Plan: {}.", parts.join(", "));
    }
    if !plan.prune {
        let _ = writeln!(
            out,
            "Access not in the file is kept (use --prune to remove it)."
        );
    }
    out
}
