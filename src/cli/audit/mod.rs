//! `emnify audit`: who can do what in which Workspace, how they log in, and what changed.
//!
//! The collector ([`collect`]) fills a snapshot through the API ([`source`]), the pure
//! `crate::audit` turns it into a report, and this command renders it and applies `--fail-on`.

pub mod collect;
mod progress;
pub mod source;

use std::path::PathBuf;

use clap::Args;

use crate::api::pace::Pacer;
use crate::audit::{self, gate, render, AuditOptions, FailOn, Report};
use crate::context::Context;
use crate::env_vars;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::Format;
use collect::CollectOptions;

/// Audit users, roles, status and login method across every Workspace you can reach
///
/// One row per user and Workspace, findings with a severity and a stable code, and with
/// `--baseline` the access gained, lost or changed since an earlier JSON report. `--workspace`
/// (comma-separated ids or names) limits the audit to those Workspaces.
#[derive(Debug, Args)]
#[command(
    after_help = "`--workspace A,B` audits only those Workspaces (ids or names).\n\
Finding codes: PASSWORD_LOGIN_INTO_SSO_WORKSPACE, NO_ACTIVE_ADMINISTRATOR, SUSPENDED_ADMINISTRATOR, \
STALE_INVITATION, ACCESS_TO_EVERY_WORKSPACE, TOO_MANY_ADMINISTRATORS, ADMINISTRATOR_WITHOUT_MFA.\n\
Exit codes: 4 when none of the Workspaces can be audited with your roles, 8 when a Workspace \
could not be read (the report covers the rest), 10 when `--fail-on` matches (a severity also \
matches an audit that left some Workspace out). Details: docs/audit.md; JSON schema: \
docs/audit.schema.json"
)]
pub struct AuditArgs {
    /// Compare with an earlier `emnify audit --output json` report
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Exit with code 10 on a finding of this severity or worse (info, low, medium, high,
    /// critical), or on `drift` since the baseline; repeat or separate with commas
    #[arg(long, value_name = "SEVERITY|drift", value_delimiter = ',')]
    pub fail_on: Vec<FailOn>,
    /// A pending invitation older than this many days is a finding
    #[arg(long, value_name = "DAYS", default_value_t = AuditOptions::default().invitation_max_age_days)]
    pub invitation_days: u32,
    /// More active Administrators than this in one Workspace is a finding
    #[arg(long, value_name = "N", default_value_t = AuditOptions::default().admin_threshold)]
    pub admin_threshold: usize,
    /// Also read the MFA setting of every active Administrator who logs in with a password (one
    /// request each), for ADMINISTRATOR_WITHOUT_MFA
    #[arg(long)]
    pub check_mfa: bool,
    /// Requests in flight at once (all are paced inside emnify's rate limits)
    #[arg(long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: u16,
}

fn read_baseline(path: &PathBuf) -> CliResult<Report> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::usage(format!("cannot read the baseline `{}`", path.display())).with_cause(e)
    })?;
    audit::parse_baseline(&text).map_err(|e| {
        CliError::usage(format!("`{}` is not a usable baseline", path.display()))
            .with_cause(e)
            .with_hint("write one with `emnify audit --output json > baseline.json`")
    })
}

