//! Fault knobs, emnify's rate limits, request counters, the clock and reset.

use std::time::{Duration, Instant};

use emnify::emulator::{EmulatorConfig, Knobs};
use reqwest::Method;
use serde_json::json;

use super::common::*;

#[tokio::test]
async fn forced_429_carries_retry_after_then_clears() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.set_knobs(Knobs {
        force_429_next: 2,
        retry_after_secs: 7,
        ..Knobs::default()
    });
    for _ in 0..2 {
        let r = e.get("/api/v1/user/my", &t).await;
        let v = r.assert_error(429);
        assert_eq!(v["error_code"], 1105);
        assert_eq!(r.header("retry-after").as_deref(), Some("7"));
    }
    e.get("/api/v1/user/my", &t).await.assert_status(200);
}

#[tokio::test]
async fn fail_next_and_failure_rate_give_5xx_with_emnify_body() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.set_knobs(Knobs {
        fail_next: 1,
        fail_status: 502,
        ..Knobs::default()
    });
    e.get("/api/v1/user/my", &t).await.assert_error(502);
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    e.emu.set_knobs(Knobs {
        failure_rate: 1.0,
        ..Knobs::default()
    });
    e.get("/api/v1/user/my", &t).await.assert_error(503);
    // Operator endpoints are never failed, so tests can always turn knobs off.
    let r = e
        .req(
            Method::PUT,
            "/emulator/v1/operator/knobs",
            None,
            Some(json!({})),
        )
        .await;
    r.assert_status(200);
    e.get("/api/v1/user/my", &t).await.assert_status(200);
}

#[tokio::test]
async fn only_path_limits_faults_to_matching_requests() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.set_knobs(Knobs {
        failure_rate: 1.0,
        only_path: Some("/workspace".into()),
        ..Knobs::default()
    });
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    let ops = e.user_id("ops@globex.example").await;
    e.get(&format!("/api/v2/user/{ops}/workspace"), &t)
        .await
        .assert_error(503);
}

#[tokio::test]
async fn reset_rate_drops_the_connection() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.set_knobs(Knobs {
        reset_rate: 1.0,
        ..Knobs::default()
    });
    let r = e
        .http
        .get(format!("{}/api/v1/user/my", e.base))
        .bearer_auth(&t)
        .send()
        .await;
    // The connection closes before any status line: the client's send itself fails.
    let err = r.expect_err("the client must see a broken connection");
    assert!(err.is_request(), "{err:?}");
    e.emu.set_knobs(Knobs::default());
    e.get("/api/v1/user/my", &t).await.assert_status(200);
}

#[tokio::test]
async fn latency_is_added() {
    let e = start().await;
    let t = e.login("ops@globex.example").await;
    e.emu.set_knobs(Knobs {
        latency_ms: 150,
        ..Knobs::default()
    });
    let t0 = Instant::now();
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    assert!(t0.elapsed() >= Duration::from_millis(150));
}

#[tokio::test]
async fn list_endpoints_are_limited_to_a_burst_of_5_then_10_per_second() {
    let cfg = EmulatorConfig {
        knobs: Knobs {
            rate_limits: true,
            ..Knobs::default()
        },
        ..EmulatorConfig::in_memory()
    };
    let e = start_with(cfg).await;
    let t = e.login("superadmin@acme.example").await;
    for i in 0..5 {
        e.get("/api/v1/user", &t).await.assert_status(200);
        let _ = i;
    }
    let r = e.get("/api/v1/user", &t).await;
    r.assert_error(429);
    assert!(r.header("retry-after").is_some());
    // Single-entity reads are not in the list class.
    e.get("/api/v1/user/my", &t).await.assert_status(200);
    tokio::time::sleep(Duration::from_millis(250)).await;
    e.get("/api/v1/user", &t).await.assert_status(200);
}

#[tokio::test]
async fn authenticate_is_limited_to_100_per_5_minutes() {
    let cfg = EmulatorConfig {
        knobs: Knobs {
            rate_limits: true,
            ..Knobs::default()
        },
        ..EmulatorConfig::in_memory()
    };
    let e = start_with(cfg).await;
    for _ in 0..100 {
        let r = e
            .post(
                "/api/v1/authenticate",
                None,
                json!({"username": "nobody@x.example", "password": "00"}),
            )
            .await;
        assert_eq!(r.status.as_u16(), 401);
    }
    let r = e.password_login("ops@globex.example", PW).await;
    r.assert_error(429);
    let wait: u64 = r
        .header("retry-after")
        .and_then(|s| s.parse().ok())
        .expect("Retry-After");
    assert!(wait > 200 && wait <= 300, "{wait}");
}

