//! Large Workspaces seeded through the store stay listable page by page.

use std::time::Instant;

use emnify::emulator::rules::{ROLE_USER, STATUS_ACTIVE};
use emnify::emulator::store;

use super::common::*;

#[tokio::test]
async fn a_workspace_with_2000_users_pages_correctly() {
    let e = start().await;
    let t0 = Instant::now();
    let now = e.emu.store().now();
    e.emu
        .store()
        .write(|c| {
            for i in 0..2000 {
                let id = store::insert_user(
                    c,
                    &format!("bulk{i}@globex.example"),
                    &format!("Bulk {i}"),
                    Some("x"),
                    now,
                    false,
                    None,
                    None,
                    Some(GLOBEX),
                )?;
                store::insert_membership(c, id, GLOBEX, ROLE_USER, STATUS_ACTIVE, now)?;
            }
            Ok(())
        })
        .expect("seed");
    let seeded = t0.elapsed();
    let t = e.login("ops@globex.example").await;
    let mut seen = 0;
    for page in 1..=3 {
        let r = e
            .get(&format!("/api/v1/user?per_page=1000&page={page}"), &t)
            .await;
        r.assert_status(200);
        assert_eq!(r.header("x-total-count").as_deref(), Some("2002"));
        assert_eq!(r.header("x-total-pages").as_deref(), Some("3"));
        seen += r.json().as_array().map(Vec::len).unwrap_or(0);
    }
    assert_eq!(seen, 2002);
    eprintln!(
        "seeded 2000 users in {seeded:?}, listed in {:?}",
        t0.elapsed() - seeded
    );
}
