//! `--fail-on SEVERITY|drift`: decides whether a finished audit should fail a CI job.

use std::fmt;
use std::str::FromStr;

use super::findings::Severity;
use super::report::Report;

/// One `--fail-on` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Fail when a finding of this severity or worse exists.
    Severity(Severity),
    /// Fail when access or coverage changed since the baseline.
    Drift,
}

impl FromStr for FailOn {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.trim().eq_ignore_ascii_case("drift") {
            return Ok(FailOn::Drift);
        }
        s.parse::<Severity>().map(FailOn::Severity).map_err(|_| {
            format!("unknown `--fail-on` value `{s}` (expected info, low, medium, high, critical or drift)")
        })
    }
}

impl fmt::Display for FailOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailOn::Severity(s) => write!(f, "{s}"),
            FailOn::Drift => f.write_str("drift"),
        }
    }
}

/// Checks the combination before any request is made: `drift` needs a baseline.
pub fn validate(fail_on: &[FailOn], has_baseline: bool) -> Result<(), String> {
    if fail_on.contains(&FailOn::Drift) && !has_baseline {
        return Err("`--fail-on drift` needs `--baseline FILE` to compare with".to_string());
    }
    Ok(())
}

/// Why a severity gate cannot pass: some Workspaces were not audited, so a finding there would
/// go unseen. `None` when every Workspace of the report was audited.
pub fn incomplete(report: &Report) -> Option<String> {
    let missing: Vec<String> = report
        .workspaces
        .iter()
        .filter(|w| !w.coverage.is_audited())
        .map(|w| format!("{} ({})", w.name, w.id))
        .collect();
    (!missing.is_empty()).then(|| {
        format!(
            "the audit is incomplete: {} of {} Workspaces not audited ({}), findings there are \
             unknown",
            missing.len(),
            report.workspaces.len(),
            missing.join(", ")
        )
    })
}

/// The reasons the audit fails, one sentence each; empty means it passes.
///
/// A severity rule also fails an incomplete audit: "no finding of severity X" cannot be claimed
/// for Workspaces that were not audited. `drift` does not: it compares coverage itself, so a
/// Workspace that was not audited in the baseline either is no change, and one that stopped
/// being audited is a coverage change.
pub fn reasons(report: &Report, fail_on: &[FailOn]) -> Vec<String> {
    let mut out = Vec::new();
    for rule in fail_on {
        match rule {
            FailOn::Severity(min) => {
                let n = report
                    .findings
                    .iter()
                    .filter(|f| f.severity >= *min)
                    .count();
                if n > 0 {
                    out.push(format!("{n} finding(s) of severity {min} or higher"));
                }
            }
            FailOn::Drift => {
                if let Some(d) = report.drift.as_ref().filter(|d| d.has_changes()) {
                    out.push(format!(
                        "drift since the baseline: {} access change(s), {} coverage change(s)",
                        d.changes.len(),
                        d.coverage_changes.len()
                    ));
                }
            }
        }
    }
    if fail_on.iter().any(|r| matches!(r, FailOn::Severity(_))) {
        out.extend(incomplete(report));
    }
    out
}
