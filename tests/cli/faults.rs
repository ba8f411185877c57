//! Retries and their limits, driven by the emulator's fault knobs.

use std::time::{Duration, Instant};

use emnify::emulator::Knobs;

use crate::common::{demo_data as demo, TestEnv};

const LIST: &str = "GET /api/v2/user/{user_id}/workspace";

fn knobs(t: &TestEnv, k: Knobs) {
    t.emu().set_knobs(k);
    t.emu().reset_metrics();
}

#[test]
fn a_429_is_retried_after_retry_after() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    knobs(
        &t,
        Knobs {
            force_429_next: 1,
            retry_after_secs: 1,
            only_path: Some("/api/v2/user/".into()),
            ..Knobs::default()
        },
    );
    let started = Instant::now();
    t.run(&["workspace", "list"]).ok();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited for Retry-After"
    );
    assert_eq!(t.count(LIST), 2);
}

#[test]
fn safe_requests_are_retried_on_5xx_and_give_up_with_exit_9() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    knobs(
        &t,
        Knobs {
            fail_next: 2,
            fail_status: 503,
            only_path: Some("/api/v2/user/".into()),
            ..Knobs::default()
        },
    );
    t.run(&["workspace", "list"]).ok();
    assert_eq!(t.count(LIST), 3);

    knobs(
        &t,
        Knobs {
            fail_next: 50,
            fail_status: 502,
            only_path: Some("/api/v2/user/".into()),
            ..Knobs::default()
        },
    );
    t.run(&["workspace", "list"]).code(9).stderr_has("HTTP 502");
    assert_eq!(t.count(LIST), 4, "bounded attempts");
}

#[test]
fn a_failed_post_is_not_retried_blindly() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    let before = t.profile_text();
    knobs(
        &t,
        Knobs {
            fail_next: 1,
            fail_status: 500,
            only_path: Some("/api/v1/authenticate/workspace".into()),
            ..Knobs::default()
        },
    );
    t.run(&["switch", "Acme EU"]).code(9);
    assert_eq!(t.count("POST /api/v1/authenticate/workspace"), 1);
    assert_eq!(
        t.profile_text(),
        before,
        "a failed switch leaves the profile as it was"
    );
    t.run(&["switch", "Acme EU"]).ok();
}

#[test]
fn connection_resets_on_reads_are_retried() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    knobs(
        &t,
        Knobs {
            reset_rate: 1.0,
            only_path: Some("/api/v2/user/".into()),
            ..Knobs::default()
        },
    );
    t.run(&["workspace", "list"]).code(9);
    assert_eq!(t.count(LIST), 4);
    knobs(&t, Knobs::default());
    t.run(&["workspace", "list"]).ok();
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_slow_command_with_exit_130() {
    let t = TestEnv::new();
    t.login(demo::SUPERADMIN).ok();
    knobs(
        &t,
        Knobs {
            latency_ms: 20_000,
            only_path: Some("/api/v2/user/".into()),
            ..Knobs::default()
        },
    );
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("emnify"));
    cmd.args(["workspace", "list"])
        .env_clear()
        .stdin(std::process::Stdio::null());
    for (k, v) in t.defaults() {
        cmd.env(k, v);
    }
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while t.count(LIST) == 0 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: sending a signal to our own child process.
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    assert_eq!(rc, 0);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "did not wait for the slow answer"
    );
    knobs(&t, Knobs::default());
    t.run(&["workspace", "list"]).ok();
}
