//! `user apply` and `user export`: plan, confirm, apply, idempotence, `--prune`, invalid files,
//! a server failure halfway and the re-run that finishes the job.

use std::path::PathBuf;

use emnify::emulator::Knobs;

use crate::common::{demo_data as demo, TestEnv};
use crate::state::{access, default_of, held, roles, snapshot, Held};

fn write(t: &TestEnv, name: &str, text: &str) -> PathBuf {
    let path = t.home.path().join(name);
    std::fs::write(&path, text).expect("write access file");
    path
}

const MIXED: &str = "\
workspaces: [Acme Corp, Acme EU, Acme Sandbox]
users:
  - email: admin@acme.example
    name: Ada Admin
    access:
      Acme Corp: administrator
  - email: observer@acme.example
    name: Olga Observer
    access:
      Acme Corp: user
      Acme EU: { role: observer, status: suspended }
  - email: contractor@acme.example
    name: Carl Contractor
    access:
      Acme Sandbox: user
      Acme EU: administrator
  - email: suspended-admin@acme.example
    name: Sid Suspended
    access:
      Acme Sandbox: administrator
  - email: eu-admin@acme.example
    name: Eva Europa
    access:
      Acme EU: administrator
      Acme Corp: observer
  - email: pending@acme.example
    name: Pat Pending
    access:
      Acme Corp: { role: user, status: pending }
  - email: new@acme.example
    name: New Person
    access:
      Acme Sandbox: observer
";

#[test]
fn plan_apply_and_apply_again_plans_nothing() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let file = write(&t, "access.yaml", MIXED);
    let f = file.to_str().expect("utf-8 path");
    let before = snapshot(&t);

    let dry = t.run(&["user", "apply", "-f", f, "--dry-run"]);
    dry.ok().stderr_has("Dry run: nothing was changed");
    let plan = dry.stdout.clone();
    assert_eq!(
        plan,
        "\
Workspace \"Acme Corp\" (id 1001):
  + add      eu-admin@acme.example        as observer
  ~ role     observer@acme.example        observer -> user

Workspace \"Acme EU\" (id 1002):
  - suspend  observer@acme.example

Workspace \"Acme Sandbox\" (id 1003):
  + invite   new@acme.example             as observer (\"New Person\")
      note: new user: \"Acme Sandbox\" becomes their default Workspace
  ~ activate suspended-admin@acme.example

Plan: 1 invitation, 1 addition, 1 role change, 1 activation, 1 suspension, 0 removals.
Access not in the file is kept (use --prune to remove it).
"
    );
    // Without a terminal, applying needs --yes; nothing happens meanwhile.
    t.run(&["user", "apply", "-f", f])
        .code(2)
        .stderr_has("--yes");
    assert_eq!(snapshot(&t), before);

    let out = t.run(&["user", "apply", "-f", f, "--yes"]).ok().clone();
    assert_eq!(
        out.stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        5,
        "{out}"
    );
    out.stdout_has("Applied 5 of 5 changes: 0 failed, 0 skipped.");

    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_CORP).map(|h| h.roles),
        Some(roles(&["User"]))
    );
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_EU).map(|h| h.status),
        Some(2)
    );
    assert_eq!(
        held(&t, demo::SUSPENDED_ADMIN, demo::ACME_SANDBOX).map(|h| h.status),
        Some(1)
    );
    assert_eq!(
        held(&t, demo::EU_ADMIN, demo::ACME_CORP),
        Some(Held {
            workspace: demo::ACME_CORP,
            roles: roles(&["Observer"]),
            status: 1
        })
    );
    assert_eq!(
        access(&t, "new@acme.example"),
        vec![Held {
            workspace: demo::ACME_SANDBOX,
            roles: roles(&["Observer"]),
            status: 0
        }]
    );

    let after = snapshot(&t);
    let again = t.run(&["user", "apply", "-f", f, "--yes"]).ok().clone();
    again.stderr_has("No changes: the Workspaces already match the file.");
    assert_eq!(again.stdout, "");
    assert_eq!(snapshot(&t), after);
}

