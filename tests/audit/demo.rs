//! The demo data: the planted findings, and nothing else.

use super::harness::*;

fn ids(env: &Env) -> [i64; 5] {
    [
        env.user_id("contractor@acme.example"),
        env.user_id("observer@acme.example"),
        env.user_id("suspended-admin@acme.example"),
        env.user_id("pending@acme.example"),
        env.user_id(SUPERADMIN),
    ]
}

#[test]
fn demo_audit_reports_the_planted_findings_and_nothing_else() {
    let env = start();
    let out = env.run(&["audit", "--output", "json"]);
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    let report = out.json();
    assert_valid(&report);

    let [contractor, observer, suspended, pending, superadmin] = ids(&env);
    let s = |c: &str| c.to_string();
    let mut want = vec![
        (
            s("PASSWORD_LOGIN_INTO_SSO_WORKSPACE"),
            Some(ACME_EU),
            Some(contractor),
        ),
        // observer@'s default is Acme Corp (no SSO): a true finding the demo data implies
        (
            s("PASSWORD_LOGIN_INTO_SSO_WORKSPACE"),
            Some(ACME_EU),
            Some(observer),
        ),
        (s("NO_ACTIVE_ADMINISTRATOR"), Some(ACME_SANDBOX), None),
        (
            s("SUSPENDED_ADMINISTRATOR"),
            Some(ACME_SANDBOX),
            Some(suspended),
        ),
        (s("STALE_INVITATION"), Some(ACME_CORP), Some(pending)),
    ];
    want.sort();
    assert_eq!(findings(&report), want);

    assert_eq!(report["summary"]["users"], 7);
    assert_eq!(report["summary"]["audited_workspaces"], 3);
    assert_eq!(report["superadmin"]["id"], superadmin);
    assert_eq!(report["main_organisation"]["id"], ACME_CORP);
    let globex = report["workspaces"]
        .as_array()
        .expect("workspaces")
        .iter()
        .find(|w| w["id"] == GLOBEX)
        .expect("Globex is listed");
    assert_eq!(globex["coverage"]["status"], "not_auditable");
    assert_eq!(
        globex["coverage"]["reason"],
        "Observer: emnify lets only Administrators list users"
    );
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 11);
    assert!(rows.iter().all(|r| r["workspace"]["id"] != GLOBEX));
    let eu_admin = rows
        .iter()
        .find(|r| r["user"]["username"] == "eu-admin@acme.example")
        .expect("eu-admin row");
    assert_eq!(eu_admin["login_method"], "sso");
    // the summary and what was not checked go to stderr, never into the JSON
    assert!(
        out.stderr.contains("audited 3 of 4 Workspaces: 7 users"),
        "{}",
        out.stderr
    );
    assert!(out
        .stderr
        .contains("Globex Logistics (2001) was not audited"));
}

