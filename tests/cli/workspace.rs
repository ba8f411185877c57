//! `workspace list|show|current|set-default|stats` and `--workspace`.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn list_shows_every_workspace_of_the_superadmin_with_roles() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t.run(&["workspace", "list", "-o", "json"]).ok().json();
    let items = v.as_array().expect("array");
    let names: Vec<&str> = items
        .iter()
        .map(|i| i["name"].as_str().unwrap_or(""))
        .collect();
    for expected in ["Acme Corp", "Acme EU", "Acme Sandbox", "Globex Logistics"] {
        assert!(names.contains(&expected), "{names:?}");
    }
    let corp = items
        .iter()
        .find(|i| i["id"] == demo::ACME_CORP)
        .expect("Acme Corp");
    assert_eq!(corp["roles"], serde_json::json!(["SuperAdmin"]));
    assert_eq!(corp["status"], "active");
    assert_eq!(corp["default"], true);
    assert_eq!(corp["current"], true);
    let globex = items
        .iter()
        .find(|i| i["id"] == demo::GLOBEX)
        .expect("Globex");
    assert_eq!(globex["roles"], serde_json::json!(["Observer"]));
    assert_eq!(globex["current"], false);
    // Exactly the documented keys.
    let mut keys: Vec<&str> = corp
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        ["current", "default", "id", "name", "roles", "status"]
    );
}

#[test]
fn the_workspace_flag_targets_one_command_and_leaves_the_profile_alone() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = t.profile_text();
    let v = t
        .run(&[
            "workspace",
            "current",
            "--workspace",
            "acme eu",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["id"], demo::ACME_EU);
    assert_eq!(v["source"], "flag");
    let v = t
        .run(&["workspace", "list", "-w", "Acme Sandbox", "-o", "json"])
        .ok()
        .json();
    let current: Vec<i64> = v
        .as_array()
        .expect("array")
        .iter()
        .filter(|i| i["current"] == true)
        .map(|i| i["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(current, [demo::ACME_SANDBOX]);
    assert_eq!(
        t.profile_text(),
        before,
        "--workspace must not write the profile"
    );
    let v = t.run(&["workspace", "current", "-o", "json"]).ok().json();
    assert_eq!(v["id"], demo::ACME_CORP);
}

#[test]
fn read_only_commands_never_write_the_profile_file() {
    let t = TestEnv::new();
    // The embedded emulator without any profile: nothing may be created.
    t.cmd(&["--emulator", "workspace", "list"])
        .without("EMNIFY_API_URL")
        .go()
        .ok();
    assert!(
        !t.profile_file().exists(),
        "read-only run created {}",
        t.profile_file().display()
    );
    t.login(demo::CONTRACTOR).ok();
    let before = std::fs::read(t.profile_file()).expect("profile");
    let mtime = std::fs::metadata(t.profile_file())
        .and_then(|m| m.modified())
        .expect("mtime");
    for args in [
        &["workspace", "list"][..],
        &["workspace", "show"],
        &["workspace", "current"],
        &["auth", "status"],
        &["profile", "list"],
        &["profile", "show"],
    ] {
        t.run(args).ok();
    }
    assert_eq!(std::fs::read(t.profile_file()).expect("profile"), before);
    assert_eq!(
        std::fs::metadata(t.profile_file())
            .and_then(|m| m.modified())
            .expect("mtime"),
        mtime
    );
}

#[test]
fn show_stats_and_set_default() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t
        .run(&["workspace", "show", "globex", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["id"], demo::GLOBEX);
    assert_eq!(v["roles"], serde_json::json!(["Observer"]));

    let v = t
        .run(&[
            "workspace",
            "stats",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-03",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let rows = v.as_array().expect("array");
    assert!(rows.iter().any(|r| r["date"] == "total"), "{v}");
    assert!(
        rows.iter().all(|r| r["workspace_id"] == demo::ACME_CORP),
        "{v}"
    );
    t.run(&[
        "workspace",
        "stats",
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
    ])
    .code(2);
    t.run(&["workspace", "stats", "--from", "yesterday"])
        .code(2);

    t.run(&["workspace", "set-default", "Acme EU"])
        .ok()
        .stderr_has("Acme EU");
    t.run(&["workspace", "set-default", "Acme EU"])
        .ok()
        .stderr_has("already");
    let v = t.run(&["workspace", "list", "-o", "json"]).ok().json();
    let eu = v
        .as_array()
        .expect("array")
        .iter()
        .find(|i| i["id"] == demo::ACME_EU)
        .cloned()
        .expect("eu");
    assert_eq!(eu["default"], true);
}

#[test]
fn parallel_embedded_emulator_runs_share_one_database_without_errors() {
    let t = TestEnv::new();
    // A fresh database file: every process races to create it and load the demo data, then
    // each logs in (a write) and switches (more writes) on the same file.
    let outs: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let t = &t;
                s.spawn(move || {
                    let args: &[&str] = if i % 2 == 0 {
                        &["--emulator", "switch", "Acme EU"]
                    } else {
                        &["--emulator", "workspace", "list"]
                    };
                    t.cmd(args).without("EMNIFY_API_URL").go()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .collect()
    });
    for out in &outs {
        out.ok();
        assert!(!out.stderr.contains("locked"), "{out}");
    }
    let v = t
        .cmd(&["--emulator", "workspace", "list", "-o", "json"])
        .without("EMNIFY_API_URL")
        .go()
        .ok()
        .json();
    // The demo data was loaded once, not once per process.
    let names: Vec<_> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|w| w["name"].as_str().unwrap_or_default().to_string())
        .collect();
    let mut dedup = names.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(names.len(), dedup.len(), "{names:?}");
}

#[test]
fn list_follows_the_pages_of_a_user_in_more_workspaces_than_one_page_holds() {
    use emnify::emulator::rules::{ROLE_OBSERVER, STATUS_ACTIVE};
    use emnify::emulator::store;
    let t = TestEnv::new();
    let now = chrono::Utc::now().timestamp();
    t.emu()
        .store()
        .write(|c| {
            let me = store::user_by_name(c, demo::OBSERVER)?
                .expect("observer")
                .id;
            for i in 0..130 {
                let org = store::insert_org(c, &format!("Fleet {i:03}"), now, false, 3)?;
                store::insert_membership(c, me, org, ROLE_OBSERVER, STATUS_ACTIVE, now)?;
            }
            Ok(())
        })
        .expect("seed");
    t.login(demo::OBSERVER).ok();
    let v = t.run(&["workspace", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    // The two demo Workspaces plus 130 more: past the emulator's page of 100.
    assert_eq!(names.len(), 132, "{names:?}");
    assert!(names.contains(&"Fleet 129") && names.contains(&"Acme EU"));
}
