//! `profile list|use|show|delete` and `--profile`.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn profiles_side_by_side() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.cmd(&[
        "--profile",
        "globex",
        "auth",
        "login",
        "-u",
        demo::OPS,
        "--password-stdin",
    ])
    .stdin("emnify-demo\n")
    .go()
    .ok();
    let v = t.run(&["profile", "list", "-o", "json"]).ok().json();
    let names: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["default", "globex"]);
    assert_eq!(v[0]["active"], true);

    let v = t
        .run(&["-p", "globex", "workspace", "current", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["id"], demo::GLOBEX);
    t.run(&["profile", "use", "globex"]).ok();
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    assert_eq!(v["username"], demo::OPS);
    t.run(&["profile", "use", "globx"])
        .code(5)
        .stderr_has("did you mean `globex`");

    t.run(&["profile", "delete", "default"])
        .code(2)
        .stderr_has("--yes");
    t.run(&["profile", "delete", "default", "--yes"]).ok();
    let v = t.run(&["profile", "show", "-o", "json"]).ok().json();
    assert_eq!(v["name"], "globex");
    t.run(&["-p", "default", "workspace", "list"]).code(3);
    t.run(&["-p", "../etc", "workspace", "list"]).code(2);
}

#[test]
fn concurrent_switches_in_two_profiles_keep_the_file_valid() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.cmd(&[
        "-p",
        "b",
        "auth",
        "login",
        "-u",
        demo::CONTRACTOR,
        "--password-stdin",
    ])
    .stdin("emnify-demo\n")
    .go()
    .ok();
    std::thread::scope(|s| {
        let a = s.spawn(|| {
            for w in ["Acme EU", "Acme Sandbox", "Acme Corp"] {
                t.run(&["switch", w]).ok();
            }
        });
        let b = s.spawn(|| {
            for w in ["Acme EU", "Acme Sandbox"] {
                t.run(&["-p", "b", "switch", w]).ok();
            }
        });
        a.join().expect("a");
        b.join().expect("b");
    });
    let a = t.run(&["workspace", "current", "-o", "json"]).ok().json();
    let b = t
        .run(&["-p", "b", "workspace", "current", "-o", "json"])
        .ok()
        .json();
    assert_eq!(a["id"], demo::ACME_CORP);
    assert_eq!(b["id"], demo::ACME_SANDBOX);
}

#[test]
fn a_broken_profile_file_stops_commands_with_a_hint_but_not_completion() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    std::fs::write(t.profile_file(), "garbage = [\n").expect("write");
    t.run(&["workspace", "list"])
        .code(2)
        .stderr_has("is not a valid profile file")
        .stderr_has("line 1");
    let out = t.run(&["completion", "bash"]).ok().stdout.clone();
    assert!(out.contains("_emnify()"), "{out}");
    // The file is left as it was: nothing rewrote it.
    assert_eq!(t.profile_text(), "garbage = [\n");
    // Not even text: the same exit code and hint.
    std::fs::write(t.profile_file(), b"\xff\xfe[profiles]\n").expect("write");
    t.run(&["workspace", "list"])
        .code(2)
        .stderr_has("fix or remove");
}

#[test]
fn logging_out_of_the_embedded_emulator_is_a_quiet_no_op() {
    let t = TestEnv::new();
    let out = t.run(&["--emulator", "auth", "logout"]);
    out.ok().stderr_has("Nothing to log out of");
    let quiet = t.run(&["-q", "--emulator", "auth", "logout"]);
    assert!(quiet.ok().stderr.is_empty(), "{}", quiet.stderr);
}
