//! Carrying out a plan one action at a time, with a result per row.
//!
//! The steps themselves (HTTP calls) are the caller's: anything that implements [`Step`]. What
//! lives here is the policy: keep going after a failure, but skip what depended on the failed
//! step, so that a re-run of `apply` finds and finishes exactly the rest.

use std::fmt::Write;

use serde::Serialize;

use super::plan::{Action, ActionKind};

/// Performs one action against the server.
pub trait Step {
    /// `Err` carries a one-line reason for the report.
    fn run(&mut self, action: &Action) -> impl std::future::Future<Output = Result<(), String>>;
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", content = "reason", rename_all = "snake_case")]
pub enum Outcome {
    Done,
    Failed(String),
    /// Not attempted because an earlier step it depends on failed.
    Skipped(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowResult {
    #[serde(flatten)]
    pub action: Action,
    #[serde(flatten)]
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub rows: Vec<RowResult>,
    pub done: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl Report {
    pub fn all_done(&self) -> bool {
        self.failed == 0 && self.skipped == 0
    }
}

/// Whether `later` must not run once `failed` has failed.
fn depends_on(later: &Action, failed: &Action) -> bool {
    let same_user = match (later.user_id, failed.user_id) {
        (Some(a), Some(b)) => a == b,
        _ => later.email.eq_ignore_ascii_case(&failed.email),
    };
    if !same_user {
        return false;
    }
    // The rest of the user's changes in that Workspace build on the failed one; and access is
    // taken away only after it was granted elsewhere, so a failed grant holds back every
    // suspension and removal of that user.
    let grant = matches!(
        failed.kind,
        ActionKind::Invite { .. } | ActionKind::Add { .. }
    );
    later.workspace.id == failed.workspace.id || (grant && later.kind.is_destructive())
}

/// Run every action in order and report on each.
pub async fn execute<S: Step>(actions: &[Action], step: &mut S) -> Report {
    let mut rows: Vec<RowResult> = Vec::with_capacity(actions.len());
    for action in actions {
        let blocker = rows
            .iter()
            .find(|r| !matches!(r.outcome, Outcome::Done) && depends_on(action, &r.action));
        let outcome = match blocker {
            Some(r) => Outcome::Skipped(format!(
                "`{} {}` in \"{}\" did not succeed",
                r.action.kind.verb(),
                r.action.email,
                r.action.workspace.name
            )),
            None => match step.run(action).await {
                Ok(()) => Outcome::Done,
                Err(reason) => Outcome::Failed(reason),
            },
        };
        rows.push(RowResult {
            action: action.clone(),
            outcome,
        });
    }
    let count = |f: fn(&Outcome) -> bool| rows.iter().filter(|r| f(&r.outcome)).count();
    Report {
        done: count(|o| matches!(o, Outcome::Done)),
        failed: count(|o| matches!(o, Outcome::Failed(_))),
        skipped: count(|o| matches!(o, Outcome::Skipped(_))),
        rows,
    }
}

/// The report as text: one line per row, then a count.
pub fn render_report(report: &Report) -> String {
    let mut out = String::new();
    let width = report
        .rows
        .iter()
        .map(|r| r.action.email.chars().count())
        .max()
        .unwrap_or(0);
    for row in &report.rows {
        let (mark, reason) = match &row.outcome {
            Outcome::Done => ("ok     ", String::new()),
            Outcome::Failed(r) => ("FAILED ", format!(": {r}")),
            Outcome::Skipped(r) => ("skipped", format!(": {r}")),
        };
        let _ = writeln!(
            out,
            "{mark} {:<8} {:<width$} in \"{}\"{reason}",
            row.action.kind.verb(),
            row.action.email,
            row.action.workspace.name
        );
    }
    let _ = writeln!(
        out,
        "Applied {} of {} change{}: {} failed, {} skipped.",
        report.done,
        report.rows.len(),
        if report.rows.len() == 1 { "" } else { "s" },
        report.failed,
        report.skipped
    );
    out
}
