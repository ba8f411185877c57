//! On a terminal: prompts for what is missing, the fuzzy picker, confirmations, the audit's progress bar.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn login_prompts_for_email_and_password_on_a_terminal() {
    let t = TestEnv::new();
    let mut tty = t.tty(&["auth", "login"]);
    tty.expect("Email");
    tty.send(&format!("{}\r", demo::CONTRACTOR));
    tty.expect("Password");
    tty.send("emnify-demo\r");
    let out = tty.finish();
    out.ok();
    assert!(
        !out.stdout.contains("emnify-demo"),
        "the password is not echoed"
    );
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["username"], demo::CONTRACTOR);
}

#[test]
fn mfa_code_is_prompted_on_a_terminal() {
    let t = TestEnv::new();
    let mut tty = t.tty(&["auth", "login", "-u", demo::ADMIN]);
    tty.expect("Password");
    tty.send("emnify-demo\r");
    tty.expect("One-time code");
    tty.send("123456\r");
    tty.finish().ok();
}

#[test]
fn switch_without_an_argument_opens_a_fuzzy_picker() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let mut tty = t.tty(&["switch"]);
    tty.expect("Switch to Workspace");
    tty.send("globex");
    tty.expect("Globex Logistics");
    tty.send("\r");
    tty.finish().ok();
    let v = t.run(&["workspace", "current", "-o", "json"]).ok().json();
    assert_eq!(v["id"], demo::GLOBEX);
}

#[test]
fn profile_delete_asks_first_and_no_keeps_it() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let mut tty = t.tty(&["profile", "delete", "default"]);
    tty.expect("Delete profile");
    tty.send("n");
    tty.finish().code(2);
    assert!(t.profile_text().contains("[profiles.default]"));
    let mut tty = t.tty(&["profile", "delete", "default"]);
    tty.expect("Delete profile");
    tty.send("y");
    tty.finish().ok();
    assert!(!t.profile_text().contains("[profiles.default]"));
}

#[test]
fn a_terminal_of_unknown_size_gets_untruncated_tables() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let out = t.tty_of_unknown_size(&["workspace", "list"]).finish();
    out.ok();
    assert!(out.stdout.contains("Acme Corp"), "{}", out.stdout);
    assert!(out.stdout.contains("Globex Logistics"), "{}", out.stdout);
    let header = out
        .stdout
        .lines()
        .find(|l| l.contains("ID"))
        .unwrap_or_default();
    assert!(header.contains("NAME"), "{}", out.stdout);
}

#[test]
fn audit_shows_a_progress_bar_on_a_terminal_and_none_when_piped() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    // Slow answers, so the bar is drawn while the audit runs.
    t.emu().set_knobs(emnify::emulator::knobs::Knobs {
        latency_ms: 120,
        ..Default::default()
    });
    let tty = t.tty(&["audit"]);
    tty.expect("auditing [").expect("requests, ETA");
    let out = tty.finish();
    assert_eq!(out.code, 0, "{}", out.stdout);
    // The report itself follows once the bar is cleared.
    assert!(
        out.stdout.contains("contractor@acme.example"),
        "{}",
        out.stdout
    );

    let piped = t.run(&["audit"]).ok().stderr.clone();
    assert!(!piped.contains("auditing ["), "{piped}");

    // `emnify audit -o json > report.json` on a terminal: the bar is drawn on stderr, and the
    // file holds the report and nothing else.
    let file = t.home.path().join("report.json");
    let tty = t.tty_with_stdout_to(&["audit", "-o", "json"], &file);
    tty.expect("auditing [");
    let out = tty.finish();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let text = std::fs::read_to_string(&file).expect("the report");
    assert!(!text.contains("auditing"), "{text}");
    assert!(!text.contains('\x1b'), "no terminal escapes in the file");
    let report: serde_json::Value = serde_json::from_str(&text).expect("the file is pure JSON");
    assert_eq!(report["summary"]["users"], 7);
}

#[test]
fn no_input_on_a_terminal_never_prompts_and_names_the_missing_argument() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = t.profile_text();

    let out = t.tty(&["--no-input", "switch"]).finish();
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        !out.stdout.contains("Switch to Workspace"),
        "no picker under --no-input:\n{}",
        out.stdout
    );
    assert!(out.stdout.contains("WORKSPACE"), "{}", out.stdout);
    assert_eq!(t.profile_text(), before, "nothing switched");

    let out = t
        .tty(&[
            "--no-input",
            "user",
            "remove",
            demo::CONTRACTOR,
            "--workspace",
            "Acme EU",
        ])
        .finish();
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        !out.stdout.contains("[y/N]"),
        "no question:\n{}",
        out.stdout
    );
    assert!(out.stdout.contains("--yes"), "{}", out.stdout);
    let users = t
        .run(&["user", "list", "--workspace", "Acme EU", "-o", "json"])
        .ok()
        .json();
    assert!(
        users
            .as_array()
            .expect("an array")
            .iter()
            .any(|u| u["email"] == demo::CONTRACTOR),
        "the contractor still has access: {users}"
    );
}
