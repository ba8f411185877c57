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
    run(
        EmulatorCommand::Reset {
            db: Some(db.clone()),
        },
        false,
    )
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
    let err = run(
        EmulatorCommand::Reset {
            db: Some(file.join("emu.db")),
        },
        false,
    )
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
    let task = tokio::spawn(run(
        EmulatorCommand::Serve {
            port,
            db: None,
            in_memory: true,
        },
        false,
    ));
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
    let err = run(
        EmulatorCommand::Serve {
            port,
            db: None,
            in_memory: true,
        },
        false,
    )
    .await
    .expect_err("port is busy");
    assert_eq!(err.kind, emnify::error::ErrorKind::Usage);
    assert!(!err.hints.is_empty());
}

#[test]
fn reset_moves_an_unreadable_database_aside_and_recreates_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("emulator.db");
    let junk = b"this is not an SQLite database, just some text that fills the header page";
    std::fs::write(&db, junk.repeat(64)).expect("write");
    let bin = assert_cmd::cargo::cargo_bin("emnify");
    let env = |cmd: &mut std::process::Command| {
        cmd.env_clear()
            .env("HOME", dir.path())
            .env("EMNIFY_CONFIG_DIR", dir.path().join("config"))
            .env("EMNIFY_DATA_DIR", dir.path())
            .env("EMNIFY_CREDENTIAL_STORE", "file")
            .env("NO_COLOR", "1");
    };
    // The embedded emulator refuses it and points at `emulator reset`.
    let mut cmd = std::process::Command::new(&bin);
    env(&mut cmd);
    let out = cmd
        .args(["--emulator", "workspace", "list"])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("`emnify emulator reset`"), "{stderr}");

    let mut cmd = std::process::Command::new(&bin);
    env(&mut cmd);
    let out = cmd.args(["emulator", "reset"]).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("moved it aside to"), "{stderr}");
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("emulator.db.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    // Nothing lost: the old bytes are kept as they were.
    assert_eq!(
        std::fs::read(dir.path().join(&aside[0])).expect("read"),
        junk.repeat(64)
    );
    assert!(stderr.contains(&aside[0]), "{stderr}");

    let mut cmd = std::process::Command::new(&bin);
    env(&mut cmd);
    let out = cmd
        .args(["--emulator", "workspace", "list", "-o", "json"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // `-q` silences the confirmation of a reset (errors would still show).
    let mut cmd = std::process::Command::new(&bin);
    env(&mut cmd);
    let out = cmd.args(["-q", "emulator", "reset"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_serve_promptly_and_cleanly() {
    use std::io::{BufRead, Read};
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("emnify"))
        .args(["emulator", "serve", "--port", "0", "--in-memory"])
        .env_clear()
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut url = String::new();
    stdout.read_line(&mut url).expect("url line");
    let url = url.trim().to_string();
    // A client with an open keep-alive connection must not hold the shutdown up.
    let addr = url.trim_start_matches("http://").to_string();
    let mut conn = std::net::TcpStream::connect(&addr).expect("connect");
    std::io::Write::write_all(
        &mut conn,
        b"GET /emulator/v1/capabilities HTTP/1.1\r\nHost: emulator\r\n\r\n",
    )
    .expect("request");
    let mut head = [0u8; 64];
    let n = conn.read(&mut head).expect("response");
    assert!(
        String::from_utf8_lossy(&head[..n]).starts_with("HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&head[..n])
    );
    let started = std::time::Instant::now();
    // SAFETY: sending SIGINT to the child we spawned.
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(rc, 0);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > std::time::Duration::from_secs(10) {
            let _ = child.kill();
            panic!("serve did not stop within 10 s of Ctrl-C");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let elapsed = started.elapsed();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(
        stderr.trim_end().ends_with("emnify emulator stopped"),
        "{stderr}"
    );
    assert!(elapsed < std::time::Duration::from_secs(1), "{elapsed:?}");
    drop(conn);
}
