//! Text forms of a report: CSV rows for spreadsheets and a Markdown page for a ticket.
//!
//! JSON is the serde model itself (see `docs/audit.schema.json`); the table form is built by the
//! `audit` command from [`table_rows`].

use std::fmt::Write as _;

use super::drift::{AccessState, ChangeKind};
use super::report::{AccessRow, Report};
use super::snapshot::{Coverage, LinkState, SsoState};

/// Column names of the CSV and the table.
pub const ROW_HEADERS: [&str; 10] = [
    "workspace_id",
    "workspace",
    "user_id",
    "username",
    "name",
    "roles",
    "status",
    "default_workspace",
    "login_method",
    "access",
];

/// Every access row as strings, in [`ROW_HEADERS`] order.
pub fn table_rows(report: &Report) -> Vec<[String; 10]> {
    report.rows.iter().map(row_cells).collect()
}

fn row_cells(r: &AccessRow) -> [String; 10] {
    [
        r.workspace.id.to_string(),
        r.workspace.name.clone(),
        r.user.id.to_string(),
        r.user.username.clone(),
        r.name.clone().unwrap_or_default(),
        r.role_names(),
        r.status.as_str().to_string(),
        r.default_workspace
            .as_ref()
            .map(|w| w.name.clone())
            .unwrap_or_else(|| "unknown".into()),
        r.login_method.as_str().to_string(),
        match r.access {
            super::report::AccessKind::Granted => "granted".to_string(),
            super::report::AccessKind::Superadmin => "superadmin".to_string(),
        },
    ]
}

/// The access rows as CSV with a header line.
pub fn csv(report: &Report) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(ROW_HEADERS)?;
    for row in table_rows(report) {
        w.write_record(&row)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Makes a value safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn state(s: &Option<AccessState>) -> String {
    match s {
        Some(s) => format!("{} / {} / {}", s.roles, s.status, s.login_method),
        None => "–".to_string(),
    }
}

/// A Markdown report a person can paste into a ticket.
pub fn markdown(report: &Report) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# emnify access audit\n");
    let _ = writeln!(
        o,
        "- Generated: {}",
        report.generated_at.format("%Y-%m-%d %H:%M UTC")
    );
    let _ = writeln!(o, "- Source: `{}`", report.source);
    if let Some(c) = &report.caller {
        let _ = writeln!(o, "- Audited by: {}", cell(&c.username));
    }
    if let Some(m) = &report.main_organisation {
        let _ = writeln!(o, "- Main organisation: {} ({})", cell(&m.name), m.id);
    }
    if let Some(s) = &report.superadmin {
        let _ = writeln!(o, "- SuperAdmin: {}", cell(&s.username));
    }
    let s = &report.summary;
    let _ = writeln!(
        o,
        "- Workspaces: {} ({} audited), users: {}, access rows: {}",
        s.workspaces, s.audited_workspaces, s.users, s.rows
    );
    let counts = s.finding_counts();
    let _ = writeln!(
        o,
        "- Findings: {}\n",
        if counts.is_empty() {
            "none".to_string()
        } else {
            counts.join(", ")
        }
    );

    let _ = writeln!(o, "## Findings\n");
    if report.findings.is_empty() {
        let _ = writeln!(o, "No findings.\n");
    } else {
        let _ = writeln!(o, "| Severity | Code | Workspace | User | Finding |");
        let _ = writeln!(o, "| --- | --- | --- | --- | --- |");
        for f in &report.findings {
            let _ = writeln!(
                o,
                "| {} | `{}` | {} | {} | {} |",
                f.severity,
                f.code,
                f.workspace
                    .as_ref()
                    .map(|w| cell(&w.name))
                    .unwrap_or_default(),
                f.user
                    .as_ref()
                    .map(|u| cell(&u.username))
                    .unwrap_or_default(),
                cell(&f.message)
            );
        }
        let _ = writeln!(o);
    }

    if let Some(d) = &report.drift {
        let _ = writeln!(
            o,
            "## Changes since the baseline of {}\n",
            d.baseline_generated_at.format("%Y-%m-%d %H:%M UTC")
        );
        if d.changes.is_empty() && d.coverage_changes.is_empty() {
            let _ = writeln!(o, "No access changes.\n");
        }
        if !d.changes.is_empty() {
            let _ = writeln!(o, "| Change | Workspace | User | Before | After |");
            let _ = writeln!(o, "| --- | --- | --- | --- | --- |");
            for c in &d.changes {
                let kind = match c.kind {
                    ChangeKind::Gained => "gained".to_string(),
                    ChangeKind::Lost => "lost".to_string(),
                    ChangeKind::Changed => format!("changed ({})", c.fields.join(", ")),
                };
                let _ = writeln!(
                    o,
                    "| {kind} | {} | {} | {} | {} |",
                    cell(&c.workspace.name),
                    cell(&c.user.username),
                    cell(&state(&c.before)),
                    cell(&state(&c.after))
                );
            }
            let _ = writeln!(o);
        }
        for c in &d.coverage_changes {
            let _ = writeln!(
                o,
                "- Workspace {} went from {} to {}",
                cell(&c.workspace.name),
                c.before,
                c.after
            );
        }
        if !d.coverage_changes.is_empty() {
            let _ = writeln!(o);
        }
    }

    let _ = writeln!(o, "## Workspaces\n");
    let _ = writeln!(o, "| Workspace | Id | Linked to | SSO | Audited | Users |");
    let _ = writeln!(o, "| --- | --- | --- | --- | --- | --- |");
    for w in &report.workspaces {
        let link = match &w.link {
            LinkState::Linked { main_organisation } => cell(&main_organisation.name),
            LinkState::NotLinked => "not linked".to_string(),
            LinkState::Unknown { .. } => "unknown".to_string(),
        };
        let sso = match &w.sso {
            SsoState::Known {
                active: true,
                provider,
                ..
            } => {
                format!("active ({})", provider.as_deref().unwrap_or("?"))
            }
            SsoState::Known {
                provider: Some(p),
                verified,
                ..
            } => {
                format!(
                    "{p}, {}, not active",
                    if *verified { "verified" } else { "unverified" }
                )
            }
            SsoState::Known { .. } => "none".to_string(),
            SsoState::Unknown { .. } => "unknown".to_string(),
        };
        let audited = match &w.coverage {
            Coverage::Audited => "yes".to_string(),
            Coverage::NotAuditable { reason, .. } => format!("no: {}", cell(reason)),
        };
        let users = w
            .user_count
            .map(|n| n.to_string())
            .unwrap_or_else(|| "–".into());
        let _ = writeln!(
            o,
            "| {} | {} | {link} | {sso} | {audited} | {users} |",
            cell(&w.name),
            w.id
        );
    }
    let _ = writeln!(o);

    let _ = writeln!(o, "## Access\n");
    let _ = writeln!(
        o,
        "| Workspace | User | Roles | Status | Default Workspace | Login |"
    );
    let _ = writeln!(o, "| --- | --- | --- | --- | --- | --- |");
    for r in &report.rows {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} |",
            cell(&r.workspace.name),
            cell(&r.user.username),
            cell(&r.role_names()),
            r.status.as_str(),
            r.default_workspace
                .as_ref()
                .map(|w| cell(&w.name))
                .unwrap_or_else(|| "unknown".into()),
            r.login_method.as_str()
        );
    }

    if !report.limitations.is_empty() {
        let _ = writeln!(o, "\n## Not checked\n");
        for l in &report.limitations {
            let _ = writeln!(o, "- {}", cell(l));
        }
    }
    o
}
