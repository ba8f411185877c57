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

#[tokio::test]
async fn serve_command_answers_on_the_requested_port() {
    // Find a free port, then serve on it in memory until the task is aborted.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let task = tokio::spawn(run(EmulatorCommand::Serve {
        port,
        db: None,
        in_memory: true,
    }));
    let url = format!("http://127.0.0.1:{port}/emulator/v1/capabilities");
    let mut answered = None;
    for _ in 0..50 {
        if let Ok(r) = reqwest::get(&url).await {
            answered = Some(r.json::<serde_json::Value>().await.expect("json"));
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    task.abort();
    assert_eq!(answered.expect("the server answered")["emulator"], true);
}

#[tokio::test]
async fn serve_command_reports_a_busy_port_as_a_usage_error() {
    let busy = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = busy.local_addr().expect("addr").port();
    let err = run(EmulatorCommand::Serve {
        port,
        db: None,
        in_memory: true,
    })
    .await
    .expect_err("port is busy");
    assert_eq!(err.kind, emnify::error::ErrorKind::Usage);
    assert!(!err.hints.is_empty());
}
