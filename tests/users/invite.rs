//! `user invite` and `user add`.

use crate::common::{demo_data as demo, TestEnv};
use crate::state::{access, default_of, held, roles, snapshot, Held};

#[test]
fn invite_creates_a_pending_user_in_the_target_workspace() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let out = t
        .run(&[
            "user",
            "invite",
            "new@acme.example",
            "--name",
            "New Person",
            "--role",
            "Observer",
            "--role",
            "user",
            "--workspace",
            "acme eu",
            "-o",
            "json",
        ])
        .ok()
        .clone();
    out.stderr_has(
        "Inviting new@acme.example as user, observer in Workspace \"Acme EU\" (id 1002)",
    );
    let v = out.json();
    assert_eq!(v["result"], "invited");
    assert_eq!(v["workspace"], "Acme EU");
    assert_eq!(
        access(&t, "new@acme.example"),
        vec![Held {
            workspace: demo::ACME_EU,
            roles: roles(&["User", "Observer"]),
            status: 0
        }]
    );
    assert_eq!(default_of(&t, "new@acme.example"), Some(demo::ACME_EU));
}

#[test]
fn inviting_an_existing_user_adds_them_instead() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let v = t
        .run(&[
            "user",
            "invite",
            demo::EU_ADMIN,
            "--name",
            "Eva",
            "-r",
            "observer",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["result"], "added");
    assert_eq!(
        held(&t, demo::EU_ADMIN, demo::ACME_CORP),
        Some(Held {
            workspace: demo::ACME_CORP,
            roles: roles(&["Observer"]),
            status: 1
        })
    );
    // Still one account, default unchanged.
    assert_eq!(access(&t, demo::EU_ADMIN).len(), 2);
    assert_eq!(default_of(&t, demo::EU_ADMIN), Some(demo::ACME_EU));
}

#[test]
fn an_observer_cannot_invite() {
    let t = TestEnv::new();
    t.login(demo::OBSERVER).ok();
    let before = snapshot(&t);
    t.run(&[
        "user",
        "invite",
        "x@acme.example",
        "--name",
        "X",
        "-r",
        "user",
    ])
    .code(4)
    .stderr_has("you cannot manage users in \"Acme Corp\"");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn bad_invitations_are_refused_before_anything_is_sent() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    t.run(&["user", "invite", "not-an-email", "--name", "X"])
        .code(2)
        .stderr_has("`not-an-email` is not a valid email address");
    t.run(&[
        "user",
        "invite",
        "x@acme.example",
        "--name",
        "X",
        "--role",
        "admin",
    ])
    .code(2)
    .stderr_has("unknown role `admin`");
    t.run(&[
        "user",
        "invite",
        "x@acme.example",
        "--name",
        "X",
        "--role",
        "superadmin",
    ])
    .code(2)
    .stderr_has("the SuperAdmin role cannot be assigned");
    t.run(&["user", "invite", demo::ADMIN, "--name", "Ada", "-r", "user"])
        .code(6)
        .stderr_has("already has access to \"Acme Corp\"");
    t.run(&[
        "user",
        "invite",
        "y@acme.example",
        "--name",
        "Y",
        "--workspace",
        "Acme Sandbox",
        "--dry-run",
    ])
    .ok()
    .stderr_has("emnify makes invited users Administrators")
    .stderr_has("Dry run: nothing was changed");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn add_gives_an_existing_user_one_more_workspace() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&[
        "user",
        "add",
        demo::OBSERVER,
        "--role",
        "user",
        "-w",
        "Acme Sandbox",
    ])
    .ok()
    .stderr_has("Adding observer@acme.example as user in Workspace \"Acme Sandbox\"");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_SANDBOX),
        Some(Held {
            workspace: demo::ACME_SANDBOX,
            roles: roles(&["User"]),
            status: 1
        })
    );
}

