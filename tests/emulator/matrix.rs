//! Every role against every user-management action, allowed and denied, with no change on denial.

use serde_json::json;

use super::common::*;

/// One caller: logged in as `who`, switched to `ws`, acting on `target` there.
struct Case {
    role: &'static str,
    who: &'static str,
    ws: i64,
    target: &'static str,
    allowed: bool,
}

const CASES: [Case; 4] = [
    Case {
        role: "SuperAdmin",
        who: "superadmin@acme.example",
        ws: ACME_EU,
        target: "observer@acme.example",
        allowed: true,
    },
    Case {
        role: "Administrator",
        who: "contractor@acme.example",
        ws: ACME_EU,
        target: "observer@acme.example",
        allowed: true,
    },
    Case {
        role: "Observer",
        who: "observer@acme.example",
        ws: ACME_EU,
        target: "contractor@acme.example",
        allowed: false,
    },
    Case {
        role: "User",
        who: "contractor@acme.example",
        ws: ACME_SANDBOX,
        target: "suspended-admin@acme.example",
        allowed: false,
    },
];

/// `(name, method, path, body)`; `{T}` is the target's id, `{W}` the Workspace.
const ACTIONS: [(&str, &str, &str, Option<&str>); 13] = [
    ("list users", "GET", "/api/v1/user", None),
    ("show user", "GET", "/api/v1/user/{T}", None),
    (
        "invite",
        "POST",
        "/api/v2/user/invitation",
        Some(
            r#"{"username":"new.person@acme.example","name":"New Person","organisation":{"id":{W}},"roles":[{"id":2}]}"#,
        ),
    ),
    (
        "create (v1)",
        "POST",
        "/api/v1/user",
        Some(
            r#"{"username":"v1.person@acme.example","name":"V1 Person","organisation":{"id":{W}},"roles":[{"id":3}]}"#,
        ),
    ),
    (
        "rename",
        "PATCH",
        "/api/v1/user/{T}",
        Some(r#"{"name":"Renamed"}"#),
    ),
    (
        "add role (v2)",
        "PUT",
        "/api/v2/user/{T}/workspace/{W}/role/1",
        None,
    ),
    (
        "remove role (v2)",
        "DELETE",
        "/api/v2/user/{T}/workspace/{W}/role/1",
        None,
    ),
    ("add role (v1)", "PUT", "/api/v1/user/{T}/role/2", None),
    (
        "remove role (v1)",
        "DELETE",
        "/api/v1/user/{T}/role/2",
        None,
    ),
    (
        "view their Workspaces",
        "GET",
        "/api/v2/user/{T}/workspace",
        None,
    ),
    (
        "suspend",
        "PATCH",
        "/api/v2/user/{T}/workspace/{W}",
        Some(r#"{"status":{"id":2}}"#),
    ),
    (
        "reactivate (v1)",
        "PATCH",
        "/api/v1/user/{T}",
        Some(r#"{"status":{"id":1}}"#),
    ),
    (
        "remove from Workspace",
        "DELETE",
        "/api/v2/user/{T}/workspace/{W}",
        None,
    ),
];

#[tokio::test]
async fn every_role_against_every_user_management_action() {
    for case in &CASES {
        let e = start().await;
        let token = e.login_to(case.who, case.ws).await;
        let target = e.user_id(case.target).await;
        for (name, method, path, body) in ACTIONS {
            let path = path
                .replace("{T}", &target.to_string())
                .replace("{W}", &case.ws.to_string());
            let before = e.emu.store().dump().expect("dump");
            let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
            let r = match body {
                Some(b) => {
                    e.raw(
                        method,
                        &path,
                        Some(&token),
                        &b.replace("{W}", &case.ws.to_string()),
                    )
                    .await
                }
                None => e.req(method, &path, Some(&token), None).await,
            };
            // A name belongs to the whole account: renaming needs Administrator in every
            // Workspace of the user, and the observer is also in Acme Corp, which the
            // contractor does not administer.
            let allowed = case.allowed && !(name == "rename" && case.role == "Administrator");
            if allowed {
                assert!(
                    r.status.is_success(),
                    "{} may {name}: {} {}",
                    case.role,
                    r.status,
                    r.text
                );
            } else {
                let v = r.assert_error(403);
                assert_eq!(v["error_code"], 1104, "{} {name}", case.role);
                let after = e.emu.store().dump().expect("dump");
                assert_eq!(
                    before, after,
                    "{} {name}: a denied request changed state",
                    case.role
                );
            }
        }
        if case.allowed {
            // The final removal took effect.
            let ws = e.workspaces_of(case.target).await;
            assert!(!ws.iter().any(|w| w.0 == case.ws), "{}: {ws:?}", case.role);
        }
        e.emu.shutdown().await;
    }
}

#[tokio::test]
async fn nobody_changes_their_own_role_status_or_membership() {
    for (who, ws) in [
        ("superadmin@acme.example", ACME_CORP),
        ("admin@acme.example", ACME_CORP),
        ("contractor@acme.example", ACME_EU),
        ("observer@acme.example", ACME_CORP),
    ] {
        let e = start().await;
        let t = e.login_to(who, ws).await;
        let me = e.user_id(who).await;
        let before = e.emu.store().dump().expect("dump");
        let r = e
            .put(&format!("/api/v2/user/{me}/workspace/{ws}/role/2"), &t)
            .await;
        assert!(matches!(r.status.as_u16(), 400 | 403), "{who}: {}", r.text);
        r.assert_error(r.status.as_u16());
        let r = e.put(&format!("/api/v1/user/{me}/role/3"), &t).await;
        assert!(matches!(r.status.as_u16(), 400 | 403), "{who}: {}", r.text);
        let r = e
            .patch(
                &format!("/api/v2/user/{me}/workspace/{ws}"),
                &t,
                json!({"status": {"id": 2}}),
            )
            .await;
        assert!(matches!(r.status.as_u16(), 400 | 403), "{who}: {}", r.text);
        let r = e
            .delete(&format!("/api/v2/user/{me}/workspace/{ws}"), &t)
            .await;
        assert!(matches!(r.status.as_u16(), 400 | 403), "{who}: {}", r.text);
        assert_eq!(before, e.emu.store().dump().expect("dump"), "{who}");
        // Administrators get the specific 400 (own account), not a permission error.
        if who != "observer@acme.example" {
            e.put(&format!("/api/v2/user/{me}/workspace/{ws}/role/2"), &t)
                .await
                .assert_error(400);
        }
    }
}

#[tokio::test]
async fn application_tokens_act_as_administrators_of_their_own_workspace_only() {
    let e = start().await;
    let tokens = emnify::emulator::demo::demo_app_tokens().expect("tokens");
    let (_, _, eu_token) = &tokens[1];
    let t = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": eu_token}),
        )
        .await
        .json()["auth_token"]
        .as_str()
        .expect("token")
        .to_string();
    let obs = e.user_id("observer@acme.example").await;
    e.get("/api/v1/user", &t).await.assert_status(200);
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_EU}/role/2"),
        &t,
    )
    .await
    .assert_status(204);
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/2"),
        &t,
    )
    .await
    .assert_error(403);
}

