//! Shell completion and man pages, all generated from the clap tree.
//!
//! - `emnify completion SHELL` prints a standalone script (the files in `completions/`): commands,
//!   flags and fixed values, no callback into the binary.
//! - `emnify completion SHELL --dynamic` (or `EMNIFY_COMPLETE=SHELL emnify`) prints a script that
//!   asks the binary on every TAB, which also completes Workspace names (from the per-profile
//!   cache, see `profile::known`) and profile names (from the profile file). Never a network call.
//! - `emnify completion --out DIR` writes `completions/` and `man/` under DIR; the test
//!   `tests/generated.rs` fails when the checked-in copies differ from what it would write.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::Shells;
use clap_complete::{CompleteEnv, Shell};

use super::Cli;
use crate::context::Context;
use crate::env_vars::{self, Env};
use crate::error::{CliError, CliResult};
use crate::output::write_stdout;
use crate::profile::{self, ProfileStore, WorkspaceRef, DEFAULT_PROFILE, EMULATOR_PROFILE};

/// The environment variable that switches the binary into answering a completion request.
pub const COMPLETE_VAR: &str = env_vars::EMNIFY_COMPLETE;

/// The shell a completion request came from (set by [`complete_from_env`]).
static COMPLETING_FOR: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Every shell we generate for, with the file name of its standalone script in `completions/`.
pub const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "emnify.bash"),
    (Shell::Zsh, "_emnify"),
    (Shell::Fish, "emnify.fish"),
    (Shell::PowerShell, "_emnify.ps1"),
    (Shell::Elvish, "emnify.elv"),
];

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// bash, zsh, fish, elvish or powershell
    #[arg(required_unless_present = "out")]
    pub shell: Option<Shell>,
    /// Print a script that asks emnify on each TAB, so Workspace and profile names complete too
    /// (read from the profile files; no network)
    #[arg(long, requires = "shell")]
    pub dynamic: bool,
    /// Instead of printing one script, write `completions/` (every shell) and `man/` (one page
    /// per command) under DIR
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: CompletionArgs) -> CliResult {
    if let Some(dir) = &args.out {
        let changed = write_generated(dir)?;
        for path in &changed {
            ctx.ui.status(format!("wrote {path}"));
        }
        ctx.ui.status(format!(
            "{} generated file(s) changed under {}",
            changed.len(),
            dir.display()
        ));
        return Ok(());
    }
    let Some(shell) = args.shell else {
        return Err(CliError::usage("name a shell, or give --out DIR"));
    };
    if args.dynamic {
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| p.to_str().map(str::to_string))
            .unwrap_or_else(|| "emnify".to_string());
        write_stdout(&dynamic_script(shell, &exe)?)
    } else {
        write_stdout(&script(shell))
    }
}

/// The standalone completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "emnify", &mut out);
    out
}

/// The script that registers dynamic completion for `shell`, calling `completer` (the path of
/// the binary) on each TAB.
pub fn dynamic_script(shell: Shell, completer: &str) -> CliResult<Vec<u8>> {
    let name = shell.to_string();
    let shells = Shells::builtins();
    let env_shell = shells.completer(&name).ok_or_else(|| {
        CliError::usage(format!("no dynamic completion for {name}"))
            .with_hint("use `emnify completion SHELL` without --dynamic")
    })?;
    let mut out = Vec::new();
    env_shell
        .write_registration(COMPLETE_VAR, "emnify", "emnify", completer, &mut out)
        .map_err(|e| CliError::internal("cannot write the completion script").with_cause(e))?;
    Ok(out)
}

/// Answer a completion request when `EMNIFY_COMPLETE` is set, then exit; otherwise return.
/// Call first thing in `main`, before anything is written to stdout.
pub fn complete_from_env() {
    // clap_complete removes the variable before the completers run; keep the shell's name for
    // the quoting it needs.
    if let Some(shell) = std::env::var_os(COMPLETE_VAR) {
        let _ = COMPLETING_FOR.set(shell.to_string_lossy().into_owned());
    }
    CompleteEnv::with_factory(command)
        .var(COMPLETE_VAR)
        .bin("emnify")
        .complete();
}

/// The clap tree with the value completers for Workspaces and profiles attached.
pub fn command() -> clap::Command {
    attach_completers(Cli::command(), None)
}