#[test]
fn prune_removes_what_the_file_leaves_out_but_never_the_superadmin() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let exported = t.run(&["user", "export"]).ok().stdout.clone();
    // Drop Eva from the file, and Carl's Acme EU access.
    let edited = exported
        .replace(
            "  - email: eu-admin@acme.example\n    name: Eva Europa\n    access:\n      Acme EU: administrator\n",
            "",
        )
        .replace("      Acme Sandbox: user\n      Acme EU: administrator\n", "      Acme Sandbox: user\n");
    assert_ne!(edited, exported);
    let file = write(&t, "access.yaml", &edited);
    let f = file.to_str().expect("utf-8 path");

    // Without --prune, a file that only leaves things out changes nothing.
    t.run(&["user", "apply", "-f", f, "--dry-run"])
        .ok()
        .stdout_has("No changes");

    let v = t
        .run(&[
            "user",
            "apply",
            "-f",
            f,
            "--prune",
            "--dry-run",
            "-o",
            "json",
        ])
        .ok()
        .json();
    let actions: Vec<(String, String, i64)> = v["plan"]["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|a| {
            (
                a["action"].as_str().unwrap_or("").into(),
                a["email"].as_str().unwrap_or("").into(),
                a["workspace"]["id"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        actions,
        vec![
            ("remove".into(), demo::CONTRACTOR.into(), demo::ACME_EU),
            ("remove".into(), demo::EU_ADMIN.into(), demo::ACME_EU),
        ]
    );
    let kept: Vec<&str> = v["plan"]["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter(|n| n["kind"] == "kept")
        .map(|n| n["email"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kept, [demo::SUPERADMIN; 3]);

    let out = t
        .run(&["user", "apply", "-f", f, "--prune", "--yes"])
        .ok()
        .clone();
    out.stderr_has("note: this is their default Workspace");
    assert!(access(&t, demo::EU_ADMIN).is_empty());
    assert_eq!(access(&t, demo::CONTRACTOR).len(), 1);
    assert_eq!(
        access(&t, demo::SUPERADMIN).len(),
        4,
        "the SuperAdmin keeps every Workspace"
    );
    t.run(&["user", "apply", "-f", f, "--prune", "--dry-run"])
        .ok()
        .stdout_has("No changes");
}

#[test]
fn an_invalid_file_changes_nothing_and_says_where() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    let yaml = "\
users:
  - email: observer@acme.example
    name: Olga
    access:
      Acme Corp: user
      Acme Eu: observr
  - email: new@acme
    name: New
    access:
      Acme Sandbx: user
";
    let file = write(&t, "bad.yaml", yaml);
    t.run(&["user", "apply", "-f", file.to_str().expect("path"), "--yes"])
        .code(2)
        .stderr_has("`")
        .stderr_has("is invalid (3 problems); nothing was changed")
        .stderr_has("line 6, column 16: unknown role `observr`")
        .stderr_has("did you mean `observer`?")
        .stderr_has("line 7, column 12: `new@acme` is not a valid email address")
        .stderr_has(
            "line 10, column 7: unknown Workspace `Acme Sandbx`; did you mean `Acme Sandbox`?",
        )
        .stderr_has("list them with `emnify workspace list`");

    let csv = "email,name,workspace,role\nobserver@acme.example,Olga,Acme Corp,user\nobserver@acme.example,Olga,acme corp,observer\n";
    let file = write(&t, "bad.csv", csv);
    t.run(&["user", "apply", "-f", file.to_str().expect("path"), "--yes"])
        .code(2)
        .stderr_has(
            "line 3, column 28: `observer@acme.example` is given access to `Acme Corp` twice",
        );

    let broken = write(&t, "broken.yaml", "users:\n  - email: [a\n");
    t.run(&[
        "user",
        "apply",
        "-f",
        broken.to_str().expect("path"),
        "--yes",
    ])
    .code(2)
    .stderr_has("malformed YAML");
    let out = t.run(&["user", "apply", "-f", broken.to_str().expect("path")]);
    assert!(
        !out.stderr.contains("emnify workspace list"),
        "no Workspace hint for broken YAML: {}",
        out.stderr
    );
    // A structural problem (an unknown key) does not hide the others.
    let many = write(
        &t,
        "many.yaml",
        "\
users:
  - email: observer@acme.example
    name: Olga
    acess: {}
    access:
      Acme Corp: { role: superadmin, status: bogus }
  - email: nameless@acme.example
    access:
      Acme EU: user
",
    );
    t.run(&["user", "apply", "-f", many.to_str().expect("path"), "--yes"])
        .code(2)
        .stderr_has("is invalid (4 problems)")
        .stderr_has("line 4, column 5: unknown key `acess` in a user; did you mean `access`?")
        .stderr_has("the SuperAdmin role cannot be assigned")
        .stderr_has("unknown status `bogus`")
        .stderr_has("user `nameless@acme.example` has no name");
    // A new user with no access would do nothing: said so, not skipped in silence.
    let empty = write(
        &t,
        "empty.yaml",
        "users:\n  - email: ghost@acme.example\n    name: Ghost\n    access: {}\n",
    );
    t.run(&[
        "user",
        "apply",
        "-f",
        empty.to_str().expect("path"),
        "--yes",
    ])
    .code(2)
    .stderr_has("line 2, column 5: `ghost@acme.example` is not a user yet")
    .stderr_has("nothing was changed");
    t.run(&["user", "apply", "-f", "/nonexistent/access.yaml"])
        .code(2)
        .stderr_has("cannot read");
    t.run(&["user", "apply", "-f", "access.json"])
        .code(2)
        .stderr_has("cannot tell the format");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn refused_entries_stop_the_whole_plan() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    let yaml = "\
users:
  - email: superadmin@acme.example
    name: Sam
    access:
      Acme EU: observer
  - email: observer@acme.example
    name: Olga
    access:
      Acme Corp: user
";
    let file = write(&t, "refused.yaml", yaml);
    t.run(&["user", "apply", "-f", file.to_str().expect("path"), "--yes"])
        .code(6)
        .stderr_has(
            "x line 5, column 7: superadmin@acme.example in \"Acme EU\" is the SuperAdmin here",
        )
        .stderr_has("nothing was changed");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn a_failure_halfway_is_reported_per_row_and_a_rerun_finishes() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let yaml = "\
users:
  - email: observer@acme.example
    name: Olga Observer
    access:
      Acme Corp: user
      Acme Sandbox: observer
  - email: contractor@acme.example
    name: Carl Contractor
    access:
      Acme Sandbox: observer
      Acme EU: administrator
";
    let file = write(&t, "access.yaml", yaml);
    let f = file.to_str().expect("path");
    // Every change in Acme Sandbox fails with 503, even after the client's retries.
    t.emu().set_knobs(Knobs {
        fail_next: 1000,
        only_path: Some("/workspace/1003".into()),
        ..Knobs::default()
    });
    let out = t.run(&["user", "apply", "-f", f, "--yes"]).code(8).clone();
    out.stdout_has("ok      role     observer@acme.example   in \"Acme Corp\"")
        .stdout_has("FAILED  role     contractor@acme.example in \"Acme Sandbox\"")
        .stdout_has("Applied 2 of 3 changes: 1 failed, 0 skipped.")
        .stderr_has("1 of 3 changes were not applied")
        .stderr_has("run the same command again");
    // What succeeded stays; what failed did not happen.
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_CORP).map(|h| h.roles),
        Some(roles(&["User"]))
    );
    assert!(held(&t, demo::OBSERVER, demo::ACME_SANDBOX).is_some());
    assert_eq!(
        held(&t, demo::CONTRACTOR, demo::ACME_SANDBOX).map(|h| h.roles),
        Some(roles(&["User"]))
    );

    t.emu().set_knobs(Knobs::default());
    let plan = t
        .run(&["user", "apply", "-f", f, "--dry-run"])
        .ok()
        .stdout
        .clone();
    assert!(
        plan.contains("Plan: 0 invitations, 0 additions, 1 role change"),
        "{plan}"
    );
    t.run(&["user", "apply", "-f", f, "--yes"])
        .ok()
        .stdout_has("Applied 1 of 1 change: 0 failed");
    assert_eq!(
        held(&t, demo::CONTRACTOR, demo::ACME_SANDBOX).map(|h| h.roles),
        Some(roles(&["Observer"]))
    );
    assert_eq!(default_of(&t, demo::CONTRACTOR), Some(demo::ACME_SANDBOX));
}

