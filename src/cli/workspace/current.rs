use clap::Args;
use serde::Serialize;

use crate::context::{Context, Source};
use crate::error::CliResult;
use crate::output::Tabular;

#[derive(Debug, Args)]
pub struct CurrentArgs {}

/// The JSON schema of `workspace current`.
#[derive(Debug, Serialize)]
struct Current {
    id: i64,
    name: String,
    /// `flag` (--workspace), `env` (EMNIFY_WORKSPACE), `profile` (switch) or `default` (login).
    source: Source,
    profile: String,
}

impl Tabular for Current {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "source", "profile"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.source.to_string(),
            self.profile.clone(),
        ]
    }
}

pub async fn run(ctx: &Context, _args: CurrentArgs) -> CliResult {
    let (ws, source) = ctx.target_workspace().await?;
    let row = Current {
        id: ws.id,
        name: ws.name,
        source,
        profile: ctx.profile_name().to_string(),
    };
    ctx.ui.record(&row)
}
