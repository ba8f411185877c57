//! The shared end-to-end harness: an in-process emulator with an in-memory database, a temp HOME
//! and config dir, and the real `emnify` binary run with a cleared environment.
//!
//! Every run's stdout and stderr are kept, and after each run all of them are scanned for every
//! secret the test used or the CLI received (passwords and their SHA-1, application tokens, and
//! every token in the credentials file); a hit fails the test. The only exemption is the stdout of
//! `auth token`, whose job is to print one.
//!
//! ```ignore
//! let t = TestEnv::new();
//! t.login(demo::ADMIN).ok();
//! let out = t.run(&["workspace", "list", "-o", "json"]).ok();
//! assert_eq!(out.json()[0]["name"], "Acme Corp");
//! ```
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use emnify::emulator::demo::{self, DEMO_PASSWORD};
use emnify::emulator::{self, EmulatorConfig, RunningEmulator};

pub use emnify::emulator::demo as demo_data;

/// One captured run of the binary.
#[derive(Debug, Clone)]
pub struct Out {
    pub args: Vec<String>,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Assert exit 0 and return self.
    #[track_caller]
    pub fn ok(&self) -> &Self {
        assert_eq!(
            self.code,
            0,
            "`emnify {}` failed:\n{self}",
            self.args.join(" ")
        );
        self
    }

    /// Assert a given exit code.
    #[track_caller]
    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            code,
            "`emnify {}` exit code:\n{self}",
            self.args.join(" ")
        );
        self
    }

    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{self}"))
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{self}"
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{self}"
        );
        self
    }
}

impl std::fmt::Display for Out {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// A run to build: arguments, stdin, extra environment.
pub struct Run<'a> {
    env: &'a TestEnv,
    args: Vec<String>,
    stdin: Option<String>,
    vars: Vec<(String, String)>,
    removed: Vec<String>,
}

impl<'a> Run<'a> {
    pub fn stdin(mut self, s: &str) -> Self {
        self.stdin = Some(s.to_string());
        self
    }
    pub fn env(mut self, k: &str, v: &str) -> Self {
        self.vars.push((k.into(), v.into()));
        self
    }
    /// Drop one of the harness's default variables (e.g. EMNIFY_API_URL).
    pub fn without(mut self, k: &str) -> Self {
        self.removed.push(k.into());
        self
    }
    pub fn go(self) -> Out {
        self.env.execute(self)
    }
}

/// One test's world.
pub struct TestEnv {
    pub rt: tokio::runtime::Runtime,
    emu: Option<RunningEmulator>,
    pub url: String,
    pub home: tempfile::TempDir,
    secrets: Mutex<Vec<String>>,
    outputs: Mutex<Vec<(String, String)>>,
}

impl TestEnv {
    /// The demo data on an in-memory emulator with default lifetimes.
    pub fn new() -> Self {
        Self::with_config(EmulatorConfig::in_memory())
    }

