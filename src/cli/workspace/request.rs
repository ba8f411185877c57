//! `workspace request`: ask emnify for a new Workspace (owned by the link/SSO area, issue 5).

use clap::Args;

use crate::api::ext;
use crate::cli::link::shared::{check_email, has_extensions, portal_only, TicketRow};
use crate::context::Context;
use crate::error::{CliError, CliResult};

/// Ask emnify for a new Workspace linked to the current one's main organisation
///
/// emnify fulfils the request by hand (in the emulator: an operator command). Needs the
/// Administrator role; refused when the Pro limit of Workspaces is reached.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Who emnify should contact about the request
    #[arg(long, value_name = "EMAIL")]
    pub contact_email: String,
    /// Name of the new Workspace
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Anything emnify should know (requirements, more Workspaces)
    #[arg(long, value_name = "TEXT")]
    pub details: Option<String>,
}

pub async fn run(ctx: &Context, args: RequestArgs) -> CliResult {
    let email = check_email(&args.contact_email)?;
    let name = args.name.trim();
    if name.is_empty() {
        return Err(CliError::usage("`--name` must not be empty"));
    }
    if !has_extensions(ctx).await? {
        return Err(portal_only("a Workspace request"));
    }
    let (client, ws) = ctx.workspace_client().await?;
    let ticket = ext::request_workspace(&client, &email, name, args.details.as_deref()).await?;
    ctx.ui.status(format!(
        "Workspace request {} filed from {}; emnify will contact {email}",
        ticket.id, ws.name
    ));
    ctx.ui.record(&TicketRow(ticket))
}
