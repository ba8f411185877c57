//! The declarative access model behind `user apply` and `user export`.
//!
//! An access file (YAML or CSV, format in `docs/access-file.md`) says which users should hold
//! which roles, with which status, in which Workspaces. This module is pure: it parses and
//! validates a file against the Workspaces the caller knows ([`parse`]), compares it with the
//! server's current state ([`plan()`]) and writes the current state back as a file
//! ([`export()`]). Talking to the API is the CLI's job.

mod apply;
mod csv_format;
mod export;
mod model;
mod plan;
mod raw;
mod render;
mod yaml_format;

pub use apply::{execute, render_report, Outcome, Report, RowResult, Step};
pub use export::{export, exported_users, superadmins as left_out_superadmins};
pub use model::*;
pub use plan::{
    new_users_without_access, plan, Action, ActionKind, Conflict, Note, NoteKind, Plan,
    PlanOptions, Summary,
};
pub use raw::{check_email, has_unknown_workspace};
pub use render::render_text;

use std::fmt;
use std::path::Path;

use crate::error::CliError;

/// The two spellings of an access file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Csv,
}

impl Format {
    /// Pick the format from a file name's extension.
    pub fn from_path(path: &Path) -> Result<Format, CliError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("yaml" | "yml") => Ok(Format::Yaml),
            Some("csv") => Ok(Format::Csv),
            _ => Err(CliError::usage(format!(
                "cannot tell the format of `{}` from its name",
                path.display()
            ))
            .with_hint("name the file `*.yaml`, `*.yml` or `*.csv`")),
        }
    }
}

/// One thing wrong with an input file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pos: Option<Pos>,
    pub message: String,
}

impl Problem {
    pub fn at(pos: Pos, message: impl Into<String>) -> Self {
        Problem {
            pos: Some(pos),
            message: message.into(),
        }
    }
    pub fn nowhere(message: impl Into<String>) -> Self {
        Problem {
            pos: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(pos) => write!(f, "{pos}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Parse and validate an access file's text. Every problem is reported, not just the first,
/// so one edit round fixes the file.
pub fn parse(
    text: &str,
    format: Format,
    known: &[WorkspaceRef],
) -> Result<DesiredState, Vec<Problem>> {
    let (raw, mut problems) = match format {
        Format::Yaml => yaml_format::read(text)?,
        Format::Csv => csv_format::read(text)?,
    };
    match raw::validate(raw, known) {
        Ok(desired) if problems.is_empty() => Ok(desired),
        Ok(_) => Err(problems),
        Err(more) => {
            problems.extend(more);
            problems.sort_by_key(|p| p.pos);
            Err(problems)
        }
    }
}

/// Turn a list of problems into the usage error a command returns.
pub fn invalid_file_error(path: &Path, problems: &[Problem]) -> CliError {
    let count = problems.len();
    let mut err = CliError::usage(format!(
        "`{}` is invalid ({count} problem{}); nothing was changed",
        path.display(),
        if count == 1 { "" } else { "s" }
    ));
    for p in problems {
        err = err.with_cause(p);
    }
    err.with_hint("the file format is described in docs/access-file.md")
}

/// The closest candidate to `wanted` by edit distance, if it is close enough to be a typo.
pub fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = wanted.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&wanted, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests;
