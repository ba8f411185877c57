//! Read paths: a user's Workspaces, the user list with paging, sort and q, stats, organisation.

use serde_json::Value;

use super::common::*;

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x["id"].as_i64()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn own_workspaces_list_shows_superadmin_everywhere_in_the_group() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let me = e.get("/api/v1/user/my", &t).await.json()["id"]
        .as_i64()
        .expect("id");
    let r = e.get(&format!("/api/v2/user/{me}/workspace"), &t).await;
    r.assert_status(200);
    let v = r.json();
    assert_eq!(
        ids(&v),
        vec![ACME_CORP, GLOBEX, ACME_EU, ACME_SANDBOX],
        "{v}"
    );
    for ws in v.as_array().expect("array") {
        let role = ws["roles"][0]["id"].as_i64();
        if ws["id"] == GLOBEX {
            assert_eq!(role, Some(3), "Observer in Globex");
            assert_eq!(ws["owner"], false);
        } else {
            assert_eq!(role, Some(4), "SuperAdmin in {ws}");
        }
        assert_eq!(ws["status"]["status"]["id"], 1);
    }
    assert_eq!(v[0]["default_workspace"], true);
    assert_eq!(v[0]["owner"], true);
    assert!(r.header("x-total-count").is_some());
}

#[tokio::test]
async fn another_users_workspaces_only_where_caller_is_admin() {
    let e = start().await;
    let contractor = e.user_id("contractor@acme.example").await;
    // eu-admin cannot log in with a password (SSO), so use the contractor's view from the
    // SuperAdmin and from ops@globex.
    let sa = e.login("superadmin@acme.example").await;
    let v = e
        .get(&format!("/api/v2/user/{contractor}/workspace"), &sa)
        .await
        .json();
    assert_eq!(ids(&v), vec![ACME_SANDBOX, ACME_EU]);
    let observer = e.login("observer@acme.example").await;
    e.get(&format!("/api/v2/user/{contractor}/workspace"), &observer)
        .await
        .assert_error(403);
    // The contractor is Administrator in Acme EU only: sees observer's EU Workspace, not Corp.
    let c = e.login_to("contractor@acme.example", ACME_EU).await;
    let obs = e.user_id("observer@acme.example").await;
    let v = e
        .get(&format!("/api/v2/user/{obs}/workspace"), &c)
        .await
        .json();
    assert_eq!(ids(&v), vec![ACME_EU]);
    e.get("/api/v2/user/999999/workspace", &sa)
        .await
        .assert_error(404);
    e.get("/api/v2/user/abc/workspace", &sa)
        .await
        .assert_error(404);
}

#[tokio::test]
async fn user_list_pages_with_headers_and_clamps() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let r = e.get("/api/v1/user?page=1&per_page=2", &t).await;
    r.assert_status(200);
    assert_eq!(
        r.header("x-total-count").as_deref(),
        Some("4"),
        "{}",
        r.text
    );
    assert_eq!(r.header("x-total-pages").as_deref(), Some("2"));
    assert_eq!(r.header("x-current-page").as_deref(), Some("1"));
    assert_eq!(r.header("x-count-per-page").as_deref(), Some("2"));
    assert_eq!(r.json().as_array().map(Vec::len), Some(2));
    let r = e.get("/api/v1/user?page=99&per_page=3", &t).await;
    assert_eq!(r.header("x-current-page").as_deref(), Some("2"));
    assert_eq!(r.json().as_array().map(Vec::len), Some(1));
    let r = e.get("/api/v1/user?per_page=0", &t).await;
    assert_eq!(r.header("x-count-per-page").as_deref(), Some("100"));
    let r = e.get("/api/v1/user?per_page=100000&page=-4", &t).await;
    assert_eq!(r.header("x-count-per-page").as_deref(), Some("1000"));
    assert_eq!(r.header("x-current-page").as_deref(), Some("1"));
    e.get("/api/v1/user?page=abc", &t).await.assert_error(422);
    // Beyond any integer is still just past the end: the last page.
    let r = e
        .get("/api/v1/user?page=99999999999999999999&per_page=3", &t)
        .await;
    r.assert_status(200);
    assert_eq!(r.header("x-current-page").as_deref(), Some("2"));
    let r = e.get("/api/v1/user?page=-99999999999999999999", &t).await;
    assert_eq!(r.header("x-current-page").as_deref(), Some("1"));
}