#[test]
fn export_edit_apply_round_trips_in_csv() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let file = t.home.path().join("access.csv");
    let f = file.to_str().expect("path");
    t.run(&["user", "export", "-f", f])
        .ok()
        .stderr_has("Wrote 6 users of 3 Workspaces")
        .stderr_has("the SuperAdmin superadmin@acme.example is left out");
    let exported = std::fs::read_to_string(&file).expect("exported file");
    // Plain CSV that any reader opens: the header is the first line.
    assert!(
        exported.starts_with("email,name,workspace,role,status\n"),
        "{exported}"
    );
    assert!(exported.contains("observer@acme.example,Olga Observer,Acme EU,observer,active\n"));
    t.run(&["user", "apply", "-f", f, "--prune", "--dry-run"])
        .ok()
        .stdout_has("No changes");

    let edited = exported.replace(
        "observer@acme.example,Olga Observer,Acme EU,observer,active\n",
        "observer@acme.example,Olga Observer,Acme EU,user+observer,active\n",
    );
    std::fs::write(&file, &edited).expect("edit");
    let v = t
        .run(&["user", "apply", "-f", f, "--yes", "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["report"]["done"], 1);
    assert_eq!(v["report"]["rows"][0]["action"], "change_roles");
    assert_eq!(v["report"]["rows"][0]["result"], "done");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_EU).map(|h| h.roles),
        Some(roles(&["User", "Observer"]))
    );
    // Exporting again gives the edited file back.
    let again = t
        .run(&["user", "export", "--format", "csv"])
        .ok()
        .stdout
        .clone();
    assert_eq!(again, edited);
    // `--output csv` is the same request; JSON is no access-file format and is refused.
    let via_output = t.run(&["user", "export", "-o", "csv"]).ok().stdout.clone();
    assert_eq!(via_output, edited);
    t.run(&["user", "export", "-o", "json"])
        .code(2)
        .stderr_has("--format");
}

