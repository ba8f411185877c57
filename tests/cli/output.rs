//! Output formats and streams: table, json and csv carry the same rows; data only on stdout.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn every_format_of_workspace_list_has_the_same_rows() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let json = t.run(&["workspace", "list", "-o", "json"]).ok().json();
    let items = json.as_array().expect("array").clone();
    assert_eq!(items.len(), 4);

    let csv_out = t
        .run(&["workspace", "list", "-o", "csv"])
        .ok()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("headers")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        headers,
        ["id", "name", "roles", "status", "default", "current"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), items.len());
    for (row, item) in rows.iter().zip(&items) {
        assert_eq!(row[0], item["id"].to_string());
        assert_eq!(&row[1], item["name"].as_str().expect("name"));
    }

    // Piped (not a TTY): no truncation even when COLUMNS is tiny.
    let table = t
        .cmd(&["workspace", "list"])
        .env("COLUMNS", "20")
        .go()
        .ok()
        .stdout
        .clone();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), items.len() + 1, "{table}");
    assert!(lines[0].starts_with("ID") && lines[0].contains("ROLES"));
    for item in &items {
        let name = item["name"].as_str().expect("name");
        assert!(
            table
                .lines()
                .any(|l| l.contains(name) && l.contains("SuperAdmin")
                    || l.contains(name) && l.contains("Observer")),
            "{table}"
        );
    }
    let wide = t
        .cmd(&["workspace", "list"])
        .env("COLUMNS", "200")
        .go()
        .ok()
        .stdout
        .clone();
    assert_eq!(
        table, wide,
        "the terminal width does not change piped content"
    );
    let env_json = t
        .cmd(&["workspace", "list"])
        .env("EMNIFY_OUTPUT", "json")
        .go()
        .ok()
        .json();
    assert_eq!(env_json, json);
}

#[test]
fn verbose_logs_go_to_stderr_only_and_json_stays_clean() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let out = t.run(&["-vv", "workspace", "list", "-o", "json", "-w", "Acme EU"]);
    out.ok().stderr_has("/api/v2/user/");
    serde_json::from_str::<serde_json::Value>(&out.stdout).expect("stdout is pure JSON");
    assert!(!out.stderr.contains("Bearer"), "{out}");
}

#[test]
fn empty_lists_are_empty_json_arrays_and_help_lists_exit_codes() {
    let t = TestEnv::new();
    let v = t.run(&["profile", "list", "-o", "json"]).ok().json();
    assert_eq!(v, serde_json::json!([]));
    let help = t.run(&["--help"]).ok().stdout.clone();
    for code in [
        "  0  success",
        "  3  authentication",
        "  4  permission",
        "  5  not found",
    ] {
        assert!(help.contains(code), "{help}");
    }
    t.run(&["no-such-command"]).code(2);
}

#[test]
fn the_embedded_emulator_needs_no_login() {
    let t = TestEnv::new();
    let out = t
        .cmd(&["--emulator", "workspace", "list"])
        .without("EMNIFY_API_URL")
        .go();
    out.ok()
        .stdout_has("Acme Corp")
        .stdout_has("Globex Logistics");
    assert!(
        t.data_dir().join("emulator.db").exists(),
        "persistent database in the data dir"
    );
    t.cmd(&["--emulator", "switch", "Acme EU"])
        .without("EMNIFY_API_URL")
        .go()
        .ok();
    let v = t
        .cmd(&["--emulator", "workspace", "current", "-o", "json"])
        .without("EMNIFY_API_URL")
        .go()
        .ok()
        .json();
    assert_eq!(v["id"], demo::ACME_EU);
    assert!(
        t.profile_text().contains("[profiles.emulator]")
            && t.profile_text().contains("api_url = \"embedded\"")
    );
    assert!(
        !t.credentials_file().exists(),
        "demo credentials never stored"
    );
}

#[test]
fn colour_follows_color_and_no_color() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let plain = t.run(&["workspace", "list"]).ok().stdout.clone();
    assert!(!plain.contains('\u{1b}'), "piped with NO_COLOR: no escapes");
    let auto = t
        .cmd(&["workspace", "list"])
        .without("NO_COLOR")
        .go()
        .ok()
        .stdout
        .clone();
    assert!(
        !auto.contains('\u{1b}'),
        "piped: no escapes even without NO_COLOR"
    );
    let forced = t
        .run(&["workspace", "list", "--color", "always"])
        .ok()
        .stdout
        .clone();
    assert!(forced.contains('\u{1b}'), "--color always colours");
    let strip: String = forced.replace("\u{1b}[1m", "").replace("\u{1b}[0m", "");
    assert_eq!(
        strip.split_whitespace().collect::<Vec<_>>(),
        plain.split_whitespace().collect::<Vec<_>>(),
        "same content"
    );
    let never = t
        .run(&["workspace", "list", "--color", "never"])
        .ok()
        .stdout
        .clone();
    assert_eq!(never, plain);
}

#[test]
fn control_characters_in_server_names_are_escaped_outside_json() {
    let t = TestEnv::new();
    // The emulator refuses such names over HTTP; a real server might not, so plant one.
    let evil = "Evil\nRow \u{1b}[31mred";
    t.emu()
        .store()
        .write(|c| {
            c.execute(
                "UPDATE user SET name = ?1 WHERE username = ?2",
                [evil, demo::OBSERVER],
            )?;
            Ok(())
        })
        .expect("plant name");
    t.login(demo::SUPERADMIN).ok();
    let plain = t.run(&["user", "list"]).ok().stdout.clone();
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    assert!(plain.contains(r"Evil\nRow \u{1b}[31mred"), "{plain}");
    let observer_lines = plain.lines().filter(|l| l.contains("Evil")).count();
    assert_eq!(observer_lines, 1, "{plain}");
    assert!(!plain.lines().any(|l| l.starts_with("Row ")), "{plain}");

    for format in ["csv", "markdown"] {
        let out = t.run(&["user", "list", "-o", format]).ok().stdout.clone();
        assert!(!out.contains('\u{1b}'), "{format}: {out:?}");
        assert!(out.contains(r"Evil\nRow \u{1b}[31mred"), "{format}: {out}");
    }
    // JSON stays exact.
    let json = t.run(&["user", "list", "-o", "json"]).ok().json();
    let names: Vec<_> = json
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["name"].as_str())
        .collect();
    assert!(names.contains(&evil), "{names:?}");
}

#[test]
fn control_characters_in_server_names_never_reach_stderr_raw() {
    let t = TestEnv::new();
    let evil = "EU\u{1b}]0;owned\u{7}\u{1b}[2J";
    t.emu()
        .store()
        .write(|c| {
            c.execute(
                "UPDATE organisation SET name = ?1 WHERE id = ?2",
                rusqlite::params![evil, demo::ACME_EU],
            )?;
            Ok(())
        })
        .expect("plant name");
    t.login(demo::SUPERADMIN).ok();
    let id = demo::ACME_EU.to_string();
    let switched = t.run(&["switch", &id]).ok().stderr.clone();
    assert!(switched.contains(r"EU\u{1b}]0;owned"), "{switched}");
    // Errors quote names too: an unknown name near the evil one, and a refusal in it.
    let missing = t.run(&["switch", "EU]0"]).stderr.clone();
    for text in [&switched, &missing] {
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
    }
}
