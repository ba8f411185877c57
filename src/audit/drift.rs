//! Drift: what changed since an earlier report (the baseline), per user and Workspace.
//!
//! Rows are matched by (Workspace id, user id). Only Workspaces audited in both runs are
//! compared; a Workspace that became unauditable is reported as a coverage change, never as
//! "everybody lost access", which would be false.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::report::{AccessRow, Report, SCHEMA_VERSION};
use super::snapshot::{UserRef, WorkspaceRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Gained,
    Lost,
    Changed,
}

/// The parts of a row that drift compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessState {
    pub roles: String,
    pub status: String,
    pub login_method: String,
}

impl From<&AccessRow> for AccessState {
    fn from(r: &AccessRow) -> Self {
        AccessState {
            roles: r.role_names(),
            status: r.status.as_str().to_string(),
            login_method: r.login_method.as_str().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessChange {
    pub kind: ChangeKind,
    pub workspace: WorkspaceRef,
    pub user: UserRef,
    pub before: Option<AccessState>,
    pub after: Option<AccessState>,
    /// For `changed`: which of `role`, `status`, `login_method` differ.
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageChange {
    pub workspace: WorkspaceRef,
    /// `audited`, `not_auditable` or `absent`.
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drift {
    pub baseline_generated_at: DateTime<Utc>,
    pub changes: Vec<AccessChange>,
    pub coverage_changes: Vec<CoverageChange>,
    /// Finding keys present now and not in the baseline.
    pub new_findings: Vec<String>,
    /// Finding keys in the baseline and gone now.
    pub resolved_findings: Vec<String>,
}

impl Drift {
    /// Drift that `--fail-on drift` acts on: access or coverage changed.
    pub fn has_changes(&self) -> bool {
        !self.changes.is_empty() || !self.coverage_changes.is_empty()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("the baseline is not JSON: {0}")]
    NotJson(serde_json::Error),
    #[error("the baseline has no `schema_version`; is it the JSON output of `emnify audit`?")]
    NoVersion,
    #[error("the baseline has schema_version {found}, this version reads {SCHEMA_VERSION}")]
    UnsupportedVersion { found: u64 },
    #[error("the baseline does not match the audit report schema: {0}")]
    Shape(serde_json::Error),
}

/// Reads an earlier `emnify audit --output json` report.
pub fn parse_baseline(text: &str) -> Result<Report, BaselineError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(BaselineError::NotJson)?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or(BaselineError::NoVersion)?;
    if version != u64::from(SCHEMA_VERSION) {
        return Err(BaselineError::UnsupportedVersion { found: version });
    }
    serde_json::from_value(value).map_err(BaselineError::Shape)
}

fn coverage_label(report: &Report, id: i64) -> &'static str {
    match report.workspaces.iter().find(|w| w.id == id) {
        None => "absent",
        Some(w) if w.coverage.is_audited() => "audited",
        Some(_) => "not_auditable",
    }
}

/// Compares `current` with `baseline`.
pub fn diff(baseline: &Report, current: &Report) -> Drift {
    let ids: BTreeSet<i64> = baseline
        .workspaces
        .iter()
        .chain(current.workspaces.iter())
        .map(|w| w.id)
        .collect();
    let mut coverage_changes = Vec::new();
    let mut compared = BTreeSet::new();
    for id in ids {
        let (b, a) = (coverage_label(baseline, id), coverage_label(current, id));
        if b == "audited" && a == "audited" {
            compared.insert(id);
        } else if b != a {
            let name = current
                .workspaces
                .iter()
                .chain(baseline.workspaces.iter())
                .find(|w| w.id == id)
                .map(|w| w.name.clone())
                .unwrap_or_default();
            coverage_changes.push(CoverageChange {
                workspace: WorkspaceRef { id, name },
                before: b.to_string(),
                after: a.to_string(),
            });
        }
    }

    let index = |r: &Report| -> BTreeMap<(i64, i64), AccessRow> {
        r.rows
            .iter()
            .filter(|row| compared.contains(&row.workspace.id))
            .map(|row| ((row.workspace.id, row.user.id), row.clone()))
            .collect()
    };
    let (before, after) = (index(baseline), index(current));
    let keys: BTreeSet<(i64, i64)> = before.keys().chain(after.keys()).copied().collect();
    let mut changes = Vec::new();
    for key in keys {
        match (before.get(&key), after.get(&key)) {
            (None, Some(a)) => changes.push(AccessChange {
                kind: ChangeKind::Gained,
                workspace: a.workspace.clone(),
                user: a.user.clone(),
                before: None,
                after: Some(a.into()),
                fields: Vec::new(),
            }),
            (Some(b), None) => changes.push(AccessChange {
                kind: ChangeKind::Lost,
                workspace: b.workspace.clone(),
                user: b.user.clone(),
                before: Some(b.into()),
                after: None,
                fields: Vec::new(),
            }),
            (Some(b), Some(a)) => {
                let (sb, sa) = (AccessState::from(b), AccessState::from(a));
                let mut fields = Vec::new();
                if sb.roles != sa.roles {
                    fields.push("role".to_string());
                }
                if sb.status != sa.status {
                    fields.push("status".to_string());
                }
                if sb.login_method != sa.login_method {
                    fields.push("login_method".to_string());
                }
                if !fields.is_empty() {
                    changes.push(AccessChange {
                        kind: ChangeKind::Changed,
                        workspace: a.workspace.clone(),
                        user: a.user.clone(),
                        before: Some(sb),
                        after: Some(sa),
                        fields,
                    });
                }
            }
            (None, None) => {}
        }
    }

    let keys_of =
        |r: &Report| -> BTreeSet<String> { r.findings.iter().map(|f| f.key.clone()).collect() };
    let (fb, fa) = (keys_of(baseline), keys_of(current));
    Drift {
        baseline_generated_at: baseline.generated_at,
        changes,
        coverage_changes,
        new_findings: fa.difference(&fb).cloned().collect(),
        resolved_findings: fb.difference(&fa).cloned().collect(),
    }
}
