//! Against "emnify's cloud": a proxy in front of the emulator that answers 404 on every
//! `/emulator/v1` path, as emnify does. The commands must report what the public API gives and
//! say what it cannot.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::Value;

use super::harness::*;

#[derive(Clone)]
struct Upstream {
    base: String,
    http: reqwest::Client,
}

async fn forward(State(up): State<Upstream>, req: Request) -> Response {
    let path_q = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default();
    if req.uri().path().starts_with("/emulator/") {
        let mut r = Response::new(Body::from(
            r#"{"error_code":1201,"error_token":"NotFound","message":"Not Found"}"#,
        ));
        *r.status_mut() = StatusCode::NOT_FOUND;
        return r;
    }
    let method = req.method().clone();
    let mut rb = up.http.request(method, format!("{}{}", up.base, path_q));
    for (k, v) in req.headers() {
        if k == "authorization" || k == "content-type" {
            rb = rb.header(k.as_str(), v.as_bytes());
        }
    }
    let body = to_bytes(req.into_body(), 1 << 20).await.unwrap_or_default();
    let resp = match rb.body(body.to_vec()).send().await {
        Ok(r) => r,
        Err(_) => {
            let mut r = Response::new(Body::empty());
            *r.status_mut() = StatusCode::BAD_GATEWAY;
            return r;
        }
    };
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.unwrap_or_default();
    let mut out = Response::new(Body::from(bytes));
    *out.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    for (k, v) in headers.iter() {
        let name = k.as_str();
        if name.starts_with("x-") || name == "content-type" || name == "retry-after" {
            if let (Ok(n), Ok(v)) = (
                HeaderName::try_from(name),
                HeaderValue::from_bytes(v.as_bytes()),
            ) {
                out.headers_mut().insert(n, v);
            }
        }
    }
    out
}

/// Starts the proxy on the harness's runtime and returns its URL.
fn cloud(env: &Env) -> String {
    let up = Upstream {
        base: env.t.url.clone(),
        http: reqwest::Client::new(),
    };
    let listener = env
        .t
        .rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("proxy binds");
    let url = format!("http://{}", listener.local_addr().expect("proxy addr"));
    let app = axum::Router::new().fallback(forward).with_state(up);
    env.t.rt.spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    url
}

fn run_cloud(env: &Env, url: &str, args: &[&str]) -> Out {
    env.t
        .cmd(args)
        .env("EMNIFY_API_URL", url)
        .env("EMNIFY_USERNAME", SUPERADMIN)
        .env("EMNIFY_PASSWORD", PW)
        .env("CI", "true")
        .go()
}

#[test]
fn audit_reports_what_the_public_api_gives_and_names_the_rest() {
    let env = start();
    let url = cloud(&env);
    let out = run_cloud(&env, &url, &["audit", "--output", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = out.json();
    assert_valid(&report);
    let ws = report["workspaces"].as_array().expect("workspaces");
    assert!(ws
        .iter()
        .all(|w| w["sso"]["state"] == "unknown" && w["link"]["state"] == "unknown"));
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 11);
    assert!(rows.iter().all(|r| r["login_method"] == "unknown"));
    // what does not need SSO or links is still found
    let codes: Vec<String> = findings(&report).into_iter().map(|f| f.0).collect();
    assert_eq!(
        codes,
        vec![
            "NO_ACTIVE_ADMINISTRATOR",
            "STALE_INVITATION",
            "SUSPENDED_ADMINISTRATOR"
        ]
    );
    // the SuperAdmin is recognised by its role even without the link endpoint
    assert_eq!(report["superadmin"]["username"], SUPERADMIN);
    let limits: Vec<&str> = report["limitations"]
        .as_array()
        .expect("limitations")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        limits
            .iter()
            .any(|l| l.contains("not available from emnify's public API")),
        "{limits:?}"
    );
    assert!(
        out.stderr
            .contains("not checked: links, the main organisation and SSO settings"),
        "{}",
        out.stderr
    );
}

#[test]
fn link_and_sso_say_what_the_cloud_cannot_do() {
    let env = start();
    let url = cloud(&env);

    let show = run_cloud(&env, &url, &["link", "show", "--output", "json"]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    let g = show.json();
    assert_eq!(g["linked"], Value::Null);
    assert_eq!(g["workspaces"].as_array().map(Vec::len), Some(4));
    assert!(
        show.stderr
            .contains("not available from emnify's public API"),
        "{}",
        show.stderr
    );

    let status = run_cloud(&env, &url, &["sso", "status", "--output", "json"]);
    assert_eq!(status.code, 0, "{}", status.stderr);
    assert_eq!(status.json()["active"], Value::Null);
    assert!(status
        .stderr
        .contains("portal.emnify.com/organisation-settings/federation"));

    for args in [
        &[
            "link",
            "request",
            "--contact-email",
            "ops@acme.example",
            "--workspace-ids",
            "2001",
        ][..],
        &[
            "workspace",
            "request",
            "--contact-email",
            "ops@acme.example",
            "--name",
            "Acme APAC",
        ][..],
        &["sso", "enable", "--provider", "google", "--client-id", "x"][..],
        &["sso", "verify"][..],
        &["sso", "disable", "--yes"][..],
        &["link", "unlink", "--dry-run"][..],
    ] {
        let out = run_cloud(&env, &url, args);
        assert_eq!(out.code, 9, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("public API"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
    }
}
