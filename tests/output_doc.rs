//! `docs/output.md` is the output contract for scripts. This runs each documented command against
//! the emulator and checks that its JSON fields and CSV columns are exactly the documented ones:
//! a field added, renamed or dropped without updating the page fails here.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{demo_data as demo, TestEnv};
use serde_json::Value;

/// One `### \`command\`` section of the page: its field table and its first `CSV columns:` line.
#[derive(Debug, Default)]
struct Section {
    fields: Vec<String>,
    csv: Option<String>,
}

fn sections() -> BTreeMap<String, Section> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/output.md"))
        .expect("docs/output.md");
    let mut out: BTreeMap<String, Section> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            current = between_backticks(heading).map(str::to_string);
            if let Some(name) = &current {
                out.entry(name.clone()).or_default();
            }
            continue;
        }
        if line.starts_with("## ") {
            current = None;
            continue;
        }
        let Some(section) = current.as_ref().and_then(|c| out.get_mut(c)) else {
            continue;
        };
        if let Some(row) = line.strip_prefix("| `") {
            if let Some(field) = row.split('`').next() {
                section.fields.push(field.to_string());
            }
        } else if let Some(rest) = line.strip_prefix("CSV columns: ") {
            if section.csv.is_none() {
                section.csv = between_backticks(rest).map(str::to_string);
            }
        }
    }
    out
}

fn between_backticks(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .cloned()
        .collect()
}

/// Run `args` as JSON and CSV and compare with the section `doc` of the page (fields taken from
/// `fields_from` when the section refers to another one's table).
#[track_caller]
fn check(t: &TestEnv, doc: &str, fields_from: &str, drop: &[&str], args: &[&str]) {
    check_with(t, doc, fields_from, drop, args, &[]);
}

#[track_caller]
fn check_with(
    t: &TestEnv,
    doc: &str,
    fields_from: &str,
    drop: &[&str],
    args: &[&str],
    vars: &[(&str, &str)],
) {
    let run = |format: &str| {
        let mut cmd = t.cmd(&[args, &["--output", format]].concat());
        for (k, v) in vars {
            cmd = cmd.env(k, v);
        }
        cmd.go()
    };
    let pages = sections();
    let section = pages
        .get(doc)
        .unwrap_or_else(|| panic!("docs/output.md has no section `{doc}`"));
    let mut documented: BTreeSet<String> = pages[fields_from].fields.iter().cloned().collect();
    for d in drop {
        documented.remove(*d);
    }
    assert!(!documented.is_empty(), "no fields documented for `{doc}`");

    let json = run("json").ok().json();
    let objects: Vec<&Value> = match &json {
        Value::Array(items) => {
            assert!(!items.is_empty(), "`{doc}` printed [] — nothing to compare");
            items.iter().collect()
        }
        other => vec![other],
    };
    for obj in objects {
        assert_eq!(
            keys(obj),
            documented,
            "JSON fields of `{doc}` differ from docs/output.md"
        );
    }

    let csv_doc = section
        .csv
        .as_deref()
        .unwrap_or_else(|| panic!("no `CSV columns:` line for `{doc}`"));
    let csv = run("csv").ok().stdout.clone();
    let header = csv.lines().next().unwrap_or_default();
    assert_eq!(
        header, csv_doc,
        "CSV columns of `{doc}` differ from docs/output.md"
    );
}