#[test]
fn an_application_token_manages_its_own_workspace() {
    let t = TestEnv::new();
    let token = t.app_token(demo::ACME_EU);
    let run = |args: &[&str]| t.cmd(args).env("EMNIFY_APPLICATION_TOKEN", &token).go();
    let v = run(&["user", "list", "-o", "json"]).ok().json();
    let emails: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["email"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        emails,
        [
            demo::SUPERADMIN,
            demo::EU_ADMIN,
            demo::CONTRACTOR,
            demo::OBSERVER
        ]
    );

    let exported = run(&["user", "export"]).ok().stdout.clone();
    assert!(
        exported.contains("workspaces:\n  - Acme EU\nusers:\n"),
        "{exported}"
    );
    let edited = exported.replace("      Acme EU: observer\n", "      Acme EU: user\n");
    let file = write(&t, "eu.yaml", &edited);
    let out = run(&["user", "apply", "-f", file.to_str().expect("path"), "--yes"])
        .ok()
        .clone();
    out.stdout_has("Applied 1 of 1 change");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_EU).map(|h| h.roles),
        Some(roles(&["User"]))
    );
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_CORP).map(|h| h.roles),
        Some(roles(&["Observer"]))
    );
}

#[cfg(unix)]
#[test]
fn on_a_terminal_apply_shows_the_plan_and_asks() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let file = write(
        &t,
        "access.yaml",
        "users:\n  - email: observer@acme.example\n    name: Olga\n    access:\n      Acme EU: user\n",
    );
    let f = file.to_str().expect("path");
    let mut tty = t.tty(&["user", "apply", "-f", f]);
    tty.expect("~ role     observer@acme.example observer -> user");
    tty.expect("Apply this change?");
    tty.send("n");
    tty.finish().code(2);
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_EU).map(|h| h.roles),
        Some(roles(&["Observer"]))
    );

    let mut tty = t.tty(&["user", "apply", "-f", f]);
    tty.expect("Apply this change?");
    tty.send("y");
    let out = tty.finish();
    assert_eq!(out.code, 0, "{out}");
    assert!(out.stdout.contains("Applied 1 of 1 change"), "{out}");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_EU).map(|h| h.roles),
        Some(roles(&["User"]))
    );
}
