//! `--baseline`: change a role, suspend a user, add a user; the drift lists exactly those.

use reqwest::Method;
use serde_json::json;

use super::harness::*;

#[test]
fn drift_lists_exactly_the_changes_made() {
    let env = start();
    let first = env.run(&["audit", "--output", "json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let baseline = env.home().join("baseline.json");
    std::fs::write(&baseline, &first.stdout).expect("baseline written");
    let base = baseline.to_str().expect("utf-8 path");

    // nothing changed yet: no drift, and `--fail-on drift` passes
    let same = env.run(&[
        "audit",
        "--output",
        "json",
        "--baseline",
        base,
        "--fail-on",
        "drift",
    ]);
    assert_eq!(same.code, 0, "{}", same.stderr);
    let drift = &same.json()["drift"];
    assert_eq!(drift["changes"], json!([]));
    assert_eq!(drift["coverage_changes"], json!([]));

    let observer = env.user_id("observer@acme.example");
    let admin = env.user_id("admin@acme.example");
    let corp = env.token(SUPERADMIN, ACME_CORP);
    // role: observer@ becomes User instead of Observer in Acme Corp
    env.call(
        Method::PUT,
        &format!("/api/v2/user/{observer}/workspace/{ACME_CORP}/role/2"),
        Some(&corp),
        None,
    );
    env.call(
        Method::DELETE,
        &format!("/api/v2/user/{observer}/workspace/{ACME_CORP}/role/3"),
        Some(&corp),
        None,
    );
    // status: admin@ suspended in Acme Corp
    env.call(
        Method::PATCH,
        &format!("/api/v2/user/{admin}/workspace/{ACME_CORP}"),
        Some(&corp),
        Some(json!({"status": {"id": 2}})),
    );
    // a new user invited to Acme Sandbox
    let sandbox = env.token(SUPERADMIN, ACME_SANDBOX);
    let invited = env.call(
        Method::POST,
        "/api/v2/user/invitation",
        Some(&sandbox),
        Some(json!({"username": "new@acme.example", "name": "Nina New",
                        "organisation": {"id": ACME_SANDBOX}, "roles": [{"id": 2}]})),
    );
    let new_id = invited["id"].as_i64().expect("new user id");

    let out = env.run(&[
        "audit",
        "--output",
        "json",
        "--baseline",
        base,
        "--fail-on",
        "drift",
    ]);
    assert_eq!(
        out.code, 10,
        "drift must fail the check; stderr: {}",
        out.stderr
    );
    // Globex is not auditable, but that is not why this gate failed: no hint about it.
    assert!(!out.stderr.contains("--workspace A,B"), "{}", out.stderr);
    let report = out.json();
    assert_valid(&report);
    let changes: Vec<(String, i64, i64, Vec<String>)> = report["drift"]["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().expect("kind").to_string(),
                c["workspace"]["id"].as_i64().expect("ws"),
                c["user"]["id"].as_i64().expect("user"),
                c["fields"]
                    .as_array()
                    .expect("fields")
                    .iter()
                    .map(|f| f.as_str().unwrap_or("").to_string())
                    .collect(),
            )
        })
        .collect();
    let mut want = vec![
        (
            "changed".to_string(),
            ACME_CORP,
            admin,
            vec!["status".to_string()],
        ),
        (
            "changed".to_string(),
            ACME_CORP,
            observer,
            vec!["role".to_string()],
        ),
        ("gained".to_string(), ACME_SANDBOX, new_id, vec![]),
    ];
    want.sort_by_key(|c| (c.1, c.2));
    assert_eq!(changes, want);
    let role_change = &report["drift"]["changes"][if admin < observer { 1 } else { 0 }];
    assert_eq!(role_change["before"]["roles"], "Observer");
    assert_eq!(role_change["after"]["roles"], "User");
    assert_eq!(report["drift"]["coverage_changes"], json!([]));
    assert!(
        out.stderr
            .contains("drift since the baseline: 3 access change(s)"),
        "{}",
        out.stderr
    );

    // the Markdown report carries the same changes for a ticket
    let md = env.run(&["audit", "--output", "markdown", "--baseline", base]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout.contains(
            "| gained | Acme Sandbox | new@acme.example | – | User / pending / password |"
        ),
        "{}",
        md.stdout
    );
    assert!(md.stdout.contains("| changed (status) | Acme Corp | admin@acme.example | Administrator / active / password | Administrator / suspended / password |"));
}

#[test]
fn a_baseline_with_emnifys_upper_case_statuses_still_compares() {
    let env = start();
    let first = env.run(&["audit", "--output", "json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains("\"status\": \"pending\""),
        "{}",
        first.stdout
    );
    // what reports said before the output convention
    let old = first
        .stdout
        .replace("\"status\": \"active\"", "\"status\": \"ACTIVE\"")
        .replace(
            "\"status\": \"pending\"",
            "\"status\": \"ACTIVATION_PENDING\"",
        )
        .replace("\"status\": \"suspended\"", "\"status\": \"SUSPENDED\"");
    assert!(old.contains("ACTIVATION_PENDING"));
    let baseline = env.home().join("old-baseline.json");
    std::fs::write(&baseline, old).expect("baseline written");
    let out = env.run(&[
        "audit",
        "--output",
        "json",
        "--baseline",
        baseline.to_str().expect("utf-8 path"),
        "--fail-on",
        "drift",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["drift"]["changes"], json!([]));
}