/// What a value names, for completion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    Workspace,
    WorkspaceId,
    Profile,
}

/// Which arguments take a Workspace or a profile, by convention, so that commands added later
/// get the completion without touching this file: the global `--workspace` and `--profile`,
/// any value named `WORKSPACE`, `workspace_ids`, and the NAME of `profile use|show|delete`.
fn names_of(parent: Option<&str>, arg: &clap::Arg) -> Option<Names> {
    let id = arg.get_id().as_str();
    let value_name = arg
        .get_value_names()
        .and_then(|v| v.first())
        .map(|s| s.as_str());
    match (id, value_name) {
        ("workspace", _) | (_, Some("WORKSPACE")) => Some(Names::Workspace),
        ("workspace_ids", _) => Some(Names::WorkspaceId),
        ("profile", _) => Some(Names::Profile),
        ("name", _) if parent == Some("profile") && arg.is_positional() => Some(Names::Profile),
        _ => None,
    }
}

fn attach_completers(mut cmd: clap::Command, parent: Option<&str>) -> clap::Command {
    let targets: Vec<(String, Names)> = cmd
        .get_arguments()
        .filter_map(|a| names_of(parent, a).map(|n| (a.get_id().to_string(), n)))
        .collect();
    for (id, names) in targets {
        cmd = cmd.mut_arg(id, |a| {
            a.add(ArgValueCompleter::new(move |current: &OsStr| {
                complete_names(names, current)
            }))
        });
    }
    let name = cmd.get_name().to_string();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let parent = name.clone();
        cmd = cmd.mut_subcommand(sub, move |s| attach_completers(s, Some(&parent)));
    }
    cmd
}

/// Candidates for one TAB, from the files in the config directory (never the network).
fn complete_names(names: Names, current: &OsStr) -> Vec<CompletionCandidate> {
    let env = Env::from_process();
    let Ok(dir) = profile::config_dir(&env) else {
        return Vec::new();
    };
    let store = ProfileStore::new(dir);
    let shell = COMPLETING_FOR.get().map(String::as_str).unwrap_or_default();
    let current = unescape(&current.to_string_lossy());
    let words: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let out = match names {
        Names::Profile => {
            let file = store.load().unwrap_or_default();
            profile_candidates(file.profiles.keys().map(String::as_str), &current)
        }
        Names::Workspace | Names::WorkspaceId => {
            let active = store.load().ok().and_then(|f| f.active);
            let profile = profile_for(&words, &env, active.as_deref());
            workspace_candidates(
                &store.known_workspaces(&profile),
                &current,
                names == Names::WorkspaceId,
            )
        }
    };
    out.into_iter()
        .map(|(value, help)| {
            let value = escape_for(shell, &value);
            CompletionCandidate::new(value).help(help.map(Into::into))
        })
        .collect()
}

/// The profile a command line will use, as far as completion can tell without running it:
/// `--emulator`, else `--profile`/`-p`, else `EMNIFY_PROFILE`, else the active one, else
/// `default` — the same order as the settings resolution.
fn profile_for(words: &[String], env: &Env, active: Option<&str>) -> String {
    let mut flag = None;
    let mut emulator = false;
    let mut it = words.iter();
    while let Some(w) = it.next() {
        match w.as_str() {
            "--" if flag.is_none() && !emulator => {}
            "--emulator" => emulator = true,
            "--profile" | "-p" => {
                if let Some(v) = it.next() {
                    flag = Some(v.clone());
                }
            }
            w => {
                if let Some(v) = w.strip_prefix("--profile=") {
                    flag = Some(v.to_string());
                } else if let Some(v) = w.strip_prefix("-p").filter(|v| !v.is_empty()) {
                    flag = Some(v.trim_start_matches('=').to_string());
                }
            }
        }
    }
    if emulator {
        return EMULATOR_PROFILE.to_string();
    }
    flag.or_else(|| env.get(env_vars::EMNIFY_PROFILE).map(str::to_string))
        .or_else(|| active.map(str::to_string))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
}

