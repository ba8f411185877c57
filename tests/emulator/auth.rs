//! Authentication: app tokens, passwords, MFA, refresh, lockout, SSO, switching, token checks.

use std::time::Duration;

use emnify::emulator::auth::sha1_hex;
use emnify::emulator::demo;
use reqwest::Method;
use serde_json::json;

use super::common::*;

#[tokio::test]
async fn password_login_returns_tokens_and_who_am_i() {
    let e = start().await;
    let r = e.password_login("superadmin@acme.example", PW).await;
    r.assert_status(200);
    let v = r.json();
    assert!(
        v["auth_token"].is_string() && v["refresh_token"].is_string(),
        "{v}"
    );
    let t = v["auth_token"].as_str().unwrap_or_default();
    let me = e.get("/api/v1/user/my", t).await;
    me.assert_status(200);
    let me = me.json();
    assert_eq!(me["username"], "superadmin@acme.example");
    assert_eq!(me["organisation"]["id"], ACME_CORP);
    assert_eq!(me["roles"][0]["id"], 4);
    let org = e.get("/api/v1/organisation/my", t).await.json();
    assert_eq!(org["id"], ACME_CORP);
    assert_eq!(org["name"], "Acme Corp");
}

#[tokio::test]
async fn bad_password_is_401_with_empty_body_and_unknown_user_too() {
    let e = start().await;
    let r = e.password_login("admin@acme.example", "wrong").await;
    assert_eq!(r.status.as_u16(), 401);
    assert!(r.text.is_empty(), "{}", r.text);
    let r = e.password_login("nobody@acme.example", PW).await;
    assert_eq!(r.status.as_u16(), 401);
    assert!(r.text.is_empty());
}

#[tokio::test]
async fn three_failures_lock_the_account_for_five_minutes() {
    let e = start().await;
    for _ in 0..2 {
        assert_eq!(
            e.password_login("ops@globex.example", "wrong")
                .await
                .status
                .as_u16(),
            401
        );
    }
    let third = e.password_login("ops@globex.example", "wrong").await;
    let v = third.assert_error(401);
    assert_eq!(v["error_code"], 1105);
    // Even the right password is refused while locked.
    let v = e
        .password_login("ops@globex.example", PW)
        .await
        .assert_error(401);
    assert_eq!(v["error_token"], "TooManyRequests");
    // Still locked one second before the five minutes are up...
    e.emu.advance_clock(Duration::from_secs(299));
    e.password_login("ops@globex.example", PW)
        .await
        .assert_error(401);
    // ...and open again once they are.
    e.emu.advance_clock(Duration::from_secs(2));
    e.password_login("ops@globex.example", PW)
        .await
        .assert_status(200);
}

#[tokio::test]
async fn a_success_resets_the_failure_count() {
    let e = start().await;
    for _ in 0..2 {
        e.password_login("ops@globex.example", "wrong").await;
    }
    e.password_login("ops@globex.example", PW)
        .await
        .assert_status(200);
    for _ in 0..2 {
        assert!(e
            .password_login("ops@globex.example", "wrong")
            .await
            .text
            .is_empty());
    }
}

#[tokio::test]
async fn mfa_flow_with_fixed_code_and_trusted_device() {
    let e = start().await;
    let r = e.password_login("admin@acme.example", PW).await;
    let v = r.json();
    let mfa = v["mfa_token"].as_str().expect("mfa_token").to_string();
    assert!(v.get("auth_token").is_none());
    let bad = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"mfa_token": mfa, "code": "000000"}),
        )
        .await;
    assert_eq!(bad.status.as_u16(), 401);
    let ok = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"mfa_token": mfa, "code": "123456", "trusted_device": {"fingerprint": "fp-1", "operating_system": "linux", "browser": "cli"}}),
        )
        .await;
    ok.assert_status(200);
    assert!(ok.json()["auth_token"].is_string() && ok.json()["refresh_token"].is_string());
    let direct = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"username": "admin@acme.example", "password": sha1_hex(PW), "fingerprint": "fp-1"}),
        )
        .await;
    direct.assert_status(200);
    assert!(direct.json()["auth_token"].is_string());
    let missing_code = e
        .post("/api/v1/authenticate", None, json!({"mfa_token": mfa}))
        .await;
    missing_code.assert_error(422);
}

