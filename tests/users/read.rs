//! `user list` and `user show`.

use serde_json::json;

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn list_shows_the_current_workspace_with_roles_and_status() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t.run(&["user", "list", "-o", "json"]).ok().json();
    let rows = v.as_array().expect("array");
    let emails: Vec<&str> = rows
        .iter()
        .map(|r| r["email"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        emails,
        [demo::SUPERADMIN, demo::ADMIN, demo::OBSERVER, demo::PENDING]
    );
    let pending = &rows[3];
    assert_eq!(pending["workspace"], "Acme Corp");
    assert_eq!(pending["roles"], json!(["User"]));
    assert_eq!(pending["status"], "pending");
    assert_eq!(rows[0]["roles"], json!(["SuperAdmin"]));
    // The filter takes any case; the output keeps emnify's names.
    let admins = t
        .run(&["user", "list", "--role", "ADMINISTRATOR", "-o", "json"])
        .ok()
        .json();
    assert_eq!(admins[0]["email"], demo::ADMIN);
    assert_eq!(admins[0]["roles"], json!(["Administrator"]));

    let table = t.run(&["user", "list"]).ok().stdout.clone();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "EMAIL", "NAME", "ROLES", "STATUS"]
    );
    assert!(
        lines[4].starts_with("7") && lines[4].ends_with("pending"),
        "{table}"
    );
}

#[test]
fn list_across_workspaces_with_filters() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t
        .run(&[
            "user",
            "list",
            "--all-workspaces",
            "--role",
            "Administrator",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let got: Vec<(String, String)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            (
                r["workspace"].as_str().unwrap_or("").into(),
                r["email"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("Acme Corp", demo::ADMIN),
        ("Acme EU", demo::EU_ADMIN),
        ("Acme EU", demo::CONTRACTOR),
        ("Acme Sandbox", demo::SUSPENDED_ADMIN),
    ]
    .iter()
    .map(|(w, e)| (w.to_string(), e.to_string()))
    .collect();
    assert_eq!(got, want);

    let out = t
        .run(&[
            "user",
            "list",
            "-A",
            "--status",
            "suspended",
            "--search",
            "SID",
        ])
        .ok()
        .clone();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].starts_with("WORKSPACE"), "{out}");
    assert!(
        lines[1].starts_with("Acme Sandbox") && lines[1].contains(demo::SUSPENDED_ADMIN),
        "{out}"
    );

    let csv = t
        .run(&["user", "list", "--search", "olga", "-o", "csv"])
        .ok()
        .stdout
        .clone();
    assert_eq!(
        csv,
        "workspace,id,email,name,roles,status\nAcme Corp,5,observer@acme.example,Olga Observer,Observer,active\n"
    );

    t.run(&["user", "list", "--role", "owner"])
        .code(2)
        .stderr_has("unknown role `owner`");
    // Nobody matches: an empty list, exit 0.
    assert_eq!(
        t.run(&["user", "list", "--search", "nobody", "-o", "json"])
            .ok()
            .json(),
        json!([])
    );
}

#[test]
fn an_observer_cannot_list_users() {
    let t = TestEnv::new();
    t.login(demo::OBSERVER).ok();
    t.run(&["user", "list"])
        .code(4)
        .stderr_has("you cannot manage users in \"Acme Corp\"")
        .stderr_has("only Administrators");
}

#[test]
fn show_gives_profile_default_and_access_per_workspace() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t
        .run(&["user", "show", demo::CONTRACTOR, "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["email"], demo::CONTRACTOR);
    assert_eq!(v["name"], "Carl Contractor");
    assert_eq!(v["default_workspace"]["name"], "Acme Sandbox");
    let ws: Vec<(String, serde_json::Value, String)> = v["workspaces"]
        .as_array()
        .expect("array")
        .iter()
        .map(|w| {
            (
                w["name"].as_str().unwrap_or("").into(),
                w["roles"].clone(),
                w["status"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(
        ws,
        vec![
            (
                "Acme Sandbox".to_string(),
                json!(["User"]),
                "active".to_string()
            ),
            (
                "Acme EU".to_string(),
                json!(["Administrator"]),
                "active".to_string()
            ),
        ]
    );
    // By id, as a table.
    let id = v["id"].to_string();
    let out = t.run(&["user", "show", &id]).ok().clone();
    out.stdout_has("Carl Contractor")
        .stdout_has("default workspace  Acme Sandbox (1003)");
}

#[test]
fn show_of_an_unknown_user_is_not_found() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["user", "show", "nobody@acme.example"])
        .code(5)
        .stderr_has("no user `nobody@acme.example` in any Workspace you manage")
        .stderr_has("emnify user invite");
}

#[test]
fn list_follows_every_page_of_a_large_workspace() {
    use emnify::emulator::rules::{ROLE_OBSERVER, STATUS_ACTIVE};
    use emnify::emulator::store;

    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    // 250 more users in Acme Corp, straight into the store: 254 in all, three pages of 100.
    t.emu()
        .store()
        .write(|c| {
            for i in 0..250 {
                let id = store::insert_user(
                    c,
                    &format!("bulk{i:03}@acme.example"),
                    &format!("Bulk {i}"),
                    None,
                    0,
                    false,
                    None,
                    None,
                    Some(demo::ACME_CORP),
                )?;
                store::insert_membership(c, id, demo::ACME_CORP, ROLE_OBSERVER, STATUS_ACTIVE, 0)?;
            }
            Ok(())
        })
        .expect("seeded");
    t.emu().reset_metrics();
    let v = t.run(&["user", "list", "-o", "json"]).ok().json();
    let rows = v.as_array().expect("array");
    assert_eq!(rows.len(), 254);
    let mut emails: Vec<&str> = rows.iter().filter_map(|r| r["email"].as_str()).collect();
    emails.sort_unstable();
    emails.dedup();
    assert_eq!(emails.len(), 254, "no user listed twice");
    assert_eq!(t.count("GET /api/v1/user"), 3);
}
