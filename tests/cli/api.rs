//! The API client in-process against the emulator: pagination and the token cache.

use emnify::api::http::{Http, RetryPolicy};
use emnify::api::models::User;
use emnify::api::{Client, Login};
use emnify::profile::credentials::Secret;

use crate::common::{demo_data as demo, TestEnv};

fn superadmin(t: &TestEnv) -> Client {
    let http = Http::new(&t.url, RetryPolicy::default()).expect("http");
    let login = Login::Password {
        username: demo::SUPERADMIN.into(),
        password: Secret::new(demo::DEMO_PASSWORD),
    };
    Client::new(http, Some(login), "test", Default::default())
}

#[test]
fn pagination_follows_x_total_pages() {
    let t = TestEnv::new();
    let client = superadmin(&t);
    let (all, paged) = t.rt.block_on(async {
        let all: Vec<User> = client
            .get_pages("/api/v1/user", &[], 1000)
            .await
            .expect("one page");
        t.emu().reset_metrics();
        let paged: Vec<User> = client
            .get_pages("/api/v1/user", &[], 2)
            .await
            .expect("pages");
        (all, paged)
    });
    assert!(all.len() > 2, "the demo Workspace has several users");
    let ids = |v: &[User]| v.iter().map(|u| u.id).collect::<Vec<_>>();
    assert_eq!(ids(&paged), ids(&all));
    assert_eq!(t.count("GET /api/v1/user"), all.len().div_ceil(2) as u64);
}

#[test]
fn one_session_switches_once_per_workspace() {
    let t = TestEnv::new();
    let client = superadmin(&t);
    t.rt.block_on(async {
        for _ in 0..3 {
            for ws in [demo::ACME_EU, demo::ACME_SANDBOX, demo::ACME_CORP] {
                let org: serde_json::Value = client
                    .in_workspace(ws)
                    .get("/api/v1/organisation/my", &[])
                    .await
                    .expect("org");
                assert_eq!(org["id"], ws);
            }
        }
    });
    assert_eq!(t.count("POST /api/v1/authenticate"), 1);
    assert_eq!(t.count("POST /api/v1/authenticate/workspace"), 2);
}