#[tokio::test]
async fn refresh_token_gives_a_new_auth_token_and_expires() {
    let e = start().await;
    let v = e.password_login("ops@globex.example", PW).await.json();
    let refresh = v["refresh_token"].as_str().expect("refresh").to_string();
    let r = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    r.assert_status(200);
    let t = r.json()["auth_token"].as_str().expect("token").to_string();
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    e.emu.advance_clock(Duration::from_secs(31 * 86_400));
    let v = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"refresh_token": refresh}),
        )
        .await
        .assert_error(401);
    assert_eq!(v["error_code"], 1103);
}

#[tokio::test]
async fn auth_tokens_expire_after_240_minutes() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.advance_clock(Duration::from_secs(239 * 60));
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    e.emu.advance_clock(Duration::from_secs(2 * 60));
    let v = e.get("/api/v1/user/my", &t).await.assert_error(401);
    assert_eq!(v["error_token"], "TokenExpired");
}

#[tokio::test]
async fn forged_missing_and_malformed_tokens_are_401() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    let mut parts: Vec<&str> = t.split('.').collect();
    let forged_sig = "AAAA".repeat(16);
    parts[2] = &forged_sig;
    let forged = parts.join(".");
    let v = e.get("/api/v1/user/my", &forged).await.assert_error(401);
    assert_eq!(v["error_code"], 1102);
    e.req(Method::GET, "/api/v1/user/my", None, None)
        .await
        .assert_error(401);
    let r = e.get("/api/v1/user/my", "not-a-jwt").await;
    assert_eq!(r.status.as_u16(), 401);
    assert_eq!(
        r.json()["message"],
        "token contains an invalid number of segments"
    );
    // A refresh token is not an auth token.
    let refresh = e.password_login("ops@globex.example", PW).await.json()["refresh_token"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    e.get("/api/v1/user/my", &refresh).await.assert_error(401);
}

#[tokio::test]
async fn application_tokens_authenticate_but_cannot_switch() {
    let e = start().await;
    let tokens = demo::demo_app_tokens().expect("demo tokens");
    let (ws, _, text) = &tokens[1];
    let r = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": text}),
        )
        .await;
    r.assert_status(200);
    let v = r.json();
    assert!(v.get("refresh_token").is_none());
    let t = v["auth_token"].as_str().expect("token").to_string();
    assert_eq!(e.get("/api/v1/organisation/my", &t).await.json()["id"], *ws);
    let v = e
        .post(
            "/api/v1/authenticate/workspace",
            Some(&t),
            json!({"target_organisation": {"id": ACME_CORP}}),
        )
        .await
        .assert_error(401);
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("application token"));
    let r = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": "eyJ.bogus.token"}),
        )
        .await;
    assert_eq!(r.status.as_u16(), 401);
}

#[tokio::test]
async fn switching_needs_active_access_and_records_event_67() {
    let e = start().await;
    let t = e.login("contractor@acme.example").await;
    assert_eq!(
        e.get("/api/v1/organisation/my", &t).await.json()["id"],
        ACME_SANDBOX
    );
    let eu = e.switch(&t, ACME_EU).await;
    assert_eq!(
        e.get("/api/v1/organisation/my", &eu).await.json()["id"],
        ACME_EU
    );
    // The old token stays valid for its own Workspace.
    assert_eq!(
        e.get("/api/v1/organisation/my", &t).await.json()["id"],
        ACME_SANDBOX
    );
    e.post(
        "/api/v1/authenticate/workspace",
        Some(&t),
        json!({"target_organisation": {"id": ACME_CORP}}),
    )
    .await
    .assert_error(401);
    e.post(
        "/api/v1/authenticate/workspace",
        Some(&t),
        json!({"target_organisation": {"id": 999}}),
    )
    .await
    .assert_error(401);
    let events = e.get("/api/v1/user/my/event", &eu).await;
    events.assert_status(200);
    let ev = events.json();
    assert_eq!(ev[0]["event_type"]["id"], 67, "{ev}");
}

#[tokio::test]
async fn suspended_everywhere_and_pending_users_cannot_log_in() {
    let e = start().await;
    assert_eq!(
        e.password_login("suspended-admin@acme.example", PW)
            .await
            .status
            .as_u16(),
        401
    );
    assert_eq!(
        e.password_login("pending@acme.example", PW)
            .await
            .status
            .as_u16(),
        401
    );
}