/// Workspace names (help: the id) starting with `current`, any case; digits complete ids.
fn workspace_candidates(
    known: &[WorkspaceRef],
    current: &str,
    ids_only: bool,
) -> Vec<(String, Option<String>)> {
    let lower = current.to_lowercase();
    let by_id = ids_only || (!current.is_empty() && current.chars().all(|c| c.is_ascii_digit()));
    known
        .iter()
        .filter_map(|w| {
            if by_id {
                let id = w.id.to_string();
                id.starts_with(current).then(|| (id, Some(w.name.clone())))
            } else {
                w.name
                    .to_lowercase()
                    .starts_with(&lower)
                    .then(|| (w.name.clone(), Some(format!("Workspace {}", w.id))))
            }
        })
        .collect()
}

fn profile_candidates<'a>(
    names: impl Iterator<Item = &'a str>,
    current: &str,
) -> Vec<(String, Option<String>)> {
    names
        .filter(|n| n.starts_with(current))
        .map(|n| (n.to_string(), None))
        .collect()
}

/// Undo the shell quoting of the word being completed (`Acme\ E`, `"Acme E`, `'Acme E`).
fn unescape(word: &str) -> String {
    let word = word.trim_start_matches(['"', '\'']);
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Bash inserts candidates verbatim, so a name with spaces must arrive escaped; zsh's
/// `_describe` reads `value:description`, so a colon in a value is escaped. Fish, elvish and
/// PowerShell quote what they insert themselves.
fn escape_for(shell: &str, value: &str) -> String {
    match shell {
        "bash" => {
            let mut out = String::with_capacity(value.len());
            for c in value.chars() {
                if !(c.is_alphanumeric() || "_-.,/@%+=:".contains(c)) {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }
        "zsh" => value.replace(':', "\\:"),
        _ => value.to_string(),
    }
}

/// Every generated file, by its path relative to the repository root: the standalone
/// completion scripts and one man page per command and subcommand (`man/emnify-workspace-list.1`).
pub fn generated_files() -> CliResult<Vec<(String, Vec<u8>)>> {
    let mut files: Vec<(String, Vec<u8>)> = SHELLS
        .iter()
        .map(|(shell, name)| (format!("completions/{name}"), script(*shell)))
        .collect();
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    man_pages(&root, &mut files)?;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

fn man_pages(cmd: &clap::Command, files: &mut Vec<(String, Vec<u8>)>) -> CliResult {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render(&mut out)
        .map_err(|e| CliError::internal("cannot render a man page").with_cause(e))?;
    files.push((format!("man/{}", man.get_filename()), out));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, files)?;
    }
    Ok(())
}

/// The man page of the top-level command.
pub fn man_page() -> CliResult<Vec<u8>> {
    generated_files()?
        .into_iter()
        .find(|(path, _)| path == "man/emnify.1")
        .map(|(_, bytes)| bytes)
        .ok_or_else(|| CliError::internal("the top-level man page was not generated"))
}

/// Files under `root` that differ from what would be generated, plus generated-looking files
/// (`completions/*`, `man/*.1`) that nothing generates any more.
pub fn stale_files(root: &Path) -> CliResult<Vec<String>> {
    let files = generated_files()?;
    let mut stale: Vec<String> = files
        .iter()
        .filter(|(rel, bytes)| std::fs::read(root.join(rel)).ok().as_deref() != Some(bytes))
        .map(|(rel, _)| rel.clone())
        .collect();
    stale.extend(orphans(root, &files));
    Ok(stale)
}

/// Write every generated file under `root` that differs, and delete orphans. Returns the paths
/// that changed.
pub fn write_generated(root: &Path) -> CliResult<Vec<String>> {
    let files = generated_files()?;
    let mut changed = Vec::new();
    for (rel, bytes) in &files {
        let path = root.join(rel);
        if std::fs::read(&path).ok().as_deref() == Some(bytes.as_slice()) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                CliError::internal(format!("cannot create {}", dir.display())).with_cause(e)
            })?;
        }
        std::fs::write(&path, bytes).map_err(|e| {
            CliError::internal(format!("cannot write {}", path.display())).with_cause(e)
        })?;
        changed.push(rel.clone());
    }
    for rel in orphans(root, &files) {
        let path = root.join(&rel);
        std::fs::remove_file(&path).map_err(|e| {
            CliError::internal(format!("cannot remove {}", path.display())).with_cause(e)
        })?;
        changed.push(rel);
    }
    Ok(changed)
}

