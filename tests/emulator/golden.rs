//! Golden JSON: the emulator's answers on emnify's paths, pinned. Timestamps and tokens are
//! masked. `UPDATE_GOLDEN=1 cargo test --test emulator golden` rewrites the files after an
//! intended change (check them against emnify's published schema when you do).

use serde_json::{json, Value};

use super::common::*;

fn mask(v: &mut Value) {
    match v {
        Value::String(s) => {
            let looks_like_ts = s.len() >= 19
                && s.as_bytes().get(4) == Some(&b'-')
                && s.as_bytes().get(10) == Some(&b'T');
            if looks_like_ts {
                *s = "<timestamp>".into();
            } else if s.starts_with("eyJ") {
                *s = "<jwt>".into();
            }
        }
        Value::Array(a) => a.iter_mut().for_each(mask),
        Value::Object(o) => o.values_mut().for_each(mask),
        _ => {}
    }
}

#[track_caller]
fn check(name: &str, mut actual: Value) {
    mask(&mut actual);
    let path = format!(
        "{}/tests/emulator/golden/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let pretty = serde_json::to_string_pretty(&actual).expect("json") + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &pretty).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {path}; run with UPDATE_GOLDEN=1"));
    assert_eq!(pretty, expected, "{name} differs from its golden file");
}

#[tokio::test]
async fn public_answers_match_their_golden_files() {
    let e = start().await;
    check(
        "authenticate_password",
        e.password_login("ops@globex.example", PW).await.json(),
    );
    check(
        "authenticate_mfa_step",
        e.password_login("admin@acme.example", PW).await.json(),
    );
    let t = e.login("superadmin@acme.example").await;
    check("user_my", e.get("/api/v1/user/my", &t).await.json());
    check("user_list", e.get("/api/v1/user?sort=id", &t).await.json());
    check(
        "user_admin_with_mfa",
        e.get("/api/v1/user/2", &t).await.json(),
    );
    check(
        "user_workspaces_superadmin",
        e.get("/api/v2/user/1/workspace", &t).await.json(),
    );
    check(
        "organisation_my",
        e.get("/api/v1/organisation/my", &t).await.json(),
    );
    check(
        "application_tokens",
        e.get("/api/v1/application_token", &t).await.json(),
    );
    check("roles", e.get("/api/v1/user/role", &t).await.json());
    check("statuses", e.get("/api/v1/user/status", &t).await.json());
    check(
        "stats_daily",
        e.get(&format!("/api/v2/workspace/stats/daily?start_date=2026-01-01&end_date=2026-01-02&workspace_ids={ACME_CORP}"), &t).await.json(),
    );
    check(
        "invitation",
        e.post(
            "/api/v2/user/invitation",
            Some(&t),
            json!({"username": "golden@acme.example", "name": "Goldie", "roles": [{"id": 3}]}),
        )
        .await
        .json(),
    );
    let eu = e.switch(&t, ACME_EU).await;
    check(
        "events_my",
        e.get("/api/v1/user/my/event", &eu).await.json(),
    );
    check(
        "error_forbidden",
        e.get("/api/v1/user", &e.login("observer@acme.example").await)
            .await
            .json(),
    );
    check(
        "error_validation",
        e.post("/api/v2/user/invitation", Some(&t), json!({"username": 7}))
            .await
            .json(),
    );
    check("link_group", e.get("/emulator/v1/link", &t).await.json());
}