#[test]
fn table_csv_and_markdown_show_the_same_rows() {
    let env = start();
    let table = env.run(&["audit"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.starts_with("WORKSPACE_ID"), "{}", table.stdout);
    assert!(table.stdout.contains("PASSWORD_LOGIN_INTO_SSO_WORKSPACE"));

    let csv = env.run(&["audit", "--output", "csv"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(lines.len(), 12, "{}", csv.stdout);
    assert_eq!(
        lines[0],
        "workspace_id,workspace,user_id,username,name,roles,status,default_workspace,login_method,access"
    );
    let contractor = env.user_id("contractor@acme.example");
    assert!(lines.contains(
        &format!("1002,Acme EU,{contractor},contractor@acme.example,Carl Contractor,Administrator,active,Acme Sandbox,password,granted").as_str()
    ));

    let md = env.run(&["audit", "--output", "markdown"]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(md.stdout.starts_with("# emnify access audit\n"));
    assert!(md.stdout.contains(
        "| high | `PASSWORD_LOGIN_INTO_SSO_WORKSPACE` | Acme EU | contractor@acme.example |"
    ));
    assert!(md.stdout.contains("| Globex Logistics | 2001 | unknown | unknown | no: Observer: emnify lets only Administrators list users | – |"));
    // the output convention: emnify's role names, lowercase statuses
    assert!(
        md.stdout.contains(
            "| Acme Corp | pending@acme.example | User | pending | Acme Corp | password |"
        ),
        "{}",
        md.stdout
    );
    assert!(md.stdout.contains(
        "| Acme Sandbox | suspended-admin@acme.example | Administrator | suspended | Acme Sandbox | password |"
    ));
    assert!(md.stdout.contains(
        "| Acme EU | superadmin@acme.example | SuperAdmin | active | Acme Corp | password |"
    ));
}

#[test]
fn workspace_flag_limits_the_audit() {
    let env = start();
    let out = env.run(&["--workspace", "acme sandbox", "audit", "--output", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = out.json();
    assert_valid(&report);
    let ws: Vec<i64> = report["workspaces"]
        .as_array()
        .expect("ws")
        .iter()
        .filter_map(|w| w["id"].as_i64())
        .collect();
    assert_eq!(ws, vec![ACME_SANDBOX]);
    assert_eq!(report["rows"].as_array().map(Vec::len), Some(3));

    let bad = env.run(&["--workspace", "Nowhere", "audit"]);
    assert_eq!(bad.code, 5, "{}", bad.stderr);
    assert!(
        bad.stderr.contains("no Workspace `Nowhere` among yours"),
        "{}",
        bad.stderr
    );
    assert!(bad.stdout.is_empty());
}

#[test]
fn a_scoped_audit_still_knows_how_users_log_in() {
    let env = start();
    env.emu().reset_metrics();
    let out = env.run(&["--workspace", "Acme EU", "audit", "--output", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = out.json();
    assert_valid(&report);
    let [contractor, observer, _, _, superadmin] = ids(&env);
    assert_eq!(
        findings(&report),
        vec![
            (
                "PASSWORD_LOGIN_INTO_SSO_WORKSPACE".to_string(),
                Some(ACME_EU),
                Some(contractor.min(observer)),
            ),
            (
                "PASSWORD_LOGIN_INTO_SSO_WORKSPACE".to_string(),
                Some(ACME_EU),
                Some(contractor.max(observer)),
            ),
        ]
    );
    let high: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["severity"] == "high")
        .collect();
    assert_eq!(high.len(), 1);
    assert_eq!(high[0]["user"]["id"], contractor);
    let row = |user: i64| {
        report["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["user"]["id"] == user)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(row(contractor)["default_workspace"]["name"], "Acme Sandbox");
    assert_eq!(row(contractor)["login_method"], "password");
    assert_eq!(row(superadmin)["default_workspace"]["name"], "Acme Corp");
    assert_eq!(row(superadmin)["login_method"], "password");
    assert!(report["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .all(|r| r["login_method"] != "unknown"));
    assert!(!out.stderr.contains("cannot see"), "{}", out.stderr);
    // Acme EU's SSO, plus one read per default outside the audit (Acme Corp, Acme Sandbox),
    // with the login's token: no extra switch
    assert_eq!(
        env.t.count("GET /emulator/v1/workspace/{workspace_id}/sso"),
        3
    );
    assert_eq!(env.t.count("POST /api/v1/authenticate/workspace"), 1);
}

#[test]
fn check_mfa_reads_administrators_once_and_flags_those_without_mfa() {
    let env = start();
    env.emu().reset_metrics();
    let out = env.run(&["audit", "--output", "json", "--check-mfa"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = out.json();
    assert_valid(&report);
    let mut without: Vec<i64> = findings(&report)
        .into_iter()
        .filter(|f| f.0 == "ADMINISTRATOR_WITHOUT_MFA")
        .filter_map(|f| f.2)
        .collect();
    without.sort();
    // admin@ has MFA; eu-admin@ logs in with SSO; suspended-admin@ cannot log in
    let mut want = vec![
        env.user_id(SUPERADMIN),
        env.user_id("contractor@acme.example"),
    ];
    want.sort();
    assert_eq!(without, want);
    // who am I, plus one read for each of superadmin@, admin@ and contractor@
    assert_eq!(env.t.count("GET /api/v1/user/{user_id}"), 4);
}

#[test]
fn the_invitation_age_and_administrator_count_thresholds_are_the_callers() {
    let env = start();
    let codes = |args: &[&str]| -> Vec<(String, Option<i64>)> {
        let mut all = vec!["audit", "--output", "json"];
        all.extend_from_slice(args);
        let out = env.run(&all);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let report = out.json();
        assert_valid(&report);
        findings(&report)
            .into_iter()
            .map(|(code, ws, _)| (code, ws))
            .collect()
    };
    let stale = (String::from("STALE_INVITATION"), Some(ACME_CORP));
    let crowded = |ws| (String::from("TOO_MANY_ADMINISTRATORS"), Some(ws));

    // The demo invitation is 30 days old: stale after 14 (the default) or 29 days, not after 31.
    assert!(codes(&[]).contains(&stale));
    assert!(codes(&["--invitation-days", "29"]).contains(&stale));
    assert!(!codes(&["--invitation-days", "31"]).contains(&stale));

    // Acme EU has two active Administrators besides the SuperAdmin: fine by default, too many
    // for a threshold of one.
    assert!(!codes(&[]).contains(&crowded(ACME_EU)));
    let strict = codes(&["--admin-threshold", "1"]);
    assert!(strict.contains(&crowded(ACME_EU)), "{strict:?}");
    assert!(!strict.contains(&crowded(ACME_SANDBOX)), "{strict:?}");

    let bad = env.run(&["audit", "--admin-threshold", "many"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}
