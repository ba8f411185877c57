//! The v1 user paths beyond the role matrix: self-service, status through PATCH, deletion,
//! application token lifetimes, request rejection.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use super::common::*;

#[tokio::test]
async fn anyone_reads_and_renames_themself_but_not_others() {
    let e = start().await;
    let obs = e.login("observer@acme.example").await;
    let admin_id = e.user_id("admin@acme.example").await;
    e.get(&format!("/api/v1/user/{admin_id}"), &obs)
        .await
        .assert_error(403);
    e.patch(
        &format!("/api/v1/user/{admin_id}"),
        &obs,
        json!({"name": "Nope"}),
    )
    .await
    .assert_error(403);
    e.patch("/api/v1/user/my", &obs, json!({"name": "Olga O."}))
        .await
        .assert_status(204);
    assert_eq!(
        e.get("/api/v1/user/my", &obs).await.json()["name"],
        "Olga O."
    );
    // Own status stays out of reach (an Observer is refused before the own-account check).
    e.patch("/api/v1/user/my", &obs, json!({"status": {"id": 2}}))
        .await
        .assert_error(403);
}

#[tokio::test]
async fn v1_patch_suspends_in_the_tokens_workspace_and_v1_delete_removes_from_it() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.patch(
        &format!("/api/v1/user/{obs}"),
        &admin,
        json!({"status": {"id": 2}}),
    )
    .await
    .assert_status(204);
    let ws = e.workspaces_of("observer@acme.example").await;
    assert!(ws.iter().any(|w| w.0 == ACME_CORP && w.1 == 2), "{ws:?}");
    assert!(ws.iter().any(|w| w.0 == ACME_EU && w.1 == 1), "{ws:?}");
    e.delete(&format!("/api/v1/user/{obs}"), &admin)
        .await
        .assert_status(204);
    let ws = e.workspaces_of("observer@acme.example").await;
    assert_eq!(ws.iter().map(|w| w.0).collect::<Vec<_>>(), vec![ACME_EU]);
    // Someone outside the token's Workspace is not found there.
    let ops = e.user_id("ops@globex.example").await;
    e.delete(&format!("/api/v1/user/{ops}"), &admin)
        .await
        .assert_error(404);
    e.get(&format!("/api/v1/user/{ops}"), &admin)
        .await
        .assert_error(404);
}

#[tokio::test]
async fn application_tokens_expire_and_can_be_deleted() {
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    e.post(
        "/api/v1/application_token",
        Some(&admin),
        json!({"expiry_date": "2001-01-01"}),
    )
    .await
    .assert_error(422);
    let expiry = chrono::Utc::now().date_naive() + chrono::Duration::days(10);
    let r = e
        .post("/api/v1/application_token", Some(&admin), json!({"description": "short", "expiry_date": expiry.format("%Y-%m-%d").to_string(), "ip": "10.0.0.0/8"}))
        .await;
    r.assert_status(200);
    let text = r.json()["application_token"]
        .as_str()
        .expect("token")
        .to_string();
    e.post(
        "/api/v1/authenticate",
        None,
        json!({"application_token": text}),
    )
    .await
    .assert_status(200);
    let listed = e.get("/api/v1/application_token", &admin).await.json();
    let mine = listed
        .as_array()
        .and_then(|a| a.iter().find(|t| t["description"] == "short").cloned())
        .expect("listed");
    assert_eq!(mine["ip"], "10.0.0.0/8");
    assert!(mine["expiry_date"].is_string());
    assert_eq!(mine["creator"]["username"], "admin@acme.example");
    e.emu.advance_clock(Duration::from_secs(11 * 86_400));
    let r = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": text}),
        )
        .await;
    assert_eq!(r.status.as_u16(), 401, "expired");
    let admin = e.login("admin@acme.example").await;
    let id = mine["id"].as_i64().expect("id");
    e.delete(&format!("/api/v1/application_token/{id}"), &admin)
        .await
        .assert_status(204);
    e.delete(&format!("/api/v1/application_token/{id}"), &admin)
        .await
        .assert_error(404);
    // Tokens of another Workspace are not reachable.
    let ops = e.login("ops@globex.example").await;
    e.delete("/api/v1/application_token/1", &ops)
        .await
        .assert_error(404);
}

#[tokio::test]
async fn auth_tokens_of_a_revoked_application_token_stop_working() {
    let e = start().await;
    let tokens = emnify::emulator::demo::demo_app_tokens().expect("tokens");
    let t = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": tokens[0].2}),
        )
        .await
        .json()["auth_token"]
        .as_str()
        .expect("token")
        .to_string();
    e.get("/api/v1/organisation/my", &t)
        .await
        .assert_status(200);
    let admin = e.login("admin@acme.example").await;
    e.patch(
        "/api/v1/application_token/1",
        &admin,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_status(204);
    e.get("/api/v1/organisation/my", &t).await.assert_error(401);
}

