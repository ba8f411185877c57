//! `user remove|suspend|activate|role set|role unset|set-default`, their confirmations and the
//! rules the CLI explains before the server would refuse.

use crate::common::{demo_data as demo, TestEnv};
use crate::state::{access, default_of, held, mutations, roles, snapshot, Held};

#[test]
fn remove_needs_yes_without_a_terminal_and_then_moves_the_default() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = snapshot(&t);
    t.run(&["user", "remove", demo::CONTRACTOR, "-w", "Acme Sandbox"])
        .code(2)
        .stderr_has("this is their default Workspace")
        .stderr_has("--yes");
    // Refused for lack of `--yes`: no line that reads as if the removal were under way.
    let refused = t.run(&["user", "remove", demo::CONTRACTOR, "-w", "Acme Sandbox"]);
    assert!(!refused.stderr.contains("Removing"), "{refused}");
    t.run(&[
        "user",
        "remove",
        demo::CONTRACTOR,
        "-w",
        "Acme Sandbox",
        "--dry-run",
    ])
    .ok()
    .stderr_has("Removing contractor@acme.example in Workspace \"Acme Sandbox\" (id 1003)")
    .stderr_has("Dry run: nothing was changed");
    assert_eq!(snapshot(&t), before);

    t.run(&[
        "user",
        "remove",
        demo::CONTRACTOR,
        "-w",
        "Acme Sandbox",
        "--yes",
    ])
    .ok()
    .stderr_has("Removing contractor@acme.example in Workspace \"Acme Sandbox\" (id 1003)")
    .stderr_has("Removed contractor@acme.example from \"Acme Sandbox\"");
    assert_eq!(
        access(&t, demo::CONTRACTOR),
        vec![Held {
            workspace: demo::ACME_EU,
            roles: roles(&["Administrator"]),
            status: 1
        }]
    );
    assert_eq!(default_of(&t, demo::CONTRACTOR), Some(demo::ACME_EU));
}

#[test]
fn the_superadmin_cannot_be_removed_or_suspended() {
    let t = TestEnv::new();
    // Carl administers Acme EU, where the SuperAdmin has access through the link.
    t.login(demo::CONTRACTOR).ok();
    let before = snapshot(&t);
    let sent = mutations(&t);
    t.run(&["user", "remove", demo::SUPERADMIN, "-w", "Acme EU", "--yes"])
        .code(6)
        .stderr_has("is the SuperAdmin of \"Acme EU\"")
        .stderr_has("only emnify can reassign or remove a SuperAdmin");
    t.run(&[
        "user",
        "suspend",
        demo::SUPERADMIN,
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6);
    t.run(&[
        "user",
        "role",
        "set",
        demo::SUPERADMIN,
        "observer",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6);
    assert_eq!(snapshot(&t), before);
    assert_eq!(mutations(&t), sent, "refused before any change was sent");
}

#[test]
fn nobody_changes_their_own_access() {
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    let before = snapshot(&t);
    let sent = mutations(&t);
    t.run(&[
        "user",
        "role",
        "set",
        demo::CONTRACTOR,
        "observer",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6)
    .stderr_has("you cannot change your own role")
    .stderr_has("lets nobody change their own role");
    t.run(&[
        "user",
        "suspend",
        demo::CONTRACTOR,
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6);
    t.run(&["user", "remove", demo::CONTRACTOR, "-w", "Acme EU", "--yes"])
        .code(6);
    assert_eq!(snapshot(&t), before);
    assert_eq!(mutations(&t), sent, "refused before any change was sent");
}

#[test]
fn changes_to_unknown_users_or_missing_access_are_not_found() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["user", "remove", "ghost@acme.example", "--yes"])
        .code(5);
    t.run(&["user", "suspend", demo::EU_ADMIN, "--yes"])
        .code(5)
        .stderr_has("has no access to \"Acme Corp\"");
}

#[test]
fn suspend_and_activate() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["user", "suspend", demo::OBSERVER, "--yes"])
        .ok()
        .stderr_has("this is their default Workspace")
        .stderr_has("(\"Acme EU\" is one)");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_CORP).map(|h| h.status),
        Some(2)
    );
    assert_eq!(default_of(&t, demo::OBSERVER), Some(demo::ACME_EU));
    t.run(&["user", "suspend", demo::OBSERVER, "--yes"])
        .ok()
        .stderr_has("already suspended");

    // Activation is not destructive: no confirmation needed.
    t.run(&["user", "activate", demo::OBSERVER])
        .ok()
        .stderr_has("Activated");
    assert_eq!(
        held(&t, demo::OBSERVER, demo::ACME_CORP).map(|h| h.status),
        Some(1)
    );

    t.run(&["user", "activate", demo::PENDING])
        .code(6)
        .stderr_has("has not accepted their invitation");
    t.run(&["user", "suspend", demo::PENDING, "--yes"])
        .code(6)
        .stderr_has("emnify suspends accepted memberships only");
    assert_eq!(
        held(&t, demo::PENDING, demo::ACME_CORP).map(|h| h.status),
        Some(0)
    );
}