#[test]
fn documented_fields_and_columns_match_the_real_output() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();

    check(
        &t,
        "workspace list",
        "workspace list",
        &[],
        &["workspace", "list"],
    );
    check(
        &t,
        "workspace show",
        "workspace list",
        &[],
        &["workspace", "show"],
    );
    check(
        &t,
        "workspace current",
        "workspace current",
        &[],
        &["workspace", "current"],
    );
    check(
        &t,
        "workspace stats",
        "workspace stats",
        &[],
        &[
            "workspace",
            "stats",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-03",
        ],
    );
    check(&t, "auth status", "auth status", &[], &["auth", "status"]);
    check(
        &t,
        "profile list",
        "profile list",
        &[],
        &["profile", "list"],
    );
    check(
        &t,
        "profile show",
        "profile list",
        &[],
        &["profile", "show"],
    );
    check(&t, "audit", "audit", &[], &["audit"]);
    check(&t, "link show", "link show", &[], &["link", "show"]);
    check(
        &t,
        "link unlink --dry-run",
        "link unlink --dry-run",
        &[],
        &["link", "unlink", "--dry-run", "--workspace", "1002"],
    );
    check(
        &t,
        "sso check",
        "sso check",
        &[],
        &["sso", "check", demo::CONTRACTOR],
    );

    check(&t, "user list", "user list", &[], &["user", "list"]);
    check(
        &t,
        "user show",
        "user show",
        &[],
        &["user", "show", demo::CONTRACTOR],
    );

    // SSO active and the users listable: `users` is an array and the CSV lists the users.
    let status = t
        .run(&["sso", "status", "--workspace", "1002", "--output", "json"])
        .ok()
        .json();
    assert_eq!(
        keys(&status),
        sections()["sso status"].fields.iter().cloned().collect()
    );
    let users = status["users"].as_array().expect("users listed");
    for u in users {
        assert_eq!(
            keys(u),
            [
                "default_workspace",
                "id",
                "must_use_sso",
                "roles",
                "username"
            ]
            .map(String::from)
            .into()
        );
    }
    let csv = t
        .run(&["sso", "status", "--workspace", "1002", "--output", "csv"])
        .ok()
        .stdout
        .clone();
    assert_eq!(
        csv.lines().next(),
        Some("id,username,roles,default_workspace,must_use_sso"),
        "the users' CSV columns documented under `sso status`"
    );
    // SSO not active: the settings alone, with the documented CSV columns.
    check(&t, "sso status", "sso status", &[], &["sso", "status"]);
}

#[test]
fn documented_request_and_sso_change_outputs_match() {
    let t = TestEnv::new();
    // Room in the Acme link group for one more Workspace, as after an upgrade.
    t.emu()
        .store()
        .write(|c| {
            c.execute(
                "UPDATE organisation SET workspace_limit = 5 WHERE id = 1001",
                [],
            )?;
            // Linking Globex needs the Administrator role there (the demo has Observer).
            c.execute(
                "UPDATE membership SET roles = 2 WHERE user_id = 1 AND org_id = 2001",
                [],
            )?;
            Ok(())
        })
        .expect("limit raised");
    t.login(demo::SUPERADMIN).ok();
    check(
        &t,
        "workspace request",
        "workspace request",
        &[],
        &[
            "workspace",
            "request",
            "--contact-email",
            "ops@acme.example",
            "--name",
            "Acme APAC",
        ],
    );
    check(
        &t,
        "workspace request",
        "workspace request",
        &[],
        &[
            "link",
            "request",
            "--contact-email",
            "ops@acme.example",
            "--workspace-ids",
            "2001",
        ],
    );

    // Each invitation can run once: JSON for one person, CSV for another.
    let pages = sections();
    let invited = t
        .run(&[
            "user",
            "invite",
            "new-one@acme.example",
            "--name",
            "New One",
            "--role",
            "user",
            "--output",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(
        keys(&invited),
        pages["user invite"].fields.iter().cloned().collect()
    );
    let csv = t
        .run(&[
            "user",
            "invite",
            "new-two@acme.example",
            "--name",
            "New Two",
            "--role",
            "user",
            "--output",
            "csv",
        ])
        .ok()
        .stdout
        .clone();
    assert_eq!(csv.lines().next(), pages["user invite"].csv.as_deref());

    // An access file that changes one role: the dry run's JSON has the documented shape.
    let file = t.home.path().join("access.yaml");
    let export = t.run(&["user", "export"]).ok().stdout.clone();
    let changed = export.replacen("Acme Corp: administrator", "Acme Corp: observer", 1);
    assert_ne!(
        changed, export,
        "the export names admin@ as Administrator of Acme Corp"
    );
    std::fs::write(&file, changed).expect("write access file");
    let file = file.to_str().expect("utf-8 path");
    let plan = t
        .run(&[
            "user",
            "apply",
            "--file",
            file,
            "--dry-run",
            "--output",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(
        keys(&plan),
        pages["user apply"].fields.iter().cloned().collect()
    );
    assert_eq!(
        keys(&plan["plan"]),
        [
            "actions",
            "conflicts",
            "managed",
            "notes",
            "prune",
            "summary"
        ]
        .map(String::from)
        .into()
    );
    assert!(plan["report"].is_null());

    // Globex's Administrator changes SSO of their default Workspace.
    let t = TestEnv::new();
    t.login(demo::OPS).ok();
    let secret = "globex-sso-client-secret";
    t.add_secret(secret);
    check_with(
        &t,
        "sso enable",
        "sso status",
        &["users"],
        &[
            "sso",
            "enable",
            "--provider",
            "google",
            "--client-id",
            "globex-portal",
        ],
        &[("EMNIFY_SSO_CLIENT_SECRET", secret)],
    );
}
