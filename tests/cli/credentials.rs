//! The credential store: keyring-less fallback with a visible warning, and fail-closed mode.

use crate::common::{demo_data as demo, TestEnv};

#[test]
fn without_a_keyring_credentials_fall_back_to_a_private_file_with_a_warning_once() {
    let t = TestEnv::new();
    let login = |t: &TestEnv| {
        t.cmd(&["auth", "login", "-u", demo::CONTRACTOR, "--password-stdin"])
            .stdin("emnify-demo\n")
            .env("EMNIFY_CREDENTIAL_STORE", "auto")
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
            .go()
    };
    let started = std::time::Instant::now();
    let out = login(&t);
    out.ok()
        .stderr_has("warning:")
        .stderr_has("plain text")
        .stderr_has("EMNIFY_CREDENTIAL_STORE=keyring");
    assert!(
        started.elapsed().as_secs() < 15,
        "the keyring probe is bounded"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(t.credentials_file())
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The warning is one-time; status says where the credentials are.
    let again = login(&t);
    assert!(!again.ok().stderr.contains("warning:"), "{again}");
    let v = t
        .cmd(&["auth", "status", "-o", "json"])
        .env("EMNIFY_CREDENTIAL_STORE", "auto")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .go()
        .ok()
        .json();
    assert!(
        v["credentials"]
            .as_str()
            .unwrap_or("")
            .contains("credentials.json"),
        "{v}"
    );
}

#[test]
fn fail_closed_refuses_without_a_keyring_and_hides_dbus_details() {
    let t = TestEnv::new();
    let out = t
        .cmd(&["auth", "login", "-u", demo::CONTRACTOR, "--password-stdin"])
        .stdin("emnify-demo\n")
        .env("EMNIFY_CREDENTIAL_STORE", "keyring")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .go();
    out.code(3).stderr_has("no OS keyring is available");
    assert!(
        !out.stderr.to_lowercase().contains("dbus error")
            && !out.stderr.contains("org.freedesktop"),
        "{out}"
    );
    assert!(
        !t.credentials_file().exists(),
        "nothing written in fail-closed mode"
    );
    t.cmd(&["auth", "status"])
        .env("EMNIFY_CREDENTIAL_STORE", "vault")
        .go()
        .code(2);
}

#[cfg(unix)]
#[test]
fn a_keyring_that_never_answers_is_abandoned_after_the_timeout() {
    use std::os::unix::net::UnixListener;
    let t = TestEnv::new();
    // A "session bus" that accepts connections and then says nothing, like a wedged D-Bus.
    let socket = t.home.path().join("silent-bus");
    let listener = UnixListener::bind(&socket).expect("bind");
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            if let Ok(mut k) = keep.lock() {
                k.push(conn);
            }
        }
    });
    let started = std::time::Instant::now();
    let out = t
        .cmd(&["auth", "login", "-u", demo::CONTRACTOR, "--password-stdin"])
        .stdin("emnify-demo\n")
        .env("EMNIFY_CREDENTIAL_STORE", "auto")
        .env("EMNIFY_KEYRING_TIMEOUT", "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            &format!("unix:path={}", socket.display()),
        )
        .go();
    out.ok().stderr_has("did not answer within 1 s");
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
    assert!(t.credentials_file().exists());
}

#[cfg(unix)]
#[test]
fn a_credentials_file_others_can_read_is_used_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    t.login(demo::CONTRACTOR).ok();
    let quiet = t.run(&["workspace", "list"]);
    assert!(!quiet.ok().stderr.contains("warning:"), "{quiet}");
    let file = t.credentials_file();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    t.run(&["workspace", "list"])
        .ok()
        .stderr_has("can be read by other users (mode 644)")
        .stderr_has("chmod 600");
    let v = t.run(&["auth", "status", "-o", "json"]).ok().json();
    let where_ = v["credentials"].as_str().unwrap_or_default().to_string();
    assert!(where_.contains("mode 0644"), "{where_}");
}
