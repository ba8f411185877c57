//! Environment variables: credentials for CI, overrides, and saying so.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn application_token_from_the_environment_needs_no_login() {
    let t = TestEnv::new();
    let token = t.app_token(demo::GLOBEX);
    let out = t
        .cmd(&["auth", "status", "-o", "json"])
        .env("EMNIFY_APPLICATION_TOKEN", &token)
        .go();
    let v = out.ok().json();
    assert_eq!(v["workspace_id"], demo::GLOBEX);
    assert_eq!(v["credentials"], "environment (EMNIFY_APPLICATION_TOKEN)");
    assert!(
        !t.profile_file().exists() && !t.credentials_file().exists(),
        "environment logins store nothing"
    );
}

#[test]
fn environment_credentials_override_a_stored_login_and_say_so() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let out = t
        .cmd(&["workspace", "list", "-o", "json"])
        .env("EMNIFY_USERNAME", demo::OPS)
        .env("EMNIFY_PASSWORD", "emnify-demo")
        .go();
    out.ok().stderr_has("override").stderr_has(demo::SUPERADMIN);
    let v = out.json();
    let ids: Vec<i64> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|i| i["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(
        ids,
        [demo::GLOBEX],
        "the listing is for the environment's user"
    );
    // JSON on stdout stays clean even with the warning.
    assert!(out.stdout.trim_start().starts_with('['));
    let v = t
        .cmd(&["auth", "status", "-o", "json"])
        .env("EMNIFY_USERNAME", demo::OPS)
        .env("EMNIFY_PASSWORD", "emnify-demo")
        .go()
        .ok()
        .json();
    assert_eq!(v["username"], demo::OPS);
    assert_eq!(
        v["credentials"],
        "environment (EMNIFY_USERNAME/EMNIFY_PASSWORD; overrides the stored login of superadmin@acme.example)"
    );
    assert_eq!(
        v["workspace_id"],
        demo::GLOBEX,
        "the profile's Workspace belongs to the stored login"
    );
    // Switching would store a Workspace for the wrong identity: refused, with the alternative.
    t.cmd(&["switch", "Globex"])
        .env("EMNIFY_USERNAME", demo::OPS)
        .env("EMNIFY_PASSWORD", "emnify-demo")
        .go()
        .code(2)
        .stderr_has("EMNIFY_WORKSPACE");
}

#[test]
fn emnify_workspace_and_profile_and_output_from_the_environment() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = t.profile_text();
    let v = t
        .cmd(&["workspace", "current"])
        .env("EMNIFY_WORKSPACE", "Acme EU")
        .env("EMNIFY_OUTPUT", "json")
        .go()
        .ok()
        .json();
    assert_eq!(v["id"], demo::ACME_EU);
    assert_eq!(v["source"], "env");
    assert_eq!(t.profile_text(), before);
    t.cmd(&["workspace", "current"])
        .env("EMNIFY_WORKSPACE", "nowhere")
        .go()
        .code(5)
        .stderr_has("EMNIFY_WORKSPACE");
    t.cmd(&["workspace", "list"])
        .env("EMNIFY_PROFILE", "other")
        .go()
        .code(3)
        .stderr_has("profile `other`");
    t.cmd(&["workspace", "list"])
        .env("EMNIFY_OUTPUT", "yaml")
        .go()
        .code(2);
    t.cmd(&["workspace", "list"])
        .env("EMNIFY_USERNAME", "x@example.com")
        .go()
        .code(2)
        .stderr_has("EMNIFY_PASSWORD");
}

#[test]
fn an_unreachable_api_is_exit_9_with_a_hint() {
    let t = TestEnv::new();
    let v = t
        .cmd(&["auth", "login", "--token-stdin"])
        .stdin("x\n")
        .env("EMNIFY_API_URL", "http://127.0.0.1:9")
        .go();
    v.code(9).stderr_has("API URL");
}