    pub fn with_config(cfg: EmulatorConfig) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime");
        let emu = rt.block_on(emulator::start(cfg)).expect("emulator starts");
        let url = emu.base_url();
        let home = tempfile::tempdir().expect("temp HOME");
        let mut secrets = vec![DEMO_PASSWORD.to_string(), sha1_hex(DEMO_PASSWORD)];
        for (_, _, token) in demo::demo_app_tokens().expect("demo app tokens") {
            secrets.push(token);
        }
        TestEnv {
            rt,
            emu: Some(emu),
            url,
            home,
            secrets: Mutex::new(secrets),
            outputs: Mutex::new(Vec::new()),
        }
    }

    pub fn emu(&self) -> &RunningEmulator {
        self.emu.as_ref().expect("emulator running")
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.home.path().join("data")
    }

    pub fn profile_file(&self) -> PathBuf {
        self.config_dir().join("profiles.toml")
    }

    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir().join("credentials.json")
    }

    /// The profile file's text ("" when absent).
    pub fn profile_text(&self) -> String {
        std::fs::read_to_string(self.profile_file()).unwrap_or_default()
    }

    /// A secret the test uses; every output is checked against it.
    pub fn add_secret(&self, s: &str) {
        if s.len() >= 6 {
            self.secrets.lock().expect("lock").push(s.to_string());
        }
    }

    /// The application token of a demo Workspace.
    pub fn app_token(&self, workspace_id: i64) -> String {
        demo::demo_app_tokens()
            .expect("demo tokens")
            .into_iter()
            .find(|(id, _, _)| *id == workspace_id)
            .map(|(_, _, t)| t)
            .expect("a demo token for that Workspace")
    }

    pub fn cmd(&self, args: &[&str]) -> Run<'_> {
        Run {
            env: self,
            args: args.iter().map(|s| s.to_string()).collect(),
            stdin: None,
            vars: Vec::new(),
            removed: Vec::new(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.cmd(args).go()
    }

    /// `auth login` as a demo user with the demo password, through stdin.
    pub fn login(&self, username: &str) -> Out {
        self.cmd(&["auth", "login", "--username", username, "--password-stdin"])
            .stdin(&format!("{DEMO_PASSWORD}\n"))
            .go()
    }

    /// Emulator request counts by `METHOD /route`.
    pub fn count(&self, route: &str) -> u64 {
        self.emu().metrics()["by_route"][route]
            .as_u64()
            .unwrap_or(0)
    }

    pub fn advance_clock(&self, by: Duration) {
        self.emu().advance_clock(by);
    }

    /// The environment every run starts from.
    pub fn defaults(&self) -> Vec<(&'static str, String)> {
        vec![
            ("HOME", self.home.path().display().to_string()),
            ("EMNIFY_CONFIG_DIR", self.config_dir().display().to_string()),
            ("EMNIFY_DATA_DIR", self.data_dir().display().to_string()),
            ("EMNIFY_API_URL", self.url.clone()),
            ("EMNIFY_CREDENTIAL_STORE", "file".to_string()),
            ("NO_COLOR", "1".to_string()),
            ("COLUMNS", "100".to_string()),
            ("PATH", std::env::var("PATH").unwrap_or_default()),
        ]
    }

    fn execute(&self, run: Run<'_>) -> Out {
        let bin = assert_cmd::cargo::cargo_bin("emnify");
        let mut cmd = Command::new(bin);
        cmd.args(&run.args).env_clear();
        for (k, v) in self.defaults() {
            if !run.removed.iter().any(|r| r == k) {
                cmd.env(k, v);
            }
        }
        for (k, v) in &run.vars {
            cmd.env(k, v);
        }
        cmd.stdin(if run.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn emnify");
        if let Some(input) = &run.stdin {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(input.as_bytes()).expect("write stdin");
        }
        let output = wait_with_timeout(child, Duration::from_secs(60));
        let out = Out {
            args: run.args.clone(),
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
        self.record(&out);
        out
    }

    /// Run the binary on a pseudo-terminal (stdin, stdout and stderr), as a person would.
    #[cfg(unix)]
    pub fn tty(&self, args: &[&str]) -> tty::Tty<'_> {
        tty::Tty::spawn(self, self.tty_command(args), args, 120)
    }

    /// The binary with `args` and this environment, as a terminal session runs it.
    fn tty_command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("emnify"));
        cmd.args(args).env_clear();
        for (k, v) in self.defaults() {
            cmd.env(k, v);
        }
        cmd.env("TERM", "xterm");
        cmd
    }

    /// Like [`TestEnv::tty`] with stdout redirected to the file `stdout` (stdin and stderr stay
    /// on the terminal), as in `emnify audit > report.json`.
    #[cfg(unix)]
    pub fn tty_with_stdout_to(&self, args: &[&str], stdout: &Path) -> tty::Tty<'_> {
        let file = std::fs::File::create(stdout).expect("create the stdout file");
        tty::Tty::spawn_with_stdout(self, self.tty_command(args), args, 120, Some(file))
    }

    /// Like [`TestEnv::tty`] on a terminal that reports its size as 0x0 (as `script` does),
    /// without COLUMNS.
    #[cfg(unix)]
    pub fn tty_of_unknown_size(&self, args: &[&str]) -> tty::Tty<'_> {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("emnify"));
        cmd.args(args).env_clear();
        for (k, v) in self.defaults() {
            if k != "COLUMNS" {
                cmd.env(k, v);
            }
        }
        cmd.env("TERM", "xterm");
        tty::Tty::spawn(self, cmd, args, 0)
    }

    /// Keep this run's output, learn the secrets it made visible, and scan everything so far.
    fn record(&self, out: &Out) {
        let is_auth_token = out.args.iter().any(|a| a == "auth")
            && out.args.iter().any(|a| a == "token")
            && out.code == 0;
        {
            let mut outputs = self.outputs.lock().expect("lock");
            let label = format!("emnify {}", out.args.join(" "));
            if is_auth_token {
                for line in out.stdout.lines().filter(|l| !l.trim().is_empty()) {
                    self.add_secret(line.trim());
                }
            } else {
                outputs.push((format!("{label} (stdout)"), out.stdout.clone()));
            }
            outputs.push((format!("{label} (stderr)"), out.stderr.clone()));
        }
        if let Ok(text) = std::fs::read_to_string(self.credentials_file()) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                let mut found = Vec::new();
                collect_strings(&v, &mut found);
                for s in found {
                    self.add_secret(&s);
                }
            }
        }
        self.assert_no_secret_leaked();
    }

    /// Fail when any captured output contains any known secret.
    #[track_caller]
    pub fn assert_no_secret_leaked(&self) {
        let secrets = self.secrets.lock().expect("lock").clone();
        let outputs = self.outputs.lock().expect("lock");
        for (label, text) in outputs.iter() {
            for s in &secrets {
                assert!(
                    !text.contains(s.as_str()),
                    "a secret ({}…) appeared in the output of {label}:\n{text}",
                    &s[..s.len().min(6)]
                );
            }
            // Tokens this environment never saw (another login, a refresh) are caught by shape.
            if let Some(at) = find_jwt(text) {
                panic!(
                    "a token-shaped string ({}…) appeared in the output of {label}:\n{text}",
                    &text[at..at + 6]
                );
            }
        }
    }

    /// How many outputs were captured (the leak scan covers all of them).
    pub fn captured(&self) -> usize {
        self.outputs.lock().expect("lock").len()
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if let Some(emu) = self.emu.take() {
            self.rt.block_on(emu.shutdown());
        }
    }
}