#[tokio::test]
async fn application_token_management_by_role() {
    let e = start().await;
    let obs = e.login("observer@acme.example").await;
    // Every role may create and list application tokens.
    let r = e
        .post(
            "/api/v1/application_token",
            Some(&obs),
            json!({"description": "ci"}),
        )
        .await;
    r.assert_status(200);
    let text = r.json()["application_token"]
        .as_str()
        .expect("token")
        .to_string();
    let list = e.get("/api/v1/application_token", &obs).await;
    list.assert_status(200);
    let id = list
        .json()
        .as_array()
        .and_then(|a| a.last().cloned())
        .expect("one")["id"]
        .as_i64()
        .expect("id");
    // Only Administrators (and the SuperAdmin) edit them.
    e.patch(
        &format!("/api/v1/application_token/{id}"),
        &obs,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_error(403);
    let admin = e.login("admin@acme.example").await;
    e.patch(
        &format!("/api/v1/application_token/{id}"),
        &admin,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_status(204);
    let r = e
        .post(
            "/api/v1/authenticate",
            None,
            json!({"application_token": text}),
        )
        .await;
    assert_eq!(
        r.status.as_u16(),
        401,
        "a revoked token no longer authenticates"
    );
    e.patch(
        &format!("/api/v1/application_token/{id}"),
        &admin,
        json!({"status": {"id": 7}}),
    )
    .await
    .assert_error(422);
    e.patch(
        "/api/v1/application_token/99999",
        &admin,
        json!({"status": {"id": 1}}),
    )
    .await
    .assert_error(404);
}