#[test]
fn role_set_replaces_or_adds_and_unset_keeps_one_role() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let r = |t: &TestEnv| held(t, demo::OBSERVER, demo::ACME_EU).map(|h| h.roles);

    // Observer -> User withdraws Observer: destructive, so it confirms.
    t.run(&[
        "user",
        "role",
        "set",
        demo::OBSERVER,
        "User",
        "-w",
        "Acme EU",
    ])
    .code(2);
    t.run(&[
        "user",
        "role",
        "set",
        demo::OBSERVER,
        "User",
        "-w",
        "Acme EU",
        "--dry-run",
    ])
    .ok()
    .stderr_has("Changing observer@acme.example from observer to user in Workspace \"Acme EU\"");
    assert_eq!(r(&t), Some(roles(&["Observer"])));
    t.run(&[
        "user",
        "role",
        "set",
        demo::OBSERVER,
        "user",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .ok();
    assert_eq!(r(&t), Some(roles(&["User"])));

    // Adding a role takes nothing away: no confirmation.
    t.run(&[
        "user",
        "role",
        "set",
        demo::OBSERVER,
        "observer",
        "--add",
        "-w",
        "Acme EU",
    ])
    .ok();
    assert_eq!(r(&t), Some(roles(&["User", "Observer"])));

    t.run(&[
        "user",
        "role",
        "unset",
        demo::OBSERVER,
        "user",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .ok();
    assert_eq!(r(&t), Some(roles(&["Observer"])));
    t.run(&[
        "user",
        "role",
        "unset",
        demo::OBSERVER,
        "observer",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6)
    .stderr_has("the only role");
    assert_eq!(r(&t), Some(roles(&["Observer"])));
    t.run(&[
        "user",
        "role",
        "set",
        demo::OBSERVER,
        "boss",
        "-w",
        "Acme EU",
    ])
    .code(2);
}

#[test]
fn set_default_needs_administrator_in_both_workspaces() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["user", "set-default", demo::OBSERVER, "Acme EU"])
        .ok()
        .stderr_has("from \"Acme Corp\" to \"Acme EU\"");
    assert_eq!(default_of(&t, demo::OBSERVER), Some(demo::ACME_EU));

    // Carl administers Acme EU but not Acme Corp, Olga's default.
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    t.run(&["user", "set-default", demo::OBSERVER, "Acme EU"])
        .code(6)
        .stderr_has("you cannot see the current default Workspace")
        .stderr_has("Administrator role in both");
    assert_eq!(default_of(&t, demo::OBSERVER), Some(demo::ACME_CORP));
}

#[cfg(unix)]
#[test]
fn remove_asks_on_a_terminal() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let mut tty = t.tty(&["user", "remove", demo::OBSERVER, "-w", "Acme EU"]);
    tty.expect("Remove observer@acme.example from \"Acme EU\"?");
    tty.send("n");
    tty.finish().code(2);
    assert!(held(&t, demo::OBSERVER, demo::ACME_EU).is_some());

    let mut tty = t.tty(&["user", "remove", demo::OBSERVER, "-w", "Acme EU"]);
    tty.expect("Remove observer@acme.example from \"Acme EU\"?");
    tty.send("y");
    let out = tty.finish();
    assert_eq!(out.code, 0, "{out}");
    assert!(held(&t, demo::OBSERVER, demo::ACME_EU).is_none());
}

fn login_admin(t: &TestEnv) {
    t.cmd(&["auth", "login", "-u", demo::ADMIN, "--password-stdin"])
        .stdin("emnify-demo\n")
        .env("EMNIFY_MFA_CODE", "123456")
        .go()
        .ok();
}

#[test]
fn set_default_to_a_workspace_without_a_role_there_explains_the_rule() {
    let t = TestEnv::new();
    // Ada administers Acme Corp only; Olga's default is Acme Corp and she also has Acme EU.
    login_admin(&t);
    t.run(&["user", "set-default", demo::OBSERVER, "1002", "--yes"])
        .code(4)
        .stderr_has("Workspace 1002")
        .stderr_has("not an Administrator there")
        .stderr_has("Administrator role in both");
    assert_eq!(default_of(&t, demo::OBSERVER), Some(demo::ACME_CORP));
}

#[test]
fn the_superadmins_own_role_changes_from_the_main_organisation_only() {
    let t = TestEnv::new();
    login_admin(&t);
    // Ada administers Acme Corp, the main organisation: rule 5 allows it.
    t.run(&[
        "user",
        "role",
        "set",
        demo::SUPERADMIN,
        "observer",
        "--workspace",
        "Acme Corp",
        "--yes",
    ])
    .ok()
    .stderr_has("in Workspace \"Acme Corp\" (id 1001)")
    .stderr_has("is now observer");
    assert_eq!(
        crate::state::own_roles(&t, demo::SUPERADMIN, demo::ACME_CORP),
        Some(roles(&["Observer"]))
    );
    // Still the SuperAdmin, everywhere in the group.
    assert_eq!(
        held(&t, demo::SUPERADMIN, demo::ACME_EU).map(|h| h.roles),
        Some(roles(&["SuperAdmin"]))
    );

    // From a linked Workspace that is not the main organisation, the CLI says where to go.
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    let before = snapshot(&t);
    t.run(&[
        "user",
        "role",
        "set",
        demo::SUPERADMIN,
        "observer",
        "-w",
        "Acme EU",
        "--yes",
    ])
    .code(6)
    .stderr_has("only in the main organisation, \"Acme Corp\"");
    assert_eq!(snapshot(&t), before);
}