/// Where a JWT-shaped string (`eyJ…` header, payload and signature in base64url) starts.
fn find_jwt(text: &str) -> Option<usize> {
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut from = 0;
    while let Some(rel) = text[from..].find("eyJ") {
        let at = from + rel;
        let run: String = text[at..]
            .chars()
            .take_while(|c| is_b64(*c) || *c == '.')
            .collect();
        let parts: Vec<&str> = run.split('.').collect();
        if parts.len() >= 3 && parts[..3].iter().all(|p| p.len() >= 8) {
            return Some(at);
        }
        from = at + 3;
    }
    None
}

#[test]
fn the_token_shape_scan_finds_tokens_and_only_tokens() {
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2ln";
    assert_eq!(find_jwt(&format!("token: {jwt}\n")), Some(7));
    assert_eq!(find_jwt("eyJ alone, or eyJabc.def is not a token"), None);
    assert_eq!(find_jwt("no token here"), None);
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

pub fn sha1_hex(s: &str) -> String {
    emnify::api::auth::sha1_hex(s)
}

fn wait_with_timeout(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    use std::io::Read;
    // Drain both pipes on threads so a chatty child never blocks on a full pipe.
    let mut out_pipe = child.stdout.take().expect("stdout");
    let mut err_pipe = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out_pipe.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err_pipe.read_to_end(&mut b);
        b
    });
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                panic!("emnify did not finish within {limit:?}");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for emnify: {e}"),
        }
    };
    std::process::Output {
        status,
        stdout: out_t.join().expect("stdout reader"),
        stderr: err_t.join().expect("stderr reader"),
    }
}

#[cfg(unix)]
pub mod tty {
    //! A minimal expect-style driver over a pseudo-terminal (libc `openpty`), so prompts, the
    //! fuzzy picker and confirmations run exactly as they do for a person.

