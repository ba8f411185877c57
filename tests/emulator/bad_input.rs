//! Bad input gets emnify's error body and a 4xx, never a 500 and never a partial change.

use reqwest::Method;

use super::common::*;

#[tokio::test]
async fn malformed_wrong_typed_missing_and_unknown_input_is_refused_without_change() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    let w = ACME_CORP;
    // (method, path, body, expected status)
    let cases: Vec<(Method, String, &str, u16)> = vec![
        (Method::POST, "/api/v2/user/invitation".into(), "{oops", 400),
        (Method::POST, "/api/v2/user/invitation".into(), "[]", 400),
        (Method::POST, "/api/v2/user/invitation".into(), "", 400),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"name":"No Username"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":42}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"not-an-email"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","organisation":"1001"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","organisation":{"id":"x"}}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","organisation":{"id":777}}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","roles":[{"id":4}]}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","roles":[{"id":9}]}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","roles":"admin"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","roles":[]}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v1/user".into(),
            r#"{"username":"a@acme.example","roles":[{"nope":1}]}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/{w}"),
            "{bad json",
            400,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/{w}"),
            r#"{}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/{w}"),
            r#"{"status":2}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/{w}"),
            r#"{"status":{"id":"2"}}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/{w}"),
            r#"{"status":{"id":7}}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/999999/workspace/{w}"),
            r#"{"status":{"id":2}}"#,
            404,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/{obs}/workspace/999999"),
            r#"{"status":{"id":2}}"#,
            404,
        ),
        (
            Method::PATCH,
            format!("/api/v2/user/x/workspace/{w}"),
            r#"{"status":{"id":2}}"#,
            404,
        ),
        (
            Method::PATCH,
            format!("/api/v1/user/{obs}"),
            r#"{"name":""}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v1/user/{obs}"),
            r#"{"name":"Ok","status":{"id":9}}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v1/user/{obs}"),
            r#"{"name":"Ok","username":"admin@acme.example"}"#,
            409,
        ),
        (
            Method::PATCH,
            format!("/api/v1/user/{obs}"),
            r#"{"username":"broken"}"#,
            422,
        ),
        (
            Method::PUT,
            format!("/api/v2/user/{obs}/workspace/{w}/role/abc"),
            "",
            404,
        ),
        (
            Method::PUT,
            format!("/api/v2/user/{obs}/workspace/{w}/role/0"),
            "",
            404,
        ),
        (
            Method::DELETE,
            format!("/api/v2/user/{obs}/workspace/{GLOBEX}"),
            "",
            404,
        ),
        (
            Method::DELETE,
            "/api/v2/user/999999/workspace/1001".into(),
            "",
            404,
        ),
        (
            Method::PUT,
            format!("/api/v2/user/{obs}/default_organisation/x"),
            "",
            404,
        ),
        (
            Method::POST,
            "/api/v1/authenticate/workspace".into(),
            r#"{"target_organisation":1002}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v1/authenticate/workspace".into(),
            r#"{}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v1/application_token".into(),
            r#"{"expiry_date":"tomorrow"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v1/application_token".into(),
            r#"{"description":5}"#,
            422,
        ),
        (
            Method::POST,
            "/emulator/v1/link/request".into(),
            r#"{"contact_email":"x@acme.example"}"#,
            422,
        ),
        (
            Method::POST,
            "/emulator/v1/link/request".into(),
            r#"{"contact_email":"x@acme.example","workspace_ids":["a"]}"#,
            422,
        ),
        (
            Method::POST,
            "/emulator/v1/workspace/request".into(),
            r#"{"name":"X"}"#,
            422,
        ),
        (
            Method::PUT,
            "/emulator/v1/workspace/1001/sso".into(),
            r#"{"provider":1}"#,
            422,
        ),
        (
            Method::GET,
            "/emulator/v1/workspace/nope/sso".into(),
            "",
            404,
        ),
        // Control characters in names and usernames would break tables and terminals.
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a@acme.example","name":"Two\nLines"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v2/user/invitation".into(),
            r#"{"username":"a\u001b[31m@acme.example"}"#,
            422,
        ),
        (
            Method::POST,
            "/api/v1/user".into(),
            r#"{"username":"b@acme.example","name":"Bell\u0007"}"#,
            422,
        ),
        (
            Method::PATCH,
            format!("/api/v1/user/{obs}"),
            r#"{"name":"\u001b]0;pwned\u0007"}"#,
            422,
        ),
        (
            Method::POST,
            "/emulator/v1/workspace/request".into(),
            r#"{"name":"New\rWorkspace","contact_email":"c@acme.example"}"#,
            422,
        ),
        (Method::DELETE, "/api/v1/user/role".into(), "", 405),
        (Method::GET, "/api/v3/anything".into(), "", 404),
    ];
    for (method, path, body, status) in cases {
        let before = e.emu.store().dump().expect("dump");
        let r = e.raw(method.clone(), &path, Some(&t), body).await;
        assert_eq!(
            r.status.as_u16(),
            status,
            "{method} {path} {body}: {}",
            r.text
        );
        r.assert_error(status);
        assert_eq!(
            before,
            e.emu.store().dump().expect("dump"),
            "{method} {path} {body} changed state"
        );
    }
}

