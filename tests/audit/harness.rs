//! The shared harness (`tests/common`) plus what these tests need: logging in through the
//! environment as a chosen user, direct API calls to change data, and report helpers.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Stdio};

use emnify::emulator::{EmulatorConfig, RunningEmulator};
use reqwest::Method;
use serde_json::{json, Value};

pub use crate::common::{sha1_hex, Out, TestEnv};

pub const PW: &str = "emnify-demo";
pub const SUPERADMIN: &str = "superadmin@acme.example";
pub const ACME_CORP: i64 = 1001;
pub const ACME_EU: i64 = 1002;
pub const ACME_SANDBOX: i64 = 1003;
pub const GLOBEX: i64 = 2001;

pub struct Env {
    pub t: TestEnv,
    /// Who the binary logs in as (EMNIFY_USERNAME / EMNIFY_PASSWORD).
    pub user: String,
    http: reqwest::Client,
}

pub fn start() -> Env {
    start_with(EmulatorConfig::in_memory())
}

pub fn start_with(cfg: EmulatorConfig) -> Env {
    Env {
        t: TestEnv::with_config(cfg),
        user: SUPERADMIN.to_string(),
        http: reqwest::Client::new(),
    }
}

impl Env {
    pub fn emu(&self) -> &RunningEmulator {
        self.t.emu()
    }

    pub fn home(&self) -> &Path {
        self.t.home.path()
    }

    /// Runs `emnify ARGS` as `self.user`, with CI set (no prompt ever).
    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with_stdin(args, None)
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&str>) -> Out {
        let mut run = self
            .t
            .cmd(args)
            .env("EMNIFY_USERNAME", &self.user)
            .env("EMNIFY_PASSWORD", PW)
            .env("CI", "true");
        if let Some(s) = stdin {
            run = run.stdin(s);
        }
        run.go()
    }

    /// Like [`Env::run`] without the harness's time limit (the full-size bench runs for minutes).
    /// The outputs are checked for the password here, since the harness does not see them.
    pub fn run_unbounded(&self, args: &[&str]) -> Out {
        let out = Command::new(assert_cmd::cargo::cargo_bin("emnify"))
            .args(args)
            .env_clear()
            .env("HOME", self.home())
            .env("EMNIFY_CONFIG_DIR", self.t.config_dir())
            .env("EMNIFY_DATA_DIR", self.t.data_dir())
            .env("EMNIFY_API_URL", &self.t.url)
            .env("EMNIFY_CREDENTIAL_STORE", "file")
            .env("EMNIFY_USERNAME", &self.user)
            .env("EMNIFY_PASSWORD", PW)
            .env("NO_COLOR", "1")
            .env("CI", "true")
            .stdin(Stdio::null())
            .output()
            .expect("emnify runs");
        let out = Out {
            args: args.iter().map(|a| a.to_string()).collect(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        for s in [PW.to_string(), sha1_hex(PW)] {
            assert!(
                !out.stdout.contains(&s) && !out.stderr.contains(&s),
                "the password leaked"
            );
        }
        out
    }

    /// An auth token of `username`, switched into `ws`.
    pub fn token(&self, username: &str, ws: i64) -> String {
        let body = json!({"username": username, "password": sha1_hex(PW)});
        let v = self.call(Method::POST, "/api/v1/authenticate", None, Some(body));
        let t = v["auth_token"].as_str().expect("auth_token").to_string();
        let body = json!({"target_organisation": {"id": ws}});
        let v = self.call(
            Method::POST,
            "/api/v1/authenticate/workspace",
            Some(&t),
            Some(body),
        );
        let switched = v["auth_token"]
            .as_str()
            .expect("switched auth_token")
            .to_string();
        self.t.add_secret(&t);
        self.t.add_secret(&switched);
        switched
    }

    /// One API call that must succeed; returns the JSON body (null when empty).
    pub fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let mut rb = self
            .http
            .request(method.clone(), format!("{}{}", self.t.url, path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        self.t.rt.block_on(async move {
            let r = rb.send().await.expect("request sent");
            let status = r.status();
            let text = r.text().await.unwrap_or_default();
            assert!(status.is_success(), "{method} {path} -> {status}: {text}");
            serde_json::from_str(&text).unwrap_or(Value::Null)
        })
    }

    pub fn user_id(&self, username: &str) -> i64 {
        self.emu()
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

/// Checks a report against `docs/audit.schema.json`.
#[track_caller]
pub fn assert_valid(report: &Value) {
    let text = include_str!("../../docs/audit.schema.json");
    let schema: Value = serde_json::from_str(text).expect("schema is JSON");
    let v = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = v
        .iter_errors(report)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "report does not match docs/audit.schema.json: {errors:#?}"
    );
}
