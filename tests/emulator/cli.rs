//! `emnify emulator reset` through its command handler.

use emnify::cli::emulator::{run, EmulatorCommand};
use emnify::emulator::EmulatorConfig;

use super::common::*;

#[tokio::test]
async fn reset_command_restores_the_demo_data_in_the_given_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("emu.db");
    let cfg = EmulatorConfig {
        db_path: Some(db.clone()),
        ..EmulatorConfig::default()
    };
    let e = start_with(cfg.clone()).await;
    let admin = e.login("admin@acme.example").await;
    let obs = e.user_id("observer@acme.example").await;
    e.delete(&format!("/api/v2/user/{obs}/workspace/{ACME_CORP}"), &admin)
        .await
        .assert_status(204);
    e.emu.shutdown().await;
    run(EmulatorCommand::Reset {
        db: Some(db.clone()),
    })
    .await
    .expect("reset");
    let e = start_with(cfg).await;
    assert!(e
        .workspaces_of("observer@acme.example")
        .await
        .iter()
        .any(|w| w.0 == ACME_CORP));
}

#[tokio::test]
async fn reset_command_reports_an_unusable_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a directory").expect("write");
    let err = run(EmulatorCommand::Reset {
        db: Some(file.join("emu.db")),
    })
    .await
    .expect_err("must fail");
    assert_eq!(err.kind, emnify::error::ErrorKind::Internal);
    assert!(
        err.message.contains("cannot create the directory"),
        "{}",
        err.message
    );
}
