use clap::Args;

use super::shared::{extension_client, own_default_workspace, SsoRow};
use crate::api::ext::{self, Provider};
use crate::cli::prompt;
use crate::context::Context;
use crate::env_vars;
use crate::error::{CliError, CliResult};
use crate::profile::credentials::Secret;

/// Set up an SSO provider for your default Workspace
///
/// The client secret is read from a prompt, from stdin with `--secret-stdin`, or from
/// EMNIFY_SSO_CLIENT_SECRET; never from the command line. SSO becomes active once the provider
/// is verified (`emnify sso verify`).
#[derive(Debug, Args)]
pub struct EnableArgs {
    /// Identity provider
    #[arg(long, value_enum)]
    pub provider: Provider,
    /// Client (application) id registered with the provider
    #[arg(long, value_name = "ID")]
    pub client_id: String,
    /// Read the client secret from stdin (first line) instead of prompting
    #[arg(long)]
    pub secret_stdin: bool,
}

async fn client_secret(ctx: &Context, args: &EnableArgs) -> CliResult<Secret> {
    if args.secret_stdin {
        return prompt::secret_from_stdin("the client secret", "--secret-stdin");
    }
    if let Some(s) = ctx.env.get(env_vars::EMNIFY_SSO_CLIENT_SECRET) {
        return Ok(Secret::new(s));
    }
    if ctx.can_prompt() {
        return prompt::password("Client secret").await;
    }
    Err(ctx.no_prompt_error(
        "the client secret",
        &format!("--secret-stdin or {}", env_vars::EMNIFY_SSO_CLIENT_SECRET),
    ))
}

pub async fn run(ctx: &Context, args: EnableArgs) -> CliResult {
    if args.client_id.trim().is_empty() {
        return Err(CliError::usage("`--client-id` must not be empty"));
    }
    let client = extension_client(ctx, "setting up SSO").await?;
    let ws = own_default_workspace(ctx).await?;
    let secret = client_secret(ctx, &args).await?;
    let wc = client.in_workspace(ws.id);
    ext::enable_sso(&wc, ws.id, args.provider, args.client_id.trim(), &secret).await?;
    let now = ext::sso(&wc, ws.id).await?;
    ctx.ui.status(format!(
        "{} SSO set up for {}; it becomes active once verified: `emnify sso verify`",
        args.provider.as_str(),
        ws.name
    ));
    ctx.ui.record(&SsoRow::known(&ws.name, &now))
}
