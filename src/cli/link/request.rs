use clap::Args;

use super::shared::{check_email, has_extensions, portal_only, TicketRow};
use crate::api::ext;
use crate::context::Context;
use crate::error::{CliError, CliResult};

/// Ask emnify to link Workspaces to the main organisation of the current Workspace
///
/// emnify fulfils link requests by hand (in the emulator: `emnify emulator` operator commands).
/// Needs the Administrator role; the Pro package allows three Workspaces by default.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Who emnify should contact about the request
    #[arg(long, value_name = "EMAIL")]
    pub contact_email: String,
    /// Ids of the Workspaces to link (comma-separated or repeated)
    #[arg(
        long = "workspace-ids",
        value_name = "IDS",
        value_delimiter = ',',
        required = true
    )]
    pub workspace_ids: Vec<i64>,
    /// Anything emnify should know
    #[arg(long, value_name = "TEXT")]
    pub details: Option<String>,
}

pub async fn run(ctx: &Context, args: RequestArgs) -> CliResult {
    let email = check_email(&args.contact_email)?;
    if args.workspace_ids.is_empty() {
        return Err(CliError::usage(
            "name at least one Workspace with `--workspace-ids`",
        ));
    }
    if !has_extensions(ctx).await? {
        return Err(portal_only("a link request"));
    }
    let (client, ws) = ctx.workspace_client().await?;
    let ticket = ext::request_link(
        &client,
        &email,
        &args.workspace_ids,
        args.details.as_deref(),
    )
    .await?;
    ctx.ui.status(format!(
        "link request {} filed from {}; emnify will contact {email}",
        ticket.id, ws.name
    ));
    ctx.ui.record(&TicketRow(ticket))
}