#[tokio::test]
async fn a_refused_multi_step_change_leaves_nothing_behind() {
    // PATCH /api/v1/user with a valid rename and a refused status change: neither is applied.
    let e = start().await;
    let admin = e.login("admin@acme.example").await;
    let sa = e.user_id("superadmin@acme.example").await;
    let before = e.emu.store().dump().expect("dump");
    let r = e
        .raw(
            Method::PATCH,
            &format!("/api/v1/user/{sa}"),
            Some(&admin),
            r#"{"name":"Hacked","status":{"id":2}}"#,
        )
        .await;
    r.assert_error(403);
    assert_eq!(before, e.emu.store().dump().expect("dump"));
}

#[tokio::test]
async fn operator_input_is_validated_too() {
    let e = start().await;
    for (path, body, status) in [
        (
            "/emulator/v1/operator/knobs",
            r#"{"latency_ms":"slow"}"#,
            422,
        ),
        (
            "/emulator/v1/operator/knobs",
            r#"{"failure_rate":3.0}"#,
            422,
        ),
        ("/emulator/v1/operator/knobs", r#"{"surprise":true}"#, 422),
        ("/emulator/v1/operator/knobs", r#"{"reset_rate":-1}"#, 422),
        (
            "/emulator/v1/operator/knobs",
            r#"{"latency_ms":600000}"#,
            422,
        ),
        ("/emulator/v1/operator/knobs", r#"{"fail_status":404}"#, 422),
        (
            "/emulator/v1/operator/clock",
            r#"{"advance_seconds":-5}"#,
            422,
        ),
        ("/emulator/v1/operator/superadmin", r#"{"user_id":1}"#, 422),
    ] {
        let method = if path.ends_with("knobs") {
            Method::PUT
        } else {
            Method::POST
        };
        let r = e.raw(method, path, None, body).await;
        r.assert_error(status);
    }
    assert_eq!(e.emu.knobs(), emnify::emulator::Knobs::default());
}

#[tokio::test]
async fn undecodable_paths_and_queries_get_emnify_bodies() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    e.get("/api/v1/user/%FF%FE", &t).await.assert_error(404);
    e.get("/api/v2/user/%FF/workspace", &t)
        .await
        .assert_error(404);
    e.get("/api/v1/user?page=%ZZ", &t).await.assert_error(422);
    e.get("/api/v1/user?q=%FF", &t).await.assert_error(422);
}

#[tokio::test]
async fn extreme_dates_and_clock_jumps_do_not_break_the_server() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    for q in [
        "start_date=262143-12-01",
        "start_date=262143-12-20&end_date=262143-12-31",
        "end_date=262143-12-31",
        "start_date=-262143-01-01&end_date=-262143-01-03",
    ] {
        let r = e
            .get(&format!("/api/v2/workspace/stats/daily?{q}"), &t)
            .await;
        assert!(
            r.status.as_u16() == 200 || r.status.as_u16() == 422,
            "{q}: {} {}",
            r.status,
            r.text
        );
    }
    e.req(
        Method::POST,
        "/emulator/v1/operator/clock",
        None,
        Some(serde_json::json!({"advance_seconds": i64::MAX})),
    )
    .await
    .assert_error(422);
    e.emu
        .advance_clock(std::time::Duration::from_secs(u64::MAX));
    e.emu
        .advance_clock(std::time::Duration::from_secs(u64::MAX));
    // Tokens simply expired; nothing panicked.
    e.get("/api/v1/user/my", &t).await.assert_error(401);
    let r = e.password_login("ops@globex.example", PW).await;
    r.assert_status(200);
}
