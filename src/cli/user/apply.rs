use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::export::scope;
use super::shared::{caller_id, confirm, current_state};
use crate::access::{self, Action, ActionKind, Plan, PlanOptions, Report, Step};
use crate::api::{users, Client};
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::Format as Output;

/// Make the Workspaces match an access file: plan, confirm, apply (see docs/access-file.md)
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The access file (`.yaml`, `.yml` or `.csv`)
    #[arg(long, short = 'f', value_name = "FILE", required = true)]
    pub file: PathBuf,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also remove access the file does not mention (in the Workspaces it manages; never the
    /// SuperAdmin, never you)
    #[arg(long)]
    pub prune: bool,
}

/// Carries out plan actions over the API, each in its own Workspace.
struct ApiStep {
    client: Client,
}

impl Step for ApiStep {
    async fn run(&mut self, action: &Action) -> Result<(), String> {
        let ws = action.workspace.id;
        let client = self.client.in_workspace(ws);
        let user = action.user_id;
        let result = match (&action.kind, user) {
            (ActionKind::Invite { name, roles }, _) => {
                let ids: Vec<i64> = roles.iter().map(|r| r.id()).collect();
                users::invite(&client, &action.email, name, ws, &ids)
                    .await
                    .map(|_| ())
            }
            (ActionKind::Add { name, roles }, _) => {
                let ids: Vec<i64> = roles.iter().map(|r| r.id()).collect();
                // emnify wants a name with every invitation; keep the user's own.
                let name = if name.trim().is_empty() {
                    &action.email
                } else {
                    name
                };
                users::invite(&client, &action.email, name, ws, &ids)
                    .await
                    .map(|_| ())
            }
            (ActionKind::ChangeRoles { from, to }, Some(id)) => {
                let mut r = Ok(());
                for role in to.difference(from) {
                    r = users::add_role(&client, id, ws, role.id()).await;
                    if r.is_err() {
                        break;
                    }
                }
                if r.is_ok() {
                    for role in from.difference(to) {
                        r = users::remove_role(&client, id, ws, role.id()).await;
                        if r.is_err() {
                            break;
                        }
                    }
                }
                r
            }
            (ActionKind::Activate, Some(id)) => {
                users::set_status(&client, id, ws, access::Status::Active.id()).await
            }
            (ActionKind::Suspend, Some(id)) => {
                users::set_status(&client, id, ws, access::Status::Suspended.id()).await
            }
            (ActionKind::Remove, Some(id)) => users::remove(&client, id, ws).await,
            (_, None) => return Err("the user does not exist yet".to_string()),
        };
        result.map_err(|e| {
            let err = CliError::from(e);
            match err.causes.first() {
                Some(cause) => format!("{} ({cause})", err.message),
                None => err.message,
            }
        })
    }
}

#[derive(Serialize)]
struct Applied<'a> {
    plan: &'a Plan,
    report: Option<&'a Report>,
}

pub async fn run(ctx: &Context, args: ApplyArgs) -> CliResult {
    let format = access::Format::from_path(&args.file)?;
    let text = std::fs::read_to_string(&args.file).map_err(|e| {
        CliError::usage(format!("cannot read `{}`", args.file.display())).with_cause(e)
    })?;
    let known = scope(ctx).await?;
    let desired = access::parse(&text, format, &known).map_err(|problems| {
        let err = access::invalid_file_error(&args.file, &problems);
        // The hint helps only when a Workspace name did not match.
        if access::has_unknown_workspace(&problems) {
            err.with_hint(
                "Workspaces are matched against those where you manage users (Administrator or \
                 SuperAdmin); list them with `emnify workspace list`",
            )
        } else {
            err
        }
    })?;
    let mut current = current_state(ctx, &desired.managed).await?;
    current.workspaces = known;
    let pointless = access::new_users_without_access(&desired, &current);
    if !pointless.is_empty() {
        return Err(access::invalid_file_error(&args.file, &pointless));
    }
    let caller_id = caller_id(ctx).await?;
    let plan = access::plan(
        &desired,
        &current,
        PlanOptions {
            prune: args.prune,
            caller_id,
        },
    );
    let json = ctx.ui.format == Output::Json;

    let rendered = access::render_text(&plan);
    // The plan is the data of a dry run; otherwise it is shown to the person deciding.
    if json {
        if args.dry_run || !plan.conflicts.is_empty() || plan.actions.is_empty() {
            ctx.ui.json(&Applied {
                plan: &plan,
                report: None,
            })?;
        }
    } else if args.dry_run {
        crate::output::write_stdout(rendered.as_bytes())?;
    } else {
        eprint!("{rendered}");
    }
    if !plan.conflicts.is_empty() {
        return Err(CliError::new(
            ErrorKind::Conflict,
            format!(
                "the file asks for {} change{} that emnify's rules forbid; nothing was changed",
                plan.conflicts.len(),
                if plan.conflicts.len() == 1 { "" } else { "s" }
            ),
        )
        .with_hint("fix or remove the refused entries listed in the plan, then apply again"));
    }
    if args.dry_run {
        ctx.ui.status("Dry run: nothing was changed");
        return Ok(());
    }
    if plan.actions.is_empty() {
        return Ok(());
    }
    let n = plan.actions.len();
    let question = if n == 1 {
        "Apply this change?".to_string()
    } else {
        format!("Apply these {n} changes?")
    };
    confirm(ctx, &question).await?;

    let client = ctx.client().await?.clone();
    let report = access::execute(&plan.actions, &mut ApiStep { client }).await;
    if json {
        ctx.ui.json(&Applied {
            plan: &plan,
            report: Some(&report),
        })?;
    } else {
        crate::output::write_stdout(access::render_report(&report).as_bytes())?;
    }
    if report.all_done() {
        return Ok(());
    }
    Err(CliError::new(
        ErrorKind::PartialFailure,
        format!(
            "{} of {} changes were not applied ({} failed, {} skipped)",
            report.failed + report.skipped,
            report.rows.len(),
            report.failed,
            report.skipped
        ),
    )
    .with_hint("the report above says which; run the same command again to plan and apply only what is left"))
}