#[test]
fn add_explains_the_rules_it_would_break() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    // Invited users must accept before joining a further Workspace.
    t.run(&[
        "user",
        "add",
        demo::PENDING,
        "--role",
        "user",
        "-w",
        "Acme EU",
    ])
    .code(6)
    .stderr_has("has not accepted their invitation yet")
    .stderr_has("must accept the invitation");
    t.run(&[
        "user",
        "add",
        "ghost@acme.example",
        "--role",
        "user",
        "-w",
        "Acme EU",
    ])
    .code(5)
    .stderr_has("no user `ghost@acme.example`");
    t.run(&["user", "add", demo::OBSERVER, "-w", "Acme EU"])
        .code(2)
        .stderr_has("--role");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn invite_takes_several_workspaces() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    // Every Workspace is checked before anything is sent: Olga is in Acme Corp already.
    t.run(&[
        "user",
        "invite",
        demo::OBSERVER,
        "--name",
        "Olga",
        "-r",
        "user",
        "-w",
        "Acme Sandbox",
        "--workspace",
        "Acme Corp",
        "-w",
        "Acme Sandbox",
        "-o",
        "json",
    ])
    .code(6)
    .stderr_has("already has access to \"Acme Corp\"");
    assert!(held(&t, demo::OBSERVER, demo::ACME_SANDBOX).is_none());
    // An existing user is added to each Workspace.
    let v = t
        .run(&[
            "user",
            "invite",
            demo::EU_ADMIN,
            "--name",
            "Eva",
            "-r",
            "observer",
            "-w",
            "Acme Corp",
            "-w",
            "Acme Sandbox",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v[0]["workspace"], "Acme Corp");
    assert_eq!(v[0]["result"], "added");
    assert_eq!(v[0]["roles"], serde_json::json!(["Observer"]));
    assert_eq!(v[1]["workspace"], "Acme Sandbox");
    assert_eq!(v[1]["result"], "added");
    for ws in [demo::ACME_CORP, demo::ACME_SANDBOX] {
        assert_eq!(
            held(&t, demo::EU_ADMIN, ws).map(|h| h.roles),
            Some(roles(&["Observer"]))
        );
    }

    // A new user is invited to the first; the rest waits for their acceptance, and the command
    // says how to finish. Without --role the warning is loud.
    let out = t
        .run(&[
            "user",
            "invite",
            "nova@acme.example",
            "--name",
            "Nova",
            "-w",
            "Acme EU",
            "-w",
            "Acme Sandbox",
            "-o",
            "json",
        ])
        .ok()
        .clone();
    out.stderr_has("warning: no `--role` given")
        .stderr_has("ADMINISTRATOR of \"Acme EU\", \"Acme Sandbox\"")
        .stderr_has("joins \"Acme Sandbox\" only after accepting the invitation")
        .stderr_has("emnify user add nova@acme.example --workspace 1003 --role administrator");
    let v = out.json();
    assert_eq!(v[0]["result"], "invited");
    assert_eq!(v[0]["roles"], serde_json::json!(["Administrator"]));
    assert_eq!(v[1]["workspace_id"], demo::ACME_SANDBOX);
    assert_eq!(v[1]["result"], "after_acceptance");
    assert_eq!(
        access(&t, "nova@acme.example"),
        vec![Held {
            workspace: demo::ACME_EU,
            roles: roles(&["Administrator"]),
            status: 0
        }]
    );
}

#[test]
fn only_invite_takes_more_than_one_workspace() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    t.run(&[
        "user",
        "remove",
        demo::OBSERVER,
        "-w",
        "Acme EU",
        "-w",
        "Acme Corp",
        "--yes",
    ])
    .code(2)
    .stderr_has("`--workspace` was given 2 times")
    .stderr_has("only `emnify user invite`");
    t.run(&["user", "list", "-w", "Acme EU", "-w", "Acme Corp"])
        .code(2);
    assert_eq!(snapshot(&t), before);
}