#[tokio::test]
async fn operator_rejects_requests() {
    let e = start().await;
    e.req(
        Method::POST,
        "/emulator/v1/operator/unlink",
        None,
        Some(json!({"workspace_id": ACME_SANDBOX})),
    )
    .await
    .assert_status(204);
    let admin = e.login("admin@acme.example").await;
    let r = e
        .post(
            "/emulator/v1/workspace/request",
            Some(&admin),
            json!({"contact_email": "it@acme.example", "name": "Acme US"}),
        )
        .await;
    let id = r.json()["id"].as_i64().expect("id");
    e.req(
        Method::POST,
        &format!("/emulator/v1/operator/requests/{id}/reject"),
        None,
        None,
    )
    .await
    .assert_status(204);
    e.req(
        Method::POST,
        &format!("/emulator/v1/operator/requests/{id}/reject"),
        None,
        None,
    )
    .await
    .assert_error(404);
    e.req(
        Method::POST,
        &format!("/emulator/v1/operator/requests/{id}/fulfil"),
        None,
        None,
    )
    .await
    .assert_error(409);
    let list = e
        .req(Method::GET, "/emulator/v1/operator/requests", None, None)
        .await
        .json();
    assert_eq!(list[0]["status"], "rejected");
}

#[tokio::test]
async fn wrong_mfa_codes_count_towards_the_lockout_and_trusted_devices_expire() {
    let e = start().await;
    let mfa = || async {
        e.password_login("admin@acme.example", PW).await.json()["mfa_token"]
            .as_str()
            .expect("mfa")
            .to_string()
    };
    let m = mfa().await;
    for _ in 0..2 {
        let r = e
            .post(
                "/api/v1/authenticate",
                None,
                json!({"mfa_token": m, "code": "999999"}),
            )
            .await;
        assert_eq!(r.status.as_u16(), 401);
    }
    let v = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"mfa_token": m, "code": "999999"}),
        )
        .await
        .assert_error(401);
    assert_eq!(v["error_code"], 1105);
    e.post(
        "/api/v1/authenticate",
        None,
        json!({"mfa_token": m, "code": "123456"}),
    )
    .await
    .assert_error(401);
    e.emu.advance_clock(Duration::from_secs(301));
    let m = mfa().await;
    e.post(
        "/api/v1/authenticate",
        None,
        json!({"mfa_token": m, "code": "123456", "trusted_device": {"fingerprint": "laptop"}}),
    )
    .await
    .assert_status(200);
    let with_fp = json!({"username": "admin@acme.example", "password": emnify::emulator::auth::sha1_hex(PW), "fingerprint": "laptop"});
    assert!(e
        .post("/api/v1/authenticate", None, with_fp.clone())
        .await
        .json()["auth_token"]
        .is_string());
    e.emu.advance_clock(Duration::from_secs(91 * 86_400));
    assert!(
        e.post("/api/v1/authenticate", None, with_fp).await.json()["mfa_token"].is_string(),
        "trust ended after 90 days"
    );
}

#[tokio::test]
async fn renaming_needs_administrator_in_every_workspace_of_the_user() {
    let e = start().await;
    let sa = e.user_id("superadmin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    let ops = e.login("ops@globex.example").await;
    let carl = e.login_to("contractor@acme.example", ACME_EU).await;
    let before = e.emu.store().dump().expect("dump");
    // Globex's Administrator sees the SuperAdmin (an Observer there) but may not rename them.
    e.patch(
        &format!("/api/v1/user/{sa}"),
        &ops,
        json!({"username": "x@globex.example"}),
    )
    .await
    .assert_error(403);
    // Administrator of Acme EU only: the observer is also in Acme Corp.
    e.patch(
        &format!("/api/v1/user/{obs}"),
        &carl,
        json!({"name": "Renamed"}),
    )
    .await
    .assert_error(403);
    e.patch(
        &format!("/api/v1/user/{sa}"),
        &carl,
        json!({"name": "Renamed"}),
    )
    .await
    .assert_error(403);
    assert_eq!(before, e.emu.store().dump().expect("dump"));
    e.password_login("superadmin@acme.example", PW)
        .await
        .assert_status(200);
    // The SuperAdmin administers both of the observer's Workspaces; anyone renames themselves.
    let sa_token = e.login("superadmin@acme.example").await;
    e.patch(
        &format!("/api/v1/user/{obs}"),
        &sa_token,
        json!({"name": "Olga Observer"}),
    )
    .await
    .assert_status(204);
    e.patch(
        &format!("/api/v1/user/{sa}"),
        &sa_token,
        json!({"name": "Sam Super"}),
    )
    .await
    .assert_status(204);
}

#[tokio::test]
async fn a_deleted_users_username_can_be_taken_by_a_rename() {
    let e = start().await;
    let sa = e.login("superadmin@acme.example").await;
    let pending = e.user_id("pending@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    // pending@ is only in Acme Corp: removing them there deletes the account.
    e.delete(&format!("/api/v1/user/{pending}"), &sa)
        .await
        .assert_status(204);
    e.patch(
        &format!("/api/v1/user/{obs}"),
        &sa,
        json!({"username": "Pending@acme.example"}),
    )
    .await
    .assert_status(204);
    let v = e.get(&format!("/api/v1/user/{obs}"), &sa).await.json();
    assert_eq!(v["username"], "Pending@acme.example");
    // The freed name is kept out of the way in a form no live username can take.
    let admin = e.user_id("admin@acme.example").await;
    e.patch(
        &format!("/api/v1/user/{admin}"),
        &sa,
        json!({"username": format!("pending@acme.example (deleted {pending})")}),
    )
    .await
    .assert_error(422);
}