    use std::io::{Read, Write};
    use std::os::fd::{FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;
    use std::process::{Child, Command, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use super::{Out, TestEnv};

    pub struct Tty<'a> {
        env: &'a TestEnv,
        args: Vec<String>,
        master: std::fs::File,
        child: Child,
        seen: Arc<Mutex<Vec<u8>>>,
    }

    impl<'a> Tty<'a> {
        pub(super) fn spawn(env: &'a TestEnv, cmd: Command, args: &[&str], cols: u16) -> Self {
            Self::spawn_with_stdout(env, cmd, args, cols, None)
        }

        /// Like `spawn`, with stdout sent to `stdout` (a file) instead of the terminal.
        pub(super) fn spawn_with_stdout(
            env: &'a TestEnv,
            mut cmd: Command,
            args: &[&str],
            cols: u16,
            stdout: Option<std::fs::File>,
        ) -> Self {
            let mut master_fd: libc::c_int = -1;
            let mut slave_fd: libc::c_int = -1;
            let size = libc::winsize {
                ws_row: if cols == 0 { 0 } else { 40 },
                ws_col: cols,
                ws_xpixel: 0,
                ws_ypixel: 0,
            };
            // SAFETY: openpty writes two fds into the given out-pointers; the other pointers may
            // be null (name, termios) or point at a valid winsize.
            let rc = unsafe {
                libc::openpty(
                    &mut master_fd,
                    &mut slave_fd,
                    std::ptr::null_mut(),
                    std::ptr::null(),
                    &size,
                )
            };
            assert_eq!(rc, 0, "openpty failed");
            // SAFETY: both fds were just returned by openpty and are owned here.
            let (master, slave) = unsafe {
                (
                    OwnedFd::from_raw_fd(master_fd),
                    OwnedFd::from_raw_fd(slave_fd),
                )
            };
            let io = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup pty"));
            cmd.stdin(io(&slave)).stderr(io(&slave));
            match stdout {
                Some(file) => cmd.stdout(file),
                None => cmd.stdout(io(&slave)),
            };
            // SAFETY: only async-signal-safe calls between fork and exec: a new session whose
            // controlling terminal is the pty (password prompts open /dev/tty).
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    if libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
            let child = cmd.spawn().expect("spawn emnify on a pty");
            drop(slave);
            let master = std::fs::File::from(master);
            let mut reader = master.try_clone().expect("dup master");
            let seen = Arc::new(Mutex::new(Vec::new()));
            let sink = seen.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                // EIO once the child has exited and the slave side is closed.
                while let Ok(n) = reader.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut s) = sink.lock() {
                        s.extend_from_slice(&buf[..n]);
                    }
                }
            });
            Tty {
                env,
                args: args.iter().map(|s| s.to_string()).collect(),
                master,
                child,
                seen,
            }
        }

        /// Everything shown so far, without terminal escape sequences.
        pub fn screen(&self) -> String {
            strip_ansi(&String::from_utf8_lossy(&self.seen.lock().expect("lock")))
        }

        /// Wait until `text` has been shown.
        #[track_caller]
        pub fn expect(&self, text: &str) -> &Self {
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(30) {
                if self.screen().contains(text) {
                    return self;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            panic!(
                "{text:?} never appeared on the terminal:\n{}",
                self.screen()
            );
        }

        /// Type `keys` (use `\r` for Enter).
        pub fn send(&mut self, keys: &str) -> &mut Self {
            self.master
                .write_all(keys.as_bytes())
                .expect("write to pty");
            self.master.flush().expect("flush pty");
            self
        }

        /// Wait for the exit and record the screen with the other outputs for the secret scan.
        pub fn finish(mut self) -> Out {
            let started = Instant::now();
            let status = loop {
                if let Some(s) = self.child.try_wait().expect("wait") {
                    break s;
                }
                if started.elapsed() > Duration::from_secs(30) {
                    let _ = self.child.kill();
                    panic!("emnify did not exit:\n{}", self.screen());
                }
                std::thread::sleep(Duration::from_millis(10));
            };
            std::thread::sleep(Duration::from_millis(50));
            let out = Out {
                args: self.args.clone(),
                code: status.code().unwrap_or(-1),
                stdout: self.screen(),
                stderr: String::new(),
            };
            self.env.record(&out);
            out
        }
    }

    fn strip_ansi(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
                continue;
            }
            out.push(c);
        }
        out
    }
}
