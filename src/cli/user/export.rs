use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::shared::{current_state, manageable};
use crate::access::{self, Format};
use crate::context::Context;
use crate::error::{CliError, CliResult};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FileFormat {
    Yaml,
    Csv,
}

/// Write the users of the Workspaces you manage as an access file (see `user apply`)
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE (format from its extension) instead of stdout
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Format on stdout [default: yaml] (`--output csv` also selects CSV)
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
}

/// The Workspaces a declarative command covers: `--workspace W` alone, else every Workspace
/// where the caller manages users.
pub async fn scope(ctx: &Context) -> CliResult<Vec<access::WorkspaceRef>> {
    if ctx.settings.workspace_override.is_some() {
        return Ok(vec![super::shared::target(ctx).await?]);
    }
    let all = manageable(ctx).await?;
    if all.is_empty() {
        return Err(CliError::new(
            crate::error::ErrorKind::Permission,
            "you manage users in none of your Workspaces",
        )
        .with_hint(
            "only Administrators (and the SuperAdmin) can read and change Workspace users",
        ));
    }
    Ok(all
        .into_iter()
        .map(|w| access::WorkspaceRef {
            id: w.id,
            name: w.name,
        })
        .collect())
}

/// Write `text` to `path` atomically: a temporary file beside it, renamed over it.
pub fn write_atomically(path: &std::path::Path, text: &str) -> CliResult {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let fail = |e: std::io::Error| {
        CliError::internal(format!("cannot write `{}`", path.display())).with_cause(e)
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// `--output csv` given on the command line means the CSV access file, as `--format csv` does;
/// `--output table` is the default view (YAML here). JSON and Markdown are not access-file
/// formats: refuse rather than silently write YAML.
fn output_flag(ctx: &Context) -> CliResult<Option<FileFormat>> {
    use crate::context::Source;
    use crate::output::Format as Out;
    if ctx.settings.output.source != Source::Flag {
        return Ok(None);
    }
    match ctx.settings.format {
        Out::Csv => Ok(Some(FileFormat::Csv)),
        Out::Table => Ok(None),
        other => Err(CliError::usage(format!(
            "an access file is YAML or CSV, not {}",
            format!("{other:?}").to_lowercase()
        ))
        .with_hint("choose the file format with `--format yaml` or `--format csv`")),
    }
}

pub async fn run(ctx: &Context, args: ExportArgs) -> CliResult {
    let format = match (&args.file, args.format.or(output_flag(ctx)?)) {
        (_, Some(FileFormat::Yaml)) => Format::Yaml,
        (_, Some(FileFormat::Csv)) => Format::Csv,
        (Some(path), None) => Format::from_path(path)?,
        (None, None) => Format::Yaml,
    };
    let scope = scope(ctx).await?;
    let state = current_state(ctx, &scope).await?;
    let text = access::export(&state, format);
    if format == Format::Csv {
        // YAML says so in a comment; CSV has no room for one.
        for email in access::left_out_superadmins(&state) {
            ctx.ui.status(format!(
                "note: the SuperAdmin {email} is left out: emnify manages that access"
            ));
        }
    }
    match &args.file {
        Some(path) => {
            write_atomically(path, &text)?;
            ctx.ui.status(format!(
                "Wrote {} users of {} Workspace{} to {}",
                access::exported_users(&state),
                scope.len(),
                if scope.len() == 1 { "" } else { "s" },
                path.display()
            ));
            Ok(())
        }
        None => crate::output::write_stdout(text.as_bytes()),
    }
}
