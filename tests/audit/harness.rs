//! An in-memory emulator, a temp home, and the real `emnify` binary run against them.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

use emnify::emulator::{self, auth::sha1_hex, EmulatorConfig, RunningEmulator};
use reqwest::Method;
use serde_json::{json, Value};

pub const PW: &str = "emnify-demo";
pub const SUPERADMIN: &str = "superadmin@acme.example";
pub const ACME_CORP: i64 = 1001;
pub const ACME_EU: i64 = 1002;
pub const ACME_SANDBOX: i64 = 1003;
pub const GLOBEX: i64 = 2001;

pub struct Env {
    pub emu: RunningEmulator,
    pub home: tempfile::TempDir,
    pub user: String,
    http: reqwest::Client,
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

pub async fn start() -> Env {
    start_with(EmulatorConfig::in_memory()).await
}

pub async fn start_with(cfg: EmulatorConfig) -> Env {
    let emu = emulator::start(cfg).await.expect("emulator starts");
    Env {
        emu,
        home: tempfile::tempdir().expect("temp home"),
        user: SUPERADMIN.to_string(),
        http: reqwest::Client::new(),
    }
}

impl Env {
    fn dir(&self, name: &str) -> PathBuf {
        let p = self.home.path().join(name);
        std::fs::create_dir_all(&p).expect("dir");
        p
    }

    /// Runs `emnify ARGS` as `self.user` (password from the environment) with a cleared
    /// environment, a temp HOME and no TTY.
    pub async fn run(&self, args: &[&str]) -> Out {
        self.run_with_stdin(args, None).await
    }

    pub async fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Out {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("emnify"));
        cmd.env_clear()
            .env("HOME", self.home.path())
            .env("EMNIFY_CONFIG_DIR", self.dir("config"))
            .env("EMNIFY_DATA_DIR", self.dir("data"))
            .env("EMNIFY_API_URL", self.emu.base_url())
            .env("EMNIFY_USERNAME", &self.user)
            .env("EMNIFY_PASSWORD", PW)
            .env("EMNIFY_CREDENTIAL_STORE", "file")
            .env("NO_COLOR", "1")
            .env("CI", "true")
            .env("COLUMNS", "200")
            .args(args);
        let input = stdin.map(str::to_string);
        tokio::task::spawn_blocking(move || {
            use std::io::Write;
            use std::process::Stdio;
            cmd.stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            let mut child = cmd.spawn().expect("binary starts");
            if let Some(mut s) = child.stdin.take() {
                if let Some(text) = input {
                    s.write_all(text.as_bytes()).expect("stdin written");
                }
            }
            let out = child.wait_with_output().expect("binary ends");
            Out {
                code: out.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            }
        })
        .await
        .expect("runner")
    }

    /// An auth token of `username`, switched into `ws`.
    pub async fn token(&self, username: &str, ws: i64) -> String {
        let v = self
            .call(
                Method::POST,
                "/api/v1/authenticate",
                None,
                Some(json!({"username": username, "password": sha1_hex(PW)})),
            )
            .await;
        let t = v["auth_token"].as_str().expect("auth_token").to_string();
        let v = self
            .call(
                Method::POST,
                "/api/v1/authenticate/workspace",
                Some(&t),
                Some(json!({"target_organisation": {"id": ws}})),
            )
            .await;
        v["auth_token"]
            .as_str()
            .expect("switched auth_token")
            .to_string()
    }

    /// One API call that must succeed; returns the JSON body (or null when empty).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let mut rb = self
            .http
            .request(method.clone(), format!("{}{}", self.emu.base_url(), path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("request sent");
        let status = r.status();
        let text = r.text().await.unwrap_or_default();
        assert!(status.is_success(), "{method} {path} -> {status}: {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    pub fn user_id(&self, username: &str) -> i64 {
        self.emu
            .store()
            .read(|c| Ok(emnify::emulator::store::user_by_name(c, username)?.map(|u| u.id)))
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no user {username}"))
    }
}

/// `(code, workspace id, user id)` of every finding in a JSON report, sorted.
pub fn findings(report: &Value) -> Vec<(String, Option<i64>, Option<i64>)> {
    let mut out: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().expect("code").to_string(),
                f["workspace"]["id"].as_i64(),
                f["user"]["id"].as_i64(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The JSON schema of the report, compiled.
pub fn schema() -> jsonschema::Validator {
    let text = include_str!("../../docs/audit.schema.json");
    let v: Value = serde_json::from_str(text).expect("schema is JSON");
    jsonschema::validator_for(&v).expect("schema compiles")
}

#[track_caller]
pub fn assert_valid(report: &Value) {
    let v = schema();
    let errors: Vec<String> = v
        .iter_errors(report)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "report does not match docs/audit.schema.json: {errors:#?}"
    );
}