#[tokio::test]
async fn rate_limits_are_off_by_default() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    for _ in 0..30 {
        e.get("/api/v1/user", &t).await.assert_status(200);
    }
}

#[tokio::test]
async fn metrics_count_requests_per_route_and_reset() {
    let e = start().await;
    let t = e.login("superadmin@acme.example").await;
    let sa = e.user_id("superadmin@acme.example").await;
    e.req(Method::DELETE, "/emulator/v1/operator/metrics", None, None)
        .await
        .assert_status(204);
    e.get("/api/v1/user", &t).await;
    e.get("/api/v1/user?page=2", &t).await;
    e.get(&format!("/api/v2/user/{sa}/workspace"), &t).await;
    let m = e
        .req(Method::GET, "/emulator/v1/operator/metrics", None, None)
        .await
        .json();
    assert_eq!(m["total"], 3, "{m}");
    assert_eq!(m["by_route"]["GET /api/v1/user"], 2);
    assert_eq!(m["by_route"]["GET /api/v2/user/{user_id}/workspace"], 1);
    assert_eq!(e.emu.metrics()["total"], 3);
    e.emu.reset_metrics();
    assert_eq!(e.emu.metrics()["total"], 0);
}

#[tokio::test]
async fn operator_reset_restores_the_demo_data_and_invalidates_tokens() {
    let e = start().await;
    let fresh = e.emu.store().dump().expect("dump");
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.delete(&format!("/api/v2/user/{obs}/workspace/{ACME_CORP}"), &admin)
        .await
        .assert_status(204);
    e.req(Method::POST, "/emulator/v1/operator/reset", None, None)
        .await
        .assert_status(204);
    e.get("/api/v1/user/my", &admin).await.assert_error(401);
    let again = e.emu.store().dump().expect("dump");
    // Same rows apart from timestamps taken at load time.
    assert_eq!(fresh.lines().count(), again.lines().count());
    assert!(e
        .workspaces_of("observer@acme.example")
        .await
        .iter()
        .any(|w| w.0 == ACME_CORP));
}

#[tokio::test]
async fn persistent_database_survives_restart_and_tokens_stay_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("sub").join("emulator.db");
    let cfg = EmulatorConfig {
        db_path: Some(db.clone()),
        ..EmulatorConfig::default()
    };
    let e = start_with(cfg.clone()).await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.put(
        &format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/2"),
        &admin,
    )
    .await
    .assert_status(204);
    e.emu.shutdown().await;
    let e = start_with(cfg).await;
    e.get("/api/v1/user/my", &admin).await.assert_status(200);
    assert!(e
        .workspaces_of("observer@acme.example")
        .await
        .iter()
        .any(|w| w.0 == ACME_CORP && w.2 == vec![2, 3]));
    e.emu.shutdown().await;
    emnify::emulator::reset(&db).expect("reset");
    let e = start_with(EmulatorConfig {
        db_path: Some(db),
        ..EmulatorConfig::default()
    })
    .await;
    assert!(e
        .workspaces_of("observer@acme.example")
        .await
        .iter()
        .any(|w| w.0 == ACME_CORP && w.2 == vec![3]));
    e.get("/api/v1/user/my", &admin).await.assert_error(401);
}

#[tokio::test]
async fn changes_are_limited_to_a_burst_of_25() {
    let cfg = EmulatorConfig {
        knobs: Knobs {
            rate_limits: true,
            ..Knobs::default()
        },
        ..EmulatorConfig::in_memory()
    };
    let e = start_with(cfg).await;
    let t = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    let path = format!("/api/v2/user/{obs}/workspace/{ACME_CORP}/role/2");
    let mut statuses = Vec::new();
    for _ in 0..30 {
        statuses.push(e.put(&path, &t).await.status.as_u16());
    }
    let ok = statuses.iter().filter(|s| **s == 204).count();
    assert!((25..=27).contains(&ok), "{statuses:?}");
    assert!(statuses.contains(&429));
}