#[tokio::test]
async fn sso_default_workspace_requires_sso_at_login() {
    let e = start().await;
    let v = e
        .password_login("eu-admin@acme.example", PW)
        .await
        .assert_error(401);
    assert_eq!(v["error_token"], "SsoRequired");
    assert!(v["message"]
        .as_str()
        .unwrap_or_default()
        .contains("Acme EU"));
    // A user whose default has no SSO logs in with a password and may switch into Acme EU.
    let t = e.login("observer@acme.example").await;
    e.switch(&t, ACME_EU).await;
}

#[tokio::test]
async fn malformed_authenticate_bodies_are_400() {
    let e = start().await;
    e.raw(Method::POST, "/api/v1/authenticate", None, "{not json")
        .await
        .assert_error(400);
    e.raw(Method::POST, "/api/v1/authenticate", None, "[1,2]")
        .await
        .assert_error(400);
    e.post("/api/v1/authenticate", None, json!({"foo": 1}))
        .await
        .assert_error(400);
    e.post(
        "/api/v1/authenticate",
        None,
        json!({"username": 5, "password": "x"}),
    )
    .await
    .assert_error(422);
    e.post("/api/v1/authenticate", None, json!({"username": "a@b.c"}))
        .await
        .assert_error(422);
}

#[tokio::test]
async fn capabilities_need_no_auth() {
    let e = start().await;
    let r = e
        .req(Method::GET, "/emulator/v1/capabilities", None, None)
        .await;
    r.assert_status(200);
    let v = r.json();
    assert_eq!(v["emulator"], true);
    assert!(v["extensions"]
        .as_array()
        .is_some_and(|a| a.iter().any(|x| x == "sso")));
    e.req(Method::GET, "/no/such/path", None, None)
        .await
        .assert_error(404);
}

#[tokio::test]
async fn demo_application_tokens_are_stable_and_work_after_reset() {
    let e = start().await;
    let tokens = demo::demo_app_tokens().expect("demo tokens");
    assert_eq!(tokens, demo::demo_app_tokens().expect("again"));
    e.req(Method::POST, "/emulator/v1/operator/reset", None, None)
        .await
        .assert_status(204);
    for (ws, name, text) in &tokens {
        if std::env::var_os("PRINT_DEMO_TOKENS").is_some() {
            println!("{ws} {name} {text}");
        }
        let r = e
            .post(
                "/api/v1/authenticate",
                None,
                json!({"application_token": text}),
            )
            .await;
        r.assert_status(200);
        let t = r.json()["auth_token"].as_str().expect("token").to_string();
        assert_eq!(e.get("/api/v1/organisation/my", &t).await.json()["id"], *ws);
    }
}

#[test]
fn the_documented_demo_tokens_are_the_real_ones() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/emulator.md"))
        .expect("docs/emulator.md");
    for (ws, name, text) in demo::demo_app_tokens().expect("tokens") {
        assert!(
            doc.contains(&text),
            "docs/emulator.md lacks the token of {ws} {name}"
        );
    }
}

#[tokio::test]
async fn a_token_stops_working_when_its_access_is_removed_or_suspended() {
    let e = start().await;
    let obs_token = e.login("observer@acme.example").await;
    let eu_token = e.switch(&obs_token, ACME_EU).await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.patch(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}"),
        &admin,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_status(204);
    e.get("/api/v1/user/my", &obs_token).await.assert_error(401);
    e.get("/api/v1/user/my", &eu_token).await.assert_status(200);
}

#[tokio::test]
async fn events_are_visible_to_administrators_and_observers_of_the_workspace() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/2"),
        &admin,
    )
    .await
    .assert_status(204);
    let r = e.get(&format!("/api/v1/user/{obs}/event"), &admin).await;
    r.assert_status(200);
    let v = r.json();
    assert_eq!(v[0]["event_type"]["id"], 1005, "{v}");
    assert_eq!(v[0]["organisation"]["id"], ACME_CORP);
    assert!(r.header("x-total-count").is_some());
    // A User-role caller sees nothing about others; unknown ids give [] as emnify documents.
    let c = e.login("contractor@acme.example").await;
    assert_eq!(
        e.get(&format!("/api/v1/user/{obs}/event"), &c).await.json(),
        json!([])
    );
    assert_eq!(
        e.get("/api/v1/user/999999/event", &admin).await.json(),
        json!([])
    );
    e.get("/api/v1/user/abc/event", &admin)
        .await
        .assert_error(404);
}
