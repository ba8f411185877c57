//! Prompts, shown on stderr and only when a person can answer (see `Context::can_prompt`).
//!
//! dialoguer blocks, so each prompt runs on the blocking pool and the runtime keeps serving
//! (e.g. the embedded emulator) meanwhile.

use std::io::{BufRead, IsTerminal};

use dialoguer::theme::ColorfulTheme;

use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::{sanitize, sanitize_message};
use crate::profile::credentials::Secret;

fn prompt_error(e: dialoguer::Error) -> CliError {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        CliError::new(ErrorKind::Interrupted, "interrupted")
    } else {
        CliError::internal("the prompt failed").with_cause(io)
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, dialoguer::Error> + Send + 'static,
) -> CliResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| CliError::internal("the prompt failed").with_cause(e))?
        .map_err(prompt_error)
}

pub async fn input(prompt: &str) -> CliResult<String> {
    input_with_default(prompt, None).await
}

/// [`input`] with an answer Enter accepts as it is.
pub async fn input_with_default(prompt: &str, default: Option<String>) -> CliResult<String> {
    let prompt = sanitize_message(prompt).into_owned();
    blocking(move || {
        let theme = ColorfulTheme::default();
        let mut input = dialoguer::Input::<String>::with_theme(&theme).with_prompt(prompt);
        if let Some(d) = default {
            input = input.default(d);
        }
        input.interact_text()
    })
    .await
}

pub async fn password(prompt: &str) -> CliResult<Secret> {
    let prompt = prompt.to_string();
    blocking(move || {
        dialoguer::Password::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .interact()
    })
    .await
    .map(Secret::new)
}

pub async fn confirm(prompt: &str) -> CliResult<bool> {
    let prompt = sanitize_message(prompt).into_owned();
    blocking(move || {
        dialoguer::Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .default(false)
            .interact()
    })
    .await
}

/// A fuzzy picker; `None` when the person pressed Esc.
pub async fn pick(prompt: &str, items: Vec<String>, default: usize) -> CliResult<Option<usize>> {
    let prompt = sanitize_message(prompt).into_owned();
    let items: Vec<String> = items.iter().map(|i| sanitize(i).into_owned()).collect();
    blocking(move || {
        dialoguer::FuzzySelect::with_theme(&ColorfulTheme::default())
            .with_prompt(prompt)
            .items(&items)
            .default(default)
            .interact_opt()
    })
    .await
}

/// Read one secret from stdin (`--password-stdin`, `--token-stdin`): the first line, trimmed.
pub fn secret_from_stdin(what: &str, flag: &str) -> CliResult<Secret> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Reading {what} from stdin (end with Enter)…");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).map_err(|e| {
        CliError::usage(format!("cannot read {what} from stdin ({flag})")).with_cause(e)
    })?;
    let value = line.trim();
    if value.is_empty() {
        return Err(
            CliError::usage(format!("{flag} was given but stdin was empty")).with_hint(format!(
                "pipe it in, e.g. `printenv VAR | emnify auth login {flag}`"
            )),
        );
    }
    Ok(Secret::new(value))
}
