//! The completion scripts load and complete in real shells (bash, zsh, fish), and the man pages
//! render with `man` without warnings.
//!
//! A shell (or `man`) that is not installed is skipped with a message on stderr, unless
//! `EMNIFY_REQUIRE_SHELLS=1` is set: `.ci/run` installs them and sets it, so CI cannot pass by
//! skipping.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{demo_data as demo, TestEnv};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("emnify")
}

/// The path of `program`, or `None` after saying why the test is skipped.
fn require(program: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        if std::env::var("EMNIFY_REQUIRE_SHELLS").is_ok_and(|v| v == "1") {
            panic!("`{program}` is not installed but EMNIFY_REQUIRE_SHELLS=1 requires it");
        }
        eprintln!(
            "SKIPPED: `{program}` is not installed here; install it (e.g. `apt-get install {program}`) to run this check"
        );
    }
    found
}

/// Run `program args…` in a clean environment pointing at `t`'s config dir.
fn shell(t: &TestEnv, program: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .env_clear()
        .env("HOME", t.home.path())
        .env("XDG_CONFIG_HOME", t.home.path().join("xdg-config"))
        .env("XDG_DATA_HOME", t.home.path().join("xdg-data"))
        .env("XDG_CACHE_HOME", t.home.path().join("xdg-cache"))
        .env("EMNIFY_CONFIG_DIR", t.config_dir())
        .env("EMNIFY_DATA_DIR", t.data_dir())
        .env("EMNIFY_API_URL", &t.url)
        .env("EMNIFY_CREDENTIAL_STORE", "file")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "dumb")
        .current_dir(root())
        .output()
        .expect("run the shell")
}

#[track_caller]
fn stdout_ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "status {:?}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// Logged in as the contractor (Acme Sandbox, Acme EU) with the Workspace names cached by a
/// `workspace list`, as after a normal first session.
fn contractor_with_cached_names() -> TestEnv {
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    t.run(&["workspace", "list"]).ok();
    t
}

#[test]
fn workspace_list_caches_names_and_logout_forgets_them() {
    let t = contractor_with_cached_names();
    let cache = t.config_dir().join("workspaces.toml");
    let text = std::fs::read_to_string(&cache).expect("cache written");
    assert!(
        text.contains("Acme Sandbox") && text.contains("Acme EU"),
        "{text}"
    );
    assert!(!text.contains("Acme Corp"), "not the contractor's: {text}");
    t.run(&["auth", "logout"]).ok();
    let text = std::fs::read_to_string(&cache).expect("cache kept");
    assert!(!text.contains("Acme"), "logout forgets: {text}");
}

#[test]
fn bash_loads_both_scripts_and_completes_workspace_names() {
    let Some(bash) = require("bash") else { return };
    let t = contractor_with_cached_names();
    let script = r#"
set -e
source completions/emnify.bash
complete -p emnify
COMP_WORDS=(emnify work); COMP_CWORD=1; COMP_LINE="emnify work"; COMP_POINT=${#COMP_LINE}
_emnify emnify work emnify
printf 'static:%s\n' "${COMPREPLY[@]}"
COMPREPLY=()
source <("$1" completion bash --dynamic)
complete -p emnify
COMP_WORDS=(emnify switch 'Acme\ S'); COMP_CWORD=2
_clap_complete_emnify emnify 'Acme\ S' switch
printf 'dynamic:%s\n' "${COMPREPLY[@]}"
COMP_WORDS=(emnify workspace li); COMP_CWORD=2
_clap_complete_emnify emnify li workspace
printf 'dynamic:%s\n' "${COMPREPLY[@]}"
"#;
    let requests_before = t.emu().metrics()["total"].clone();
    let b = bin();
    let out = stdout_ok(&shell(
        &t,
        &bash,
        &[
            "--norc",
            "--noprofile",
            "-c",
            script,
            "_",
            b.to_str().expect("utf-8 path"),
        ],
    ));
    assert!(out.contains("static:workspace\n"), "{out}");
    assert!(out.contains(r"dynamic:Acme\ Sandbox"), "{out}");
    assert!(out.contains("dynamic:list\n"), "{out}");
    assert!(!out.contains("Acme Corp"), "{out}");
    // Completion reads files only: the API (here the emulator) saw no request.
    assert_eq!(t.emu().metrics()["total"], requests_before);
}

#[test]
fn zsh_loads_both_scripts_and_completes_workspace_names() {
    let Some(zsh) = require("zsh") else { return };
    let t = contractor_with_cached_names();
    // `_describe` is replaced by a stub that prints what it would offer: completing for real
    // needs an interactive terminal, but everything up to the offer runs as in a session.
    let script = r#"
autoload -U compinit && compinit -u -D || exit 1
source completions/_emnify || exit 1
print -r -- "static:$_comps[emnify]"
source <("$1" completion zsh --dynamic) || exit 1
print -r -- "dynamic:$_comps[emnify]"
_describe() { print -rl -- "${(@P)3}" }
words=(emnify -w "Acme"); CURRENT=3
_clap_dynamic_completer_emnify
"#;
    let b = bin();
    let out = stdout_ok(&shell(
        &t,
        &zsh,
        &["-f", "-c", script, "_", b.to_str().expect("utf-8 path")],
    ));
    assert!(out.contains("static:_emnify\n"), "{out}");
    assert!(
        out.contains("dynamic:_clap_dynamic_completer_emnify\n"),
        "{out}"
    );
    assert!(out.contains("Acme Sandbox:Workspace 1003"), "{out}");
    assert!(out.contains("Acme EU:Workspace 1002"), "{out}");
}

#[test]
fn fish_loads_both_scripts_and_completes_workspace_and_profile_names() {
    let Some(fish) = require("fish") else { return };
    let t = contractor_with_cached_names();
    let script = r#"
source completions/emnify.fish; or exit 1
for line in (complete -C "emnify work"); echo "static:$line"; end
complete -e -c emnify
$argv[1] completion fish --dynamic | source; or exit 1
for line in (complete -C "emnify switch Acme"); echo "dynamic:$line"; end
for line in (complete -C "emnify profile use "); echo "profile:$line"; end
"#;
    let b = bin();
    let out = stdout_ok(&shell(
        &t,
        &fish,
        &["--no-config", "-c", script, b.to_str().expect("utf-8 path")],
    ));
    assert!(out.contains("static:workspace\t"), "{out}");
    assert!(
        out.contains("dynamic:Acme Sandbox\tWorkspace 1003"),
        "{out}"
    );
    assert!(out.contains("dynamic:Acme EU\tWorkspace 1002"), "{out}");
    assert!(out.contains("profile:default"), "{out}");
}

#[test]
fn every_man_page_renders_without_warnings() {
    let Some(man) = require("man") else { return };
    let t = TestEnv::new();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("man"))
        .expect("man/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "1"))
        .collect();
    pages.sort();
    assert!(
        pages.len() > 10,
        "one page per command expected, found {pages:?}"
    );
    for page in pages {
        let path = page.to_str().expect("utf-8 path");
        let out = Command::new(&man)
            .args(["--warnings", "-l", path])
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("HOME", t.home.path())
            .output()
            .expect("run man");
        let text = stdout_ok(&out);
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(warnings.trim().is_empty(), "{path}: {warnings}");
        assert!(
            text.contains("NAME") && text.contains("SYNOPSIS"),
            "{path}:\n{text}"
        );
    }
    let top = std::fs::read_to_string(root().join("man/emnify.1")).expect("emnify.1");
    assert!(
        top.contains("Exit codes"),
        "the exit-code table is in the page"
    );
}
