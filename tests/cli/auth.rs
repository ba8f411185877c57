//! `auth login|logout|status|token`: every login method, failures, lockout, MFA, expiry.

use std::time::Duration;

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn password_login_status_token_and_logout() {
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR)
        .ok()
        .stderr_has("Logged in")
        .stderr_has("Acme Sandbox");
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["username"], demo::CONTRACTOR);
    assert_eq!(v["workspace_id"], demo::ACME_SANDBOX);
    assert_eq!(v["workspace_source"], "profile");
    // The harness's emulator is reached by URL, not embedded: the capability probe tells.
    assert_eq!(v["emulator"], true, "{v}");
    assert_eq!(t.count("GET /emulator/v1/capabilities"), 1, "probed once");
    assert!(
        v["credentials"]
            .as_str()
            .unwrap_or("")
            .starts_with("stored in the file"),
        "{v}"
    );
    assert!(t.profile_text().contains("auth_method = \"password\""));
    assert!(
        !t.profile_text().contains("eyJ"),
        "no token in the profile file"
    );

    let token = t.run(&["auth", "token"]).ok().stdout.trim().to_string();
    assert_eq!(token.split('.').count(), 3, "a JWT on stdout");

    t.run(&["auth", "logout"]).ok().stderr_has("Logged out");
    assert!(!t.credentials_file().exists(), "credentials deleted");
    t.run(&["auth", "status"])
        .code(3)
        .stderr_has("emnify auth login");
    t.run(&["workspace", "list"]).code(3);
}

#[test]
fn application_token_login_from_stdin() {
    let t = TestEnv::new();
    let token = t.app_token(demo::ACME_EU);
    t.cmd(&["auth", "login", "--token-stdin"])
        .stdin(&format!("{token}\n"))
        .go()
        .ok()
        .stderr_has("Acme EU");
    let v = t.run(&["workspace", "current", "-o", "json"]).ok().json();
    assert_eq!(v["id"], demo::ACME_EU);
    // Application tokens are scoped to their Workspace: no switching elsewhere.
    t.run(&["workspace", "current", "--workspace", "1001"])
        .code(3)
        .stderr_has("scoped to its own Workspace");
    t.run(&["switch", "1001"]).code(3);
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["workspace_id"], demo::ACME_EU);
}

#[test]
fn wrong_password_then_lockout() {
    let t = TestEnv::new();
    t.add_secret("not-the-password");
    for _ in 0..2 {
        t.cmd(&["auth", "login", "-u", demo::CONTRACTOR, "--password-stdin"])
            .stdin("not-the-password\n")
            .go()
            .code(3)
            .stderr_has("login failed");
    }
    // The third failure in a row locks the account.
    t.cmd(&["auth", "login", "-u", demo::CONTRACTOR, "--password-stdin"])
        .stdin("not-the-password\n")
        .go()
        .code(3)
        .stderr_has("locked");
    // Now even the right password is refused for 5 minutes, and the message says so.
    t.login(demo::CONTRACTOR).code(3).stderr_has("locked");
    assert!(!t.profile_file().exists(), "a failed login writes nothing");
    t.advance_clock(Duration::from_secs(6 * 60));
    t.login(demo::CONTRACTOR).ok();
}

#[test]
fn mfa_login_needs_the_code() {
    let t = TestEnv::new();
    // No terminal and no code: fail at once, naming the variable that supplies it.
    t.login(demo::ADMIN).code(2).stderr_has("EMNIFY_MFA_CODE");
    t.cmd(&["auth", "login", "-u", demo::ADMIN, "--password-stdin"])
        .stdin("emnify-demo\n")
        .env("EMNIFY_MFA_CODE", "000000")
        .go()
        .code(3)
        .stderr_has("code was not accepted");
    t.cmd(&["auth", "login", "-u", demo::ADMIN, "--password-stdin"])
        .stdin("emnify-demo\n")
        .env("EMNIFY_MFA_CODE", "123456")
        .go()
        .ok();
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["username"], demo::ADMIN);
}