#[tokio::test]
async fn user_list_sort_and_filter() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let v = e.get("/api/v1/user?sort=-username", &t).await.json();
    let names: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["username"].as_str())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    sorted.reverse();
    assert_eq!(names, sorted);
    let v = e.get("/api/v1/user?q=status:0", &t).await.json();
    assert_eq!(v.as_array().map(Vec::len), Some(1));
    assert_eq!(v[0]["username"], "pending@acme.example");
    assert_eq!(v[0]["status"]["description"], "ACTIVATION_PENDING");
    let v = e.get("/api/v1/user?q=username:*admin*", &t).await.json();
    assert_eq!(v.as_array().map(Vec::len), Some(2), "{v}");
    e.get("/api/v1/user?sort=password", &t)
        .await
        .assert_error(422);
    e.get("/api/v1/user?q=password:x", &t)
        .await
        .assert_error(422);
    e.get("/api/v1/user?q=nonsense", &t).await.assert_error(422);
}

#[tokio::test]
async fn stats_daily_for_accessible_workspaces() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let r = e
        .get(
            "/api/v2/workspace/stats/daily?start_date=2026-01-01&end_date=2026-01-07",
            &t,
        )
        .await;
    r.assert_status(200);
    let v = r.json();
    assert_eq!(ids(&v), vec![ACME_CORP, GLOBEX, ACME_EU, ACME_SANDBOX]);
    assert_eq!(v[0]["days"].as_array().map(Vec::len), Some(7));
    assert!(v[0]["days"][0]["data_volume"]["volume"].is_number());
    assert!(v[0]["total"]["sms_volume"]["volume"].is_number());
    let again = e
        .get(
            "/api/v2/workspace/stats/daily?start_date=2026-01-01&end_date=2026-01-07",
            &t,
        )
        .await
        .json();
    assert_eq!(v, again, "stats are deterministic");
    let one = e.get(&format!("/api/v2/workspace/stats/daily?start_date=2026-01-01&end_date=2026-01-02&workspace_ids={ACME_EU}"), &t).await.json();
    assert_eq!(ids(&one), vec![ACME_EU]);
    let twice = e.get(&format!("/api/v2/workspace/stats/daily?start_date=2026-01-01&end_date=2026-01-02&workspace_ids={ACME_EU},{ACME_CORP},{ACME_EU}"), &t).await.json();
    assert_eq!(ids(&twice), vec![ACME_EU, ACME_CORP], "each Workspace once");
    let ops = e.login("ops@globex.example").await;
    e.get(
        &format!("/api/v2/workspace/stats/daily?workspace_ids={ACME_EU}"),
        &ops,
    )
    .await
    .assert_error(422);
    e.get("/api/v2/workspace/stats/daily?start_date=2026-13-01", &t)
        .await
        .assert_error(422);
    e.get(
        "/api/v2/workspace/stats/daily?start_date=2026-02-01&end_date=2026-01-01",
        &t,
    )
    .await
    .assert_error(422);
    e.get("/api/v2/workspace/stats/daily?workspace_ids=x", &t)
        .await
        .assert_error(422);
}

#[tokio::test]
async fn role_and_status_lists() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    let roles = e.get("/api/v1/user/role", &t).await.json();
    assert_eq!(ids(&roles), vec![1, 2, 3]);
    let st = e.get("/api/v1/user/status", &t).await.json();
    assert_eq!(ids(&st), vec![0, 1, 2]);
}

#[tokio::test]
async fn q_on_username_is_exact_unless_it_has_wildcards() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let v = e
        .get("/api/v1/user?q=username:admin@acme.example", &t)
        .await
        .json();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v[0]["username"], "admin@acme.example");
    let v = e.get("/api/v1/user?q=name:sam*", &t).await.json();
    assert_eq!(v[0]["username"], "superadmin@acme.example");
}
