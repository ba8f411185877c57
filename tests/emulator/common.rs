//! Start an in-memory emulator and talk to it like a client would.

#![allow(dead_code)]

use emnify::emulator::{self, auth::sha1_hex, EmulatorConfig, RunningEmulator};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub const PW: &str = "emnify-demo";
pub const ACME_CORP: i64 = 1001;
pub const ACME_EU: i64 = 1002;
pub const ACME_SANDBOX: i64 = 1003;
pub const GLOBEX: i64 = 2001;

pub struct Emu {
    pub emu: RunningEmulator,
    pub http: reqwest::Client,
    pub base: String,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or(Value::Null)
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
    /// Assert the status and that the body is emnify's error shape.
    #[track_caller]
    pub fn assert_error(&self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.text);
        let v = self.json();
        assert!(v["error_code"].is_u64(), "no error_code in {}", self.text);
        assert!(
            v["error_token"].is_string(),
            "no error_token in {}",
            self.text
        );
        assert!(v["message"].is_string(), "no message in {}", self.text);
        v
    }
    #[track_caller]
    pub fn assert_status(&self, status: u16) -> &Self {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.text);
        self
    }
}

pub async fn start() -> Emu {
    start_with(EmulatorConfig::in_memory()).await
}

pub async fn start_with(cfg: EmulatorConfig) -> Emu {
    let emu = emulator::start(cfg).await.expect("emulator starts");
    let base = emu.base_url();
    Emu {
        emu,
        http: reqwest::Client::new(),
        base,
    }
}

impl Emu {
    pub async fn req(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut rb = self.http.request(method, format!("{}{}", self.base, path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let r = rb.send().await.expect("request sent");
        let status = r.status();
        let headers = r.headers().clone();
        let text = r.text().await.unwrap_or_default();
        Resp {
            status,
            headers,
            text,
        }
    }
    pub async fn raw(&self, method: Method, path: &str, token: Option<&str>, body: &str) -> Resp {
        let mut rb = self
            .http
            .request(method, format!("{}{}", self.base, path))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        let r = rb.send().await.expect("request sent");
        let status = r.status();
        let headers = r.headers().clone();
        let text = r.text().await.unwrap_or_default();
        Resp {
            status,
            headers,
            text,
        }
    }
    pub async fn get(&self, path: &str, token: &str) -> Resp {
        self.req(Method::GET, path, Some(token), None).await
    }
    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Resp {
        self.req(Method::POST, path, token, Some(body)).await
    }
    pub async fn put(&self, path: &str, token: &str) -> Resp {
        self.req(Method::PUT, path, Some(token), None).await
    }
    pub async fn delete(&self, path: &str, token: &str) -> Resp {
        self.req(Method::DELETE, path, Some(token), None).await
    }
    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Resp {
        self.req(Method::PATCH, path, Some(token), Some(body)).await
    }

    /// Password login; panics unless it yields an auth_token.
    pub async fn login(&self, username: &str) -> String {
        let r = self.password_login(username, PW).await;
        assert_eq!(r.status, StatusCode::OK, "login {username}: {}", r.text);
        let v = r.json();
        if let Some(mfa) = v["mfa_token"].as_str() {
            let r = self
                .post(
                    "/api/v1/authenticate",
                    None,
                    json!({"mfa_token": mfa, "code": "123456"}),
                )
                .await;
            assert_eq!(r.status, StatusCode::OK, "mfa {username}: {}", r.text);
            return r.json()["auth_token"]
                .as_str()
                .expect("auth_token")
                .to_string();
        }
        v["auth_token"].as_str().expect("auth_token").to_string()
    }
    pub async fn password_login(&self, username: &str, password: &str) -> Resp {
        self.post(
            "/api/v1/authenticate",
            None,
            json!({"username": username, "password": sha1_hex(password)}),
        )
        .await
    }
    /// Log in and switch to `ws`.
    pub async fn login_to(&self, username: &str, ws: i64) -> String {
        let t = self.login(username).await;
        self.switch(&t, ws).await
    }
    pub async fn switch(&self, token: &str, ws: i64) -> String {
        let r = self
            .post(
                "/api/v1/authenticate/workspace",
                Some(token),
                json!({"target_organisation": {"id": ws}}),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "switch to {ws}: {}", r.text);
        r.json()["auth_token"]
            .as_str()
            .expect("auth_token")
            .to_string()
    }
    /// The id of a user by username (through the SuperAdmin in Acme Corp, or Globex's admin).
    pub async fn user_id(&self, username: &str) -> i64 {
        let store = self.emu.store();
        store
            .read(|c| Ok(emnify::emulator::store::user_by_name(c, username)?.map(|u| u.id)))
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no user {username}"))
    }
    /// The user's Workspaces as `(id, status, roles ids, default)` seen by the user themself.
    pub async fn workspaces_of(&self, username: &str) -> Vec<(i64, i64, Vec<i64>, bool)> {
        let store = self.emu.store();
        let id = self.user_id(username).await;
        store
            .read(|c| {
                let u = emnify::emulator::store::user(c, id)?.expect("user");
                Ok(emnify::emulator::store::access_of(c, id)?
                    .into_iter()
                    .map(|a| {
                        let roles = a.shown_roles().into_iter().map(|(r, _)| r).collect();
                        (
                            a.org_id,
                            a.status as i64,
                            roles,
                            u.default_org_id == Some(a.org_id),
                        )
                    })
                    .collect())
            })
            .expect("read")
    }
    pub async fn default_of(&self, username: &str) -> Option<i64> {
        let id = self.user_id(username).await;
        self.emu
            .store()
            .read(|c| Ok(emnify::emulator::store::user(c, id)?.and_then(|u| u.default_org_id)))
            .expect("read")
    }
}
