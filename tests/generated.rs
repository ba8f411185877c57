//! `completions/` and `man/` are generated from the clap tree. This test fails when the
//! checked-in files differ from what the current tree generates (a flag added, a help text
//! changed, a command removed without regenerating). Regenerate with
//!
//! ```sh
//! EMNIFY_UPDATE_GENERATED=1 cargo test --test generated
//! ```
//!
//! (or `cargo run -- completion --out .`), then commit the result.

use std::path::{Path, PathBuf};

use emnify::cli::completion;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn checked_in_completions_and_man_pages_are_current() {
    let root = root();
    if std::env::var_os("EMNIFY_UPDATE_GENERATED").is_some_and(|v| !v.is_empty() && v != "0") {
        let changed = completion::write_generated(&root).expect("write generated files");
        eprintln!("regenerated: {changed:?}");
    }
    let stale = completion::stale_files(&root).expect("generate");
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}\nregenerate with `EMNIFY_UPDATE_GENERATED=1 cargo test --test generated` and commit them"
    );
}

/// The staleness check itself must notice a change: a copy of the tree with one file edited, one
/// missing and one extra page is reported, and regenerating it makes it current again.
#[test]
fn staleness_check_notices_edits_missing_and_orphaned_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let copy = tmp.path();
    let written = completion::write_generated(copy).expect("write");
    assert!(written.iter().any(|p| p == "man/emnify.1"), "{written:?}");
    assert!(completion::stale_files(copy).expect("check").is_empty());

    let bash = copy.join("completions/emnify.bash");
    let mut text = std::fs::read_to_string(&bash).expect("read");
    text = text.replacen("--no-input", "--no-inputs", 1);
    std::fs::write(&bash, text).expect("edit");
    std::fs::remove_file(copy.join("man/emnify-switch.1")).expect("remove");
    std::fs::write(copy.join("man/emnify-gone.1"), ".TH gone 1\n").expect("orphan");
    std::fs::write(copy.join("man/README"), "not generated\n").expect("other file");

    let stale = completion::stale_files(copy).expect("check");
    assert_eq!(
        stale,
        [
            "completions/emnify.bash",
            "man/emnify-switch.1",
            "man/emnify-gone.1"
        ],
        "{stale:?}"
    );
    let changed = completion::write_generated(copy).expect("rewrite");
    assert_eq!(changed.len(), 3, "{changed:?}");
    assert!(completion::stale_files(copy).expect("check").is_empty());
    assert!(
        Path::new(&copy.join("man/README")).exists(),
        "only generated kinds are removed"
    );
}

/// A flag added to the clap tree changes the generated output, so the check above would fail.
#[test]
fn an_added_flag_changes_the_generated_files() {
    use clap::CommandFactory;
    let mut base = Vec::new();
    clap_complete::generate(
        clap_complete::Shell::Bash,
        &mut emnify::cli::Cli::command(),
        "emnify",
        &mut base,
    );
    assert_eq!(base, completion::script(clap_complete::Shell::Bash));
    let mut more = Vec::new();
    let cmd = emnify::cli::Cli::command().mut_subcommand("switch", |s| {
        s.arg(clap::Arg::new("brand_new").long("brand-new-flag"))
    });
    clap_complete::generate(
        clap_complete::Shell::Bash,
        &mut cmd.clone(),
        "emnify",
        &mut more,
    );
    assert_ne!(base, more);
    assert!(String::from_utf8_lossy(&more).contains("--brand-new-flag"));
}

/// The command a packager runs writes the same files the checks expect, and prints nothing on
/// stdout; the dynamic script calls back into this very binary.
#[test]
fn the_completion_command_writes_and_prints_the_generated_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let home = tempfile::tempdir().expect("home");
    let bin = assert_cmd::cargo::cargo_bin("emnify");
    let run = |args: &[&str]| {
        std::process::Command::new(&bin)
            .args(args)
            .env_clear()
            .env("HOME", home.path())
            .env("EMNIFY_CONFIG_DIR", home.path().join("config"))
            .output()
            .expect("run emnify")
    };
    let out = run(&["completion", "--out", tmp.path().to_str().expect("utf-8")]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty(), "data-free command printed on stdout");
    assert!(completion::stale_files(tmp.path())
        .expect("check")
        .is_empty());

    let out = run(&["completion", "zsh"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, completion::script(clap_complete::Shell::Zsh));

    let out = run(&["completion", "bash", "--dynamic"]);
    assert!(out.status.success(), "{out:?}");
    let script = String::from_utf8_lossy(&out.stdout);
    assert!(script.contains("EMNIFY_COMPLETE=\"bash\""), "{script}");
    let exe = std::fs::canonicalize(&bin).expect("binary path");
    assert!(script.contains(exe.to_str().expect("utf-8")), "{script}");

    let out = run(&["completion"]);
    assert_eq!(out.status.code(), Some(2), "a shell or --out is required");
}

#[test]
fn the_readme_exit_code_table_is_the_one_the_binary_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = readme
        .split("## Exit codes")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("an `## Exit codes` section");
    let rows: Vec<(u8, String)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            let code = cells.first()?.parse().ok()?;
            Some((code, cells.get(1)?.replace('`', "")))
        })
        .collect();
    let table: Vec<(u8, String)> = emnify::error::ErrorKind::TABLE
        .iter()
        .map(|(c, m)| (*c, m.replace('`', "")))
        .collect();
    assert_eq!(
        rows, table,
        "README's exit codes differ from ErrorKind::TABLE"
    );
}
