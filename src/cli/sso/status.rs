use clap::Args;
use serde::Serialize;

use super::shared::{SsoRow, PORTAL_SSO};
use crate::api::ext;
use crate::api::pace::Pacer;
use crate::cli::audit::collect::{self, CollectOptions, NoProgress};
use crate::cli::audit::source::ApiSource;
use crate::context::Context;
use crate::error::CliResult;
use crate::output::{Format, Tabular};

/// Show a Workspace's SSO provider and state, and who must log in with SSO
///
/// The Workspace is `--workspace`, else the current one. When SSO is active and you may list its
/// users, every user with access is shown with their default Workspace: those whose default it
/// is must use SSO; the others log in through their own default Workspace.
#[derive(Debug, Args)]
pub struct StatusArgs {}

#[derive(Debug, Serialize)]
struct StatusOut {
    #[serde(flatten)]
    sso: SsoRow,
    /// Users with access, when SSO is active and the caller may list them; else `null`.
    users: Option<Vec<UserLogin>>,
}

#[derive(Debug, Serialize)]
struct UserLogin {
    id: i64,
    username: String,
    roles: Vec<String>,
    default_workspace: Option<String>,
    must_use_sso: bool,
}

impl Tabular for UserLogin {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "username",
            "roles",
            "default_workspace",
            "must_use_sso",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.username.clone(),
            self.roles.join(", "),
            self.default_workspace
                .clone()
                .unwrap_or_else(|| "unknown".into()),
            crate::output::yes_no(self.must_use_sso),
        ]
    }
}

pub async fn run(ctx: &Context, _args: StatusArgs) -> CliResult {
    let (ws, _) = ctx.target_workspace().await?;
    let client = ctx.client().await?.clone();
    if !ext::available(&client).await? {
        ctx.ui.warn(format!(
            "SSO settings of {} are not available from emnify's public API; see the Portal: {PORTAL_SSO}",
            ws.name
        ));
        let row = SsoRow {
            workspace_id: ws.id,
            workspace: ws.name.clone(),
            provider: None,
            client_id: None,
            verified: None,
            active: None,
        };
        return print(
            ctx,
            StatusOut {
                sso: row,
                users: None,
            },
        );
    }
    let settings = ext::sso(&client.in_workspace(ws.id), ws.id).await?;
    let row = SsoRow::known(&ws.name, &settings);
    if !settings.active {
        ctx.ui.status(format!(
            "SSO is not active in {}: everyone logs in with a password",
            ws.name
        ));
        return print(
            ctx,
            StatusOut {
                sso: row,
                users: None,
            },
        );
    }
    let src = ApiSource::new(client, Pacer::default());
    let opts = CollectOptions {
        only: vec![ws.id.to_string()],
        concurrency: 4,
        source: ctx.settings.api_url.value.clone(),
        now: chrono::Utc::now(),
        check_mfa: false,
    };
    let collected = collect::collect(&src, &opts, &NoProgress).await?;
    let snap = collected.snapshot;
    let audited = snap
        .workspace(ws.id)
        .is_some_and(|w| w.coverage.is_audited());
    if !audited {
        ctx.ui.warn(format!(
            "your role in {} does not allow listing its users, so who must use SSO is not shown",
            ws.name
        ));
        return print(
            ctx,
            StatusOut {
                sso: row,
                users: None,
            },
        );
    }
    // Names of the other Workspaces (defaults elsewhere), from the caller's own list.
    let names: std::collections::BTreeMap<i64, String> = ctx
        .my_workspaces()
        .await?
        .into_iter()
        .map(|w| (w.id, w.name))
        .collect();
    let users = snap
        .users
        .iter()
        .filter_map(|u| {
            let m = u.membership(ws.id)?;
            Some(UserLogin {
                id: u.id,
                username: u.username.clone(),
                roles: m.roles.iter().map(|r| r.name.clone()).collect(),
                default_workspace: u
                    .default_workspace
                    .map(|d| names.get(&d).cloned().unwrap_or_else(|| d.to_string())),
                must_use_sso: u.default_workspace == Some(ws.id),
            })
        })
        .collect();
    print(
        ctx,
        StatusOut {
            sso: row,
            users: Some(users),
        },
    )
}

fn print(ctx: &Context, out: StatusOut) -> CliResult {
    match ctx.ui.format {
        Format::Json => ctx.ui.json(&out),
        // One CSV table per output: the users when there are any, else the settings.
        Format::Csv => match &out.users {
            Some(users) => ctx.ui.list(users),
            None => ctx.ui.record(&out.sso),
        },
        _ => {
            ctx.ui.record(&out.sso)?;
            if let Some(users) = &out.users {
                crate::output::write_stdout(b"\n")?;
                ctx.ui.list(users)?;
            }
            Ok(())
        }
    }
}
