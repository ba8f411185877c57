//! No token, password or refresh token in any output, `-v` logs included (except `auth token`).
//! The harness scans every run of every test; this test makes a point of the noisy paths.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn verbose_runs_of_every_command_leak_no_secret() {
    let t = TestEnv::new();
    t.cmd(&[
        "-vv",
        "auth",
        "login",
        "-u",
        demo::SUPERADMIN,
        "--password-stdin",
    ])
    .stdin("emnify-demo\n")
    .go()
    .ok();
    let token = t.run(&["auth", "token"]).ok().stdout.trim().to_string();
    assert!(token.len() > 20);
    for args in [
        &["-vv", "workspace", "list"][..],
        &["-vv", "workspace", "list", "-o", "json"],
        &["-vv", "workspace", "list", "-o", "csv", "-w", "Acme EU"],
        &["-vv", "switch", "Acme Sandbox"],
        &["-vv", "switch", "-"],
        &["-vv", "auth", "status"],
        &["-vv", "auth", "status", "-o", "json"],
        &["-vv", "workspace", "stats"],
        &["-vv", "profile", "show", "-o", "json"],
        &["-vv", "--show-settings", "workspace", "list"],
    ] {
        t.run(args).ok();
    }
    // Failures print too: bad password, unknown Workspace, environment credentials.
    t.cmd(&["-vv", "auth", "login", "-u", demo::OPS, "--password-stdin"])
        .stdin("wrong-password-123\n")
        .go()
        .code(3);
    t.add_secret("wrong-password-123");
    t.run(&["-vv", "switch", "nowhere"]).code(5);
    let app = t.app_token(demo::GLOBEX);
    t.cmd(&["-vv", "auth", "status"])
        .env("EMNIFY_APPLICATION_TOKEN", &app)
        .go()
        .ok();
    t.cmd(&["-vv", "--show-settings", "workspace", "list"])
        .env("EMNIFY_APPLICATION_TOKEN", &app)
        .go()
        .ok();
    t.cmd(&["-vv", "workspace", "list"])
        .env("EMNIFY_USERNAME", demo::OPS)
        .env("EMNIFY_PASSWORD", "emnify-demo")
        .go()
        .ok();
    // The embedded emulator runs in the same process: its logs must be as clean.
    for args in [
        &["--emulator", "auth", "token"][..],
        &["--emulator", "-vv", "switch", "Acme EU"],
        &["--emulator", "-vv", "auth", "status"],
    ] {
        t.cmd(args).without("EMNIFY_API_URL").go().ok();
    }
    // The token printed by `auth token` is known to the scan from here on.
    t.run(&["-vv", "workspace", "current"]).ok();
    t.assert_no_secret_leaked();
    assert!(t.captured() > 30);
}

#[test]
fn the_scan_catches_a_leak() {
    // The scanner itself must be able to fail: feed it an output that contains a secret.
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let token = t.run(&["auth", "token"]).ok().stdout.trim().to_string();
    let leaked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // `--api-url` echoes its value in the error when it is not a URL: use the token as one.
        t.run(&["workspace", "list", "--api-url", &token]);
    }));
    assert!(leaked.is_err(), "a token in stderr must fail the scan");
}