pub async fn run(ctx: &Context, args: AuditArgs) -> CliResult {
    // Everything that can be wrong with the input is checked before the first request.
    gate::validate(&args.fail_on, args.baseline.is_some()).map_err(CliError::usage)?;
    let baseline = args.baseline.as_ref().map(read_baseline).transpose()?;
    if ctx.client().await?.is_application_token().await {
        return Err(CliError::auth(
            "the audit needs user credentials: an application token belongs to no user, so \
             there are no Workspaces to follow and it cannot switch into any",
        )
        .with_hint(format!(
            "set {} and {} (or run `emnify auth login`) for a user who administers the \
             Workspaces to audit",
            env_vars::EMNIFY_USERNAME,
            env_vars::EMNIFY_PASSWORD
        )));
    }
    let options = AuditOptions {
        invitation_max_age_days: args.invitation_days,
        admin_threshold: args.admin_threshold,
    };
    let only: Vec<String> = ctx
        .settings
        .workspace_override
        .as_ref()
        .map(|w| {
            w.value
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();

    let client = ctx.client().await?.clone();
    let src = source::ApiSource::new(client, Pacer::default());
    let bar = progress::Bar::new(ctx.ui.stderr_tty && !ctx.ui.quiet);
    let opts = CollectOptions {
        only,
        concurrency: usize::from(args.concurrency),
        source: ctx.settings.api_url.value.clone(),
        now: chrono::Utc::now(),
        check_mfa: args.check_mfa,
    };
    let collected = collect::collect(&src, &opts, &bar).await;
    bar.finish();
    let collect::Collected { snapshot, failed } = collected?;
    // Keep the switched tokens of a stored login: the next audit needs no switches.
    ctx.persist_session().await?;

    let mut report = audit::build(&snapshot, &options);
    if let Some(b) = &baseline {
        report.drift = Some(audit::diff(b, &report));
    }

    render_report(ctx, &report)?;
    summarise(ctx, &report);

    let reasons = gate::reasons(&report, &args.fail_on);
    if !failed.is_empty() {
        // An incomplete audit must not pass for a clean one, whatever `--fail-on` says.
        let mut err = CliError::new(
            ErrorKind::PartialFailure,
            format!(
                "{} Workspace(s) could not be audited; the report covers the rest",
                failed.len()
            ),
        );
        for f in failed.iter().chain(reasons.iter()) {
            err = err.with_cause(f);
        }
        return Err(err.with_hint(
            "run the audit again; a baseline comparison shows them as coverage changes",
        ));
    }
    if reasons.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = args.fail_on.iter().map(ToString::to_string).collect();
    let mut err = CliError::new(
        ErrorKind::CheckFailed,
        format!("the audit failed `--fail-on {}`", list.join(",")),
    );
    // Only when the incompleteness is one of the reasons (severity gates), not for drift alone.
    let incomplete = gate::incomplete(&report).is_some_and(|why| reasons.contains(&why));
    for r in reasons {
        err = err.with_cause(r);
    }
    if incomplete {
        err = err.with_hint(
            "to gate only on the Workspaces you can audit, name them with `--workspace A,B`",
        );
    }
    Err(err)
}

fn render_report(ctx: &Context, report: &Report) -> CliResult {
    match ctx.ui.format {
        Format::Json => ctx.ui.json(report),
        Format::Csv => {
            let text = render::csv(report)
                .map_err(|e| CliError::internal("cannot render CSV").with_cause(e))?;
            crate::output::write_stdout(text.as_bytes())
        }
        Format::Markdown => crate::output::write_stdout(render::markdown(report).as_bytes()),
        Format::Table => {
            let rows: Vec<Vec<String>> = render::table_rows(report)
                .into_iter()
                .map(|r| r.to_vec())
                .collect();
            ctx.ui.table(render::ROW_HEADERS.to_vec(), rows)?;
            if !report.findings.is_empty() {
                crate::output::write_stdout(b"\n")?;
                let rows = report
                    .findings
                    .iter()
                    .map(|f| {
                        vec![
                            f.severity.to_string(),
                            f.code.to_string(),
                            f.workspace
                                .as_ref()
                                .map(|w| w.name.clone())
                                .unwrap_or_default(),
                            f.user
                                .as_ref()
                                .map(|u| u.username.clone())
                                .unwrap_or_default(),
                            f.message.clone(),
                        ]
                    })
                    .collect();
                ctx.ui.table(
                    vec!["severity", "code", "workspace", "user", "finding"],
                    rows,
                )?;
            }
            if let Some(d) = report.drift.as_ref().filter(|d| d.has_changes()) {
                crate::output::write_stdout(b"\n")?;
                let state = |s: &Option<audit::drift::AccessState>| {
                    s.as_ref()
                        .map(|s| format!("{} / {} / {}", s.roles, s.status, s.login_method))
                        .unwrap_or_else(|| "-".into())
                };
                let mut rows: Vec<Vec<String>> = d
                    .changes
                    .iter()
                    .map(|c| {
                        vec![
                            format!("{:?}", c.kind).to_lowercase(),
                            c.workspace.name.clone(),
                            c.user.username.clone(),
                            state(&c.before),
                            state(&c.after),
                        ]
                    })
                    .collect();
                rows.extend(d.coverage_changes.iter().map(|c| {
                    vec![
                        "coverage".into(),
                        c.workspace.name.clone(),
                        String::new(),
                        c.before.clone(),
                        c.after.clone(),
                    ]
                }));
                ctx.ui
                    .table(vec!["change", "workspace", "user", "before", "after"], rows)?;
            }
            Ok(())
        }
    }
}

/// One status line and the limitations, on stderr.
fn summarise(ctx: &Context, report: &Report) {
    let s = &report.summary;
    let counts = s.finding_counts();
    let findings = if counts.is_empty() {
        "no findings".to_string()
    } else {
        counts.join(", ")
    };
    let mut line = format!(
        "audited {} of {} Workspaces: {} users, {} access rows; {findings}",
        s.audited_workspaces, s.workspaces, s.users, s.rows
    );
    if let Some(d) = &report.drift {
        line.push_str(&format!(
            "; {} change(s) since the baseline",
            d.changes.len() + d.coverage_changes.len()
        ));
    }
    ctx.ui.status(line);
    for l in &report.limitations {
        ctx.ui.status(format!("not checked: {l}"));
    }
    if report
        .limitations
        .iter()
        .any(|l| l.contains("account security (MFA)"))
    {
        ctx.ui
            .hint("`--check-mfa` reads it (one request per such Administrator)");
    }
}
