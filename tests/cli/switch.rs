//! `switch`: by id, name, prefix and `-`; ambiguity, unknown names, token reuse.

use crate::common::{demo_data as demo, TestEnv};

fn current(t: &TestEnv) -> i64 {
    t.run(&["workspace", "current", "-o", "json"]).ok().json()["id"]
        .as_i64()
        .expect("id")
}

#[test]
fn switch_by_id_name_prefix_and_back() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["switch", "1002"])
        .ok()
        .stderr_has("Switched to `Acme EU`");
    assert_eq!(current(&t), demo::ACME_EU);
    t.run(&["switch", "globex logistics"]).ok();
    assert_eq!(current(&t), demo::GLOBEX);
    t.run(&["switch", "Acme S"]).ok();
    assert_eq!(current(&t), demo::ACME_SANDBOX);
    t.run(&["switch", "-"]).ok();
    assert_eq!(current(&t), demo::GLOBEX);
    t.run(&["switch", "-"]).ok();
    assert_eq!(current(&t), demo::ACME_SANDBOX);
}

#[test]
fn ambiguous_and_unknown_names_explain_themselves() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = t.profile_text();
    t.run(&["switch", "acme"])
        .code(2)
        .stderr_has("matches several")
        .stderr_has("Acme EU");
    t.run(&["switch", "Acme Europe"])
        .code(5)
        .stderr_has("did you mean `Acme EU`")
        .stderr_has("emnify workspace list");
    t.run(&["switch", "-"])
        .code(2)
        .stderr_has("no previous Workspace");
    t.run(&["switch"]).code(2).stderr_has("WORKSPACE");
    assert_eq!(t.profile_text(), before, "failed switches change nothing");
}

#[test]
fn switching_back_and_forth_reuses_cached_tokens() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    t.run(&["switch", "Acme EU"]).ok();
    t.run(&["switch", "Acme Corp"]).ok();
    t.run(&["switch", "Acme EU"]).ok();
    t.run(&["workspace", "list"]).ok();
    assert_eq!(
        t.count("POST /api/v1/authenticate/workspace"),
        1,
        "{}",
        t.emu().metrics()
    );
    assert_eq!(
        t.count("POST /api/v1/authenticate"),
        1,
        "{}",
        t.emu().metrics()
    );
}

#[test]
fn a_suspended_membership_cannot_be_switched_to() {
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    t.run(&["switch", "Acme EU"]).ok();
    assert_eq!(current(&t), demo::ACME_EU);
    t.run(&["switch", "Globex"]).code(5);
}

#[test]
fn losing_access_to_the_active_workspace_is_explained() {
    use emnify::api::http::{Http, RetryPolicy};
    use emnify::api::models::User;
    use emnify::api::{Client, Login};
    use emnify::profile::credentials::Secret;

    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    t.run(&["switch", "Acme EU"]).ok();
    // The SuperAdmin removes the contractor from Acme EU behind the CLI's back.
    let http = Http::new(&t.url, RetryPolicy::default()).expect("http");
    let admin = Client::new(
        http,
        Some(Login::Password {
            username: demo::SUPERADMIN.into(),
            password: Secret::new(demo::DEMO_PASSWORD),
        }),
        "test",
        Default::default(),
    )
    .in_workspace(demo::ACME_EU);
    t.rt.block_on(async {
        let users: Vec<User> = admin
            .get(
                "/api/v1/user",
                &[("q", format!("username:{}", demo::CONTRACTOR))],
            )
            .await
            .expect("users");
        let id = users.first().expect("contractor").id;
        admin
            .delete(&format!("/api/v2/user/{id}/workspace/{}", demo::ACME_EU))
            .await
            .expect("removed");
    });
    t.run(&["auth", "status"])
        .code(3)
        .stderr_has("cannot switch to Workspace 1002")
        .stderr_has("emnify switch");
    t.run(&["switch", "Acme Sandbox"]).ok();
    t.run(&["auth", "status"]).ok();
}

#[test]
fn switching_to_the_current_workspace_gives_no_hint_about_other_shells() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let moved = t.run(&["switch", "1002"]).ok().clone();
    moved.stderr_has("this changes the Workspace of every shell");
    let same = t.run(&["switch", "1002"]).ok().clone();
    same.stderr_has("Already in `Acme EU`");
    assert!(!same.stderr.contains("hint:"), "{same}");
}

#[test]
fn hints_in_an_emulator_run_suggest_commands_with_the_flag() {
    let t = TestEnv::new();
    let out = t.run(&["--emulator", "switch", "Acme Eurp"]);
    out.code(5)
        .stderr_has("did you mean `Acme EU`")
        .stderr_has("`emnify --emulator workspace list`");
    // Without the flag, the hint is the plain command.
    t.login(demo::SUPERADMIN).ok();
    t.run(&["switch", "Acme Eurp"])
        .code(5)
        .stderr_has("`emnify workspace list`");
}