#[test]
fn an_expired_token_is_renewed_mid_command_once() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["switch", "Acme EU"]).ok();
    // Every cached token is now expired on the server's clock; the refresh token is not.
    t.advance_clock(Duration::from_secs(5 * 60 * 60));
    t.emu().reset_metrics();
    let v = t.run(&["workspace", "current", "-o", "json"]).ok().json();
    assert_eq!(v["id"], demo::ACME_EU);
    t.run(&["workspace", "list"]).ok();
    // One renewal with the refresh token and the refused read repeated once; listing one's
    // Workspaces needs no switch back into Acme EU.
    assert_eq!(t.count("POST /api/v1/authenticate"), 1, "renewed once");
    assert_eq!(t.count("POST /api/v1/authenticate/workspace"), 0);
    assert_eq!(t.count("GET /api/v2/user/{user_id}/workspace"), 2);
    // The renewed token is kept: the next command authenticates no more.
    t.run(&["workspace", "list"]).ok();
    assert_eq!(t.count("POST /api/v1/authenticate"), 1);
    // Work inside Acme EU switches into it once with the renewed session.
    t.run(&["user", "list"]).ok();
    assert_eq!(t.count("POST /api/v1/authenticate"), 1);
    assert_eq!(t.count("POST /api/v1/authenticate/workspace"), 1);
    // Beyond the refresh token's life the session is over: exit 3 with what to do.
    t.advance_clock(Duration::from_secs(31 * 86_400));
    t.run(&["workspace", "list"])
        .code(3)
        .stderr_has("emnify auth login");
}

#[test]
fn sso_users_cannot_log_in_with_a_password() {
    let t = TestEnv::new();
    let out = t.login(demo::EU_ADMIN);
    out.code(3)
        .stderr_has("login refused: single sign-on is required")
        .stderr_has("--token-stdin");
    assert!(
        !out.stderr.contains("wrong email, password"),
        "{}",
        out.stderr
    );
}

#[test]
fn login_without_a_terminal_never_prompts() {
    let t = TestEnv::new();
    t.run(&["auth", "login"]).code(2).stderr_has("--username");
    t.run(&["auth", "login", "-u", demo::CONTRACTOR])
        .code(2)
        .stderr_has("--password-stdin");
    t.cmd(&["auth", "login", "-u", demo::CONTRACTOR])
        .env("CI", "true")
        .go()
        .code(2)
        .stderr_has("CI is set");
    t.cmd(&["auth", "login", "--password-stdin", "-u", demo::CONTRACTOR])
        .stdin("\n")
        .go()
        .code(2);
}

#[test]
fn a_token_refused_again_after_renewal_ends_the_command() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.emu().reset_metrics();
    // The server refuses the next two reads as unauthorised: the CLI renews its session once,
    // is refused again, and stops there instead of renewing in a loop.
    t.emu().set_knobs(emnify::emulator::knobs::Knobs {
        fail_next: 2,
        fail_status: 401,
        only_path: Some("/api/v2/user".into()),
        ..Default::default()
    });
    t.run(&["workspace", "list"])
        .code(3)
        .stderr_has("emnify auth login");
    assert_eq!(
        t.count("POST /api/v1/authenticate"),
        1,
        "exactly one renewal"
    );
    assert_eq!(t.count("GET /api/v2/user/{user_id}/workspace"), 2);
}

#[test]
fn logging_in_again_without_a_terminal_reuses_the_profiles_user() {
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    t.cmd(&["auth", "login", "--password-stdin"])
        .stdin("emnify-demo\n")
        .go()
        .ok()
        .stderr_has("Logging in as contractor@acme.example");
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["username"], demo::CONTRACTOR);
    // After a logout the profile names nobody, so the username is needed again.
    t.run(&["auth", "logout"]).ok();
    t.cmd(&["auth", "login", "--password-stdin"])
        .stdin("emnify-demo\n")
        .go()
        .code(2)
        .stderr_has("--username");
}
