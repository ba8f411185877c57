//! `link`, `sso` and `workspace request` through the binary against the emulator's extensions.

use reqwest::Method;
use serde_json::Value;

use super::harness::*;

/// Asking to link Globex Logistics (2001) to Acme's group.
const LINK_GLOBEX: [&str; 6] = [
    "link",
    "request",
    "--contact-email",
    "ops@acme.example",
    "--workspace-ids",
    "2001",
];

#[test]
fn link_show_and_unlink_dry_run() {
    let env = start();
    let out = env.run(&["link", "show", "--output", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let g = out.json();
    assert_eq!(g["linked"], true);
    assert_eq!(g["main_organisation"]["name"], "Acme Corp");
    assert_eq!(g["superadmin"]["username"], SUPERADMIN);
    assert_eq!(
        (g["workspace_limit"].as_i64(), g["workspaces_used"].as_i64()),
        (Some(3), Some(3))
    );
    let access: Vec<(i64, String)> = g["workspaces"]
        .as_array()
        .expect("workspaces")
        .iter()
        .map(|w| {
            (
                w["id"].as_i64().unwrap_or(0),
                w["access"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        access,
        vec![
            (ACME_CORP, "superadmin".into()),
            (ACME_EU, "superadmin".into()),
            (ACME_SANDBOX, "superadmin".into())
        ]
    );

    let refused = env.run(&["link", "unlink"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("--dry-run"));

    let dry = env.run(&["link", "unlink", "--dry-run", "--output", "json"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    let after: Vec<(i64, String)> = dry
        .json()
        .as_array()
        .expect("effects")
        .iter()
        .map(|e| {
            (
                e["workspace_id"].as_i64().unwrap_or(0),
                e["after"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // the SuperAdmin was an Administrator of Acme Corp before the link and keeps that; the
    // other two came with the link and go with it (DESIGN.md rule 6)
    assert_eq!(
        after,
        vec![
            (ACME_CORP, "Administrator".into()),
            (ACME_EU, "no access".into()),
            (ACME_SANDBOX, "no access".into())
        ]
    );
    assert!(
        dry.stderr.contains("nothing changes for other users"),
        "{}",
        dry.stderr
    );
    // and it was a dry run
    let again = env.run(&["link", "show", "--output", "json"]);
    assert_eq!(again.json()["linked"], true);
}

#[test]
fn requests_are_filed_or_refused_by_the_pro_limit() {
    let env = start();
    let full = env.run(&[
        "workspace",
        "request",
        "--contact-email",
        "ops@acme.example",
        "--name",
        "Acme APAC",
    ]);
    assert_eq!(full.code, 6, "Pro limit of 3 reached: {}", full.stderr);

    let bad = env.run(&[
        "link",
        "request",
        "--contact-email",
        "not-an-email",
        "--workspace-ids",
        "2001",
    ]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);

    // emnify raises the Workspace limit on request (in the emulator: an operator call)
    env.call(
        Method::PATCH,
        &format!("/emulator/v1/operator/workspace/{ACME_CORP}"),
        None,
        Some(serde_json::json!({"workspace_limit": 5})),
    );
    let ok = env.run(&[
        "workspace",
        "request",
        "--contact-email",
        "ops@acme.example",
        "--name",
        "Acme APAC",
        "--details",
        "for Singapore",
        "--output",
        "json",
    ]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let t = ok.json();
    assert_eq!(
        (t["kind"].as_str(), t["status"].as_str()),
        (Some("workspace"), Some("open"))
    );
    let filed = env.call(Method::GET, "/emulator/v1/operator/requests", None, None);
    let names: Vec<&str> = filed
        .as_array()
        .expect("requests")
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect();
    assert_eq!(names, vec!["Acme APAC"]);

    // Only an Administrator of Globex may ask to link it: the SuperAdmin is an Observer there.
    let refused = env.run(&LINK_GLOBEX);
    assert_eq!(refused.code, 4, "{}", refused.stderr);
    env.emu()
        .store()
        .write(|c| {
            c.execute(
                "UPDATE membership SET roles = 2 WHERE user_id = 1 AND org_id = 2001",
                [],
            )?;
            Ok(())
        })
        .expect("Administrator in Globex");
    let link = env.run(&[&LINK_GLOBEX[..], &["--output", "json"]].concat());
    assert_eq!(link.code, 0, "{}", link.stderr);
    assert_eq!(link.json()["kind"], "link");
}

#[test]
fn sso_status_and_check_explain_the_login_method() {
    let env = start();
    let out = env.run(&[
        "--workspace",
        "Acme EU",
        "sso",
        "status",
        "--output",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let s = out.json();
    assert_eq!(
        (
            s["provider"].as_str(),
            s["verified"].as_bool(),
            s["active"].as_bool()
        ),
        (Some("microsoft"), Some(true), Some(true))
    );
    let must: Vec<(String, bool)> = s["users"]
        .as_array()
        .expect("users")
        .iter()
        .map(|u| {
            (
                u["username"].as_str().unwrap_or("").to_string(),
                u["must_use_sso"].as_bool().unwrap_or(false),
            )
        })
        .filter(|(_, m)| *m)
        .collect();
    assert_eq!(must, vec![("eu-admin@acme.example".to_string(), true)]);

    let check = env.run(&[
        "sso",
        "check",
        "contractor@acme.example",
        "--output",
        "json",
    ]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let c = check.json();
    assert_eq!(c["login_method"], "password");
    assert_eq!(c["default_workspace"], "Acme Sandbox");
    assert_eq!(c["sso_bypassed_in"], serde_json::json!(["Acme EU"]));

    let eu = env.run(&["sso", "check", "eu-admin@acme.example", "--output", "json"]);
    assert_eq!(eu.json()["login_method"], "sso");
}

#[test]
fn sso_enable_verify_disable_on_the_callers_default() {
    let env = start();
    let secret = "very-secret-client-value";
    env.t.add_secret(secret);

    let no_secret = env.run(&[
        "sso",
        "enable",
        "--provider",
        "google",
        "--client-id",
        "acme-corp",
    ]);
    assert_eq!(no_secret.code, 2, "{}", no_secret.stderr);
    assert!(
        no_secret.stderr.contains("--secret-stdin"),
        "{}",
        no_secret.stderr
    );

    let not_default = env.run_with_stdin(
        &[
            "--workspace",
            "Acme EU",
            "sso",
            "enable",
            "--provider",
            "google",
            "--client-id",
            "x",
            "--secret-stdin",
        ],
        Some(secret),
    );
    assert_eq!(not_default.code, 4, "{}", not_default.stderr);

    let enabled = env.run_with_stdin(
        &[
            "sso",
            "enable",
            "--provider",
            "google",
            "--client-id",
            "acme-corp",
            "--secret-stdin",
            "--output",
            "json",
        ],
        Some(secret),
    );
    assert_eq!(enabled.code, 0, "{}", enabled.stderr);
    let e: Value = enabled.json();
    assert_eq!(
        (e["workspace_id"].as_i64(), e["active"].as_bool()),
        (Some(ACME_CORP), Some(false))
    );

    let refuse = env.run(&["sso", "disable"]);
    assert_eq!(
        refuse.code, 2,
        "needs --yes without a TTY: {}",
        refuse.stderr
    );
    let disabled = env.run(&["--yes", "sso", "disable", "--output", "json"]);
    assert_eq!(disabled.code, 0, "{}", disabled.stderr);
    assert_eq!(disabled.json()["provider"], Value::Null);

    let again = env.run_with_stdin(
        &[
            "sso",
            "enable",
            "--provider",
            "google",
            "--client-id",
            "acme-corp",
            "--secret-stdin",
        ],
        Some(secret),
    );
    assert_eq!(again.code, 0, "{}", again.stderr);
    let verified = env.run(&["sso", "verify", "--output", "json"]);
    assert_eq!(verified.code, 0, "{}", verified.stderr);
    assert_eq!(verified.json()["active"], true);
    assert!(
        verified.stderr.contains("including you"),
        "{}",
        verified.stderr
    );
    // Acme Corp is the caller's default: from now on a password login is refused
    let locked = env.run(&["sso", "status"]);
    assert_eq!(locked.code, 3, "{}", locked.stderr);
    assert!(
        locked.stderr.contains("single sign-on is required"),
        "{}",
        locked.stderr
    );

    for out in [
        &no_secret,
        &not_default,
        &enabled,
        &refuse,
        &disabled,
        &again,
        &verified,
        &locked,
    ] {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "the client secret leaked"
        );
    }
}
