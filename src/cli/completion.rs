//! `emnify completion SHELL`, and the generators behind `completions/` and `man/`.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::output::write_stdout;

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: Shell,
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "emnify", &mut out);
    out
}

/// The man page of the top-level command.
pub fn man_page() -> CliResult<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| CliError::internal("cannot render the man page").with_cause(e))?;
    Ok(out)
}

pub fn run(_ctx: &Context, args: CompletionArgs) -> CliResult {
    write_stdout(&script(args.shell))
}