fn orphans(root: &Path, files: &[(String, Vec<u8>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (dir, keep) in [("completions", None), ("man", Some("1"))] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = format!("{dir}/{name}");
            let generated_kind = match keep {
                Some(ext) => Path::new(&name).extension() == Some(OsStr::new(ext)),
                None => true,
            };
            if generated_kind && entry.path().is_file() && !files.iter().any(|(r, _)| *r == rel) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(id: i64, name: &str) -> WorkspaceRef {
        WorkspaceRef {
            id,
            name: name.into(),
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn profile_follows_the_settings_order() {
        let none = Env::default();
        let env = Env::from_pairs([("EMNIFY_PROFILE", "fromenv")]);
        let line = "emnify -- emnify switch A";
        assert_eq!(profile_for(&words(line), &none, None), "default");
        assert_eq!(profile_for(&words(line), &none, Some("work")), "work");
        assert_eq!(profile_for(&words(line), &env, Some("work")), "fromenv");
        for line in [
            "emnify -- emnify --profile ci switch A",
            "emnify -- emnify -p ci switch A",
            "emnify -- emnify --profile=ci switch A",
            "emnify -- emnify switch -pci A",
        ] {
            assert_eq!(
                profile_for(&words(line), &env, Some("work")),
                "ci",
                "{line}"
            );
        }
        let line = "emnify -- emnify --emulator switch A";
        assert_eq!(profile_for(&words(line), &env, Some("work")), "emulator");
    }

    #[test]
    fn workspaces_complete_by_name_any_case_or_by_id() {
        let known = [
            ws(1001, "Acme Corp"),
            ws(1002, "Acme EU"),
            ws(2001, "Globex"),
        ];
        let names = |c: &str| -> Vec<String> {
            workspace_candidates(&known, c, false)
                .into_iter()
                .map(|(v, _)| v)
                .collect()
        };
        assert_eq!(names("acme"), ["Acme Corp", "Acme EU"]);
        assert_eq!(names("Acme E"), ["Acme EU"]);
        assert_eq!(names(""), ["Acme Corp", "Acme EU", "Globex"]);
        assert_eq!(names("100"), ["1001", "1002"]);
        assert!(names("zz").is_empty());
        let ids = workspace_candidates(&known, "", true);
        assert_eq!(ids[2], ("2001".to_string(), Some("Globex".to_string())));
    }

    #[test]
    fn shell_quoting_round_trips() {
        assert_eq!(escape_for("bash", "Acme EU (test)"), r"Acme\ EU\ \(test\)");
        assert_eq!(unescape(r"Acme\ EU\ \(te"), "Acme EU (te");
        assert_eq!(unescape("\"Acme E"), "Acme E");
        assert_eq!(escape_for("zsh", "a:b c"), r"a\:b c");
        assert_eq!(escape_for("fish", "a b"), "a b");
    }

    #[test]
    fn completers_sit_on_every_workspace_and_profile_argument() {
        let mut cmd = command();
        cmd.build();
        let has = |path: &[&str], id: &str| -> bool {
            let mut c = &cmd;
            for p in path {
                c = c.find_subcommand(p).expect("subcommand");
            }
            c.get_arguments()
                .find(|a| a.get_id() == id)
                .and_then(|a| a.get::<ArgValueCompleter>())
                .is_some()
        };
        assert!(has(&[], "workspace"));
        assert!(has(&[], "profile"));
        assert!(has(&["switch"], "target"));
        assert!(has(&["switch"], "workspace"), "global flag propagated");
        assert!(has(&["workspace", "show"], "target"));
        assert!(has(&["profile", "use"], "name"));
        assert!(has(&["link", "request"], "workspace_ids"));
        assert!(!has(&["workspace", "request"], "name"));
    }

    #[test]
    fn one_man_page_per_visible_command() {
        let files = generated_files().expect("generate");
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        for p in [
            "man/emnify.1",
            "man/emnify-switch.1",
            "man/emnify-workspace.1",
            "man/emnify-workspace-list.1",
            "completions/_emnify.ps1",
            "completions/emnify.elv",
        ] {
            assert!(paths.contains(&p), "{p} missing from {paths:?}");
        }
        assert!(!paths.iter().any(|p| p.contains("help")), "{paths:?}");
    }
}