#[test]
fn stored_credentials_are_never_sent_to_another_api_url() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    // A second emulator stands in for "some other server".
    let other = TestEnv::new();
    let out = t
        .cmd(&["workspace", "list"])
        .env("EMNIFY_API_URL", &other.url)
        .go();
    out.code(3)
        .stderr_has("is logged in to")
        .stderr_has("--profile NAME");
    assert_eq!(
        other.emu().metrics()["total"],
        0,
        "no request reached the other server"
    );
    t.run(&["workspace", "list", "--api-url", &other.url])
        .code(3);
}

#[test]
fn show_settings_reports_each_value_and_where_it_came_from() {
    let t = TestEnv::new();
    let v = t
        .cmd(&["--show-settings", "--output", "csv", "workspace", "list"])
        .env("EMNIFY_PROFILE", "ci")
        .env("EMNIFY_OUTPUT", "json")
        .env("EMNIFY_WORKSPACE", "Acme EU")
        .env("CI", "true")
        .go()
        .ok()
        .json();
    assert_eq!(
        v["profile"],
        serde_json::json!({"value": "ci", "source": "env"})
    );
    assert_eq!(
        v["output"],
        serde_json::json!({"value": "csv", "source": "flag"})
    );
    assert_eq!(v["api_url"]["source"], "env");
    assert_eq!(
        v["workspace_override"],
        serde_json::json!({"value": "Acme EU", "source": "env"})
    );
    assert_eq!(v["no_input"], true);
    assert_eq!(v["no_input_reason"], "CI is set");
    assert!(!t.profile_file().exists());
}

#[test]
fn failures_with_environment_credentials_point_at_the_variables_not_at_auth_login() {
    let t = TestEnv::new();
    let wrong = t
        .cmd(&["user", "list"])
        .env("EMNIFY_USERNAME", demo::SUPERADMIN)
        .env("EMNIFY_PASSWORD", "not-the-password")
        .go();
    wrong
        .code(3)
        .stderr_has("check EMNIFY_USERNAME and EMNIFY_PASSWORD");
    assert!(!wrong.stderr.contains("emnify auth login"), "{wrong}");

    let revoked = t
        .cmd(&["workspace", "list"])
        .env(
            "EMNIFY_APPLICATION_TOKEN",
            "eyJhbGciOiJIUzI1NiJ9.e30.bm90LWEtdG9rZW4",
        )
        .go();
    revoked.code(3).stderr_has("check EMNIFY_APPLICATION_TOKEN");
    assert!(!revoked.stderr.contains("emnify auth login"), "{revoked}");

    let sso = t
        .cmd(&["workspace", "list"])
        .env("EMNIFY_USERNAME", demo::EU_ADMIN)
        .env("EMNIFY_PASSWORD", demo::DEMO_PASSWORD)
        .go();
    sso.code(3)
        .stderr_has("single sign-on is required")
        .stderr_has("set EMNIFY_APPLICATION_TOKEN");
    assert!(!sso.stderr.contains("emnify auth login"), "{sso}");

    let mfa = t
        .cmd(&["workspace", "list"])
        .env("EMNIFY_USERNAME", demo::ADMIN)
        .env("EMNIFY_PASSWORD", demo::DEMO_PASSWORD)
        .env("EMNIFY_MFA_CODE", "123456")
        .go();
    mfa.code(3)
        .stderr_has("EMNIFY_MFA_CODE is read by `emnify auth login` only")
        .stderr_has("EMNIFY_APPLICATION_TOKEN");

    // `auth login` itself still says how to log in again.
    t.login(demo::SUPERADMIN).ok();
    t.advance_clock(std::time::Duration::from_secs(31 * 86_400));
    t.run(&["workspace", "list"])
        .code(3)
        .stderr_has("emnify auth login");
}

#[test]
fn the_audit_asks_for_user_credentials_instead_of_an_application_token() {
    let t = TestEnv::new();
    let token = t.app_token(demo::ACME_CORP);
    let out = t
        .cmd(&["--no-input", "audit", "-o", "json"])
        .env("EMNIFY_APPLICATION_TOKEN", &token)
        .go();
    out.code(3)
        .stderr_has("the audit needs user credentials")
        .stderr_has("EMNIFY_USERNAME");
    assert!(out.stdout.is_empty());
}
