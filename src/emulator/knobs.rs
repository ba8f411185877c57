//! Fault and realism knobs (latency, 5xx, connection resets, forced 429), emnify's rate limits,
//! and the per-route request counters the operator endpoint reports.
//!
//! All knobs are off by default. Operator paths are never slowed, failed, limited or counted.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::errors::ApiError;

/// The largest added latency a knob accepts (one minute).
pub const MAX_LATENCY_MS: u64 = 60_000;

/// What the emulator does to requests on purpose.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Knobs {
    /// Added to every request, in milliseconds.
    pub latency_ms: u64,
    /// Share of requests (0.0–1.0) answered with `fail_status` (503 when unset).
    pub failure_rate: f64,
    /// Share of requests (0.0–1.0) whose connection is dropped without an answer.
    pub reset_rate: f64,
    /// The next N requests fail with `fail_status` (deterministic, for tests).
    pub fail_next: u32,
    /// Status of injected failures (500–599); 0 means 503.
    pub fail_status: u16,
    /// The next N requests are answered 429 with `Retry-After: retry_after_secs`.
    pub force_429_next: u32,
    /// `Retry-After` of forced 429s, in seconds (0 means 1).
    pub retry_after_secs: u64,
    /// When set, faults apply only to requests whose path contains this text.
    pub only_path: Option<String>,
    /// Enforce emnify's documented rate limits (API-FACTS "Rate limits").
    pub rate_limits: bool,
}

impl Knobs {
    pub fn validate(&self) -> Result<(), ApiError> {
        if !(0.0..=1.0).contains(&self.failure_rate) {
            return Err(ApiError::invalid_format(
                "failure_rate",
                "a number from 0 to 1",
            ));
        }
        if !(0.0..=1.0).contains(&self.reset_rate) {
            return Err(ApiError::invalid_format(
                "reset_rate",
                "a number from 0 to 1",
            ));
        }
        if self.fail_status != 0 && !(500..=599).contains(&self.fail_status) {
            return Err(ApiError::invalid_format(
                "fail_status",
                "a status from 500 to 599",
            ));
        }
        if self.latency_ms > MAX_LATENCY_MS {
            return Err(ApiError::invalid_format("latency_ms", "at most 60000"));
        }
        Ok(())
    }
}

/// A token bucket: `burst` requests at once, refilled at `rate` per second.
#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// A rolling window: at most `limit` requests in `window`.
#[derive(Debug, Default)]
struct Window {
    hits: VecDeque<Instant>,
}

/// emnify's documented limits, per client IP.
pub const GLOBAL_LIMIT: (usize, Duration) = (2000, Duration::from_secs(300));
pub const AUTH_LIMIT: (usize, Duration) = (100, Duration::from_secs(300));
/// (sustained per second, burst)
pub const LIST_RATE: (f64, f64) = (10.0, 5.0);
pub const MUTATE_RATE: (f64, f64) = (50.0, 25.0);

#[derive(Default)]
pub struct Limiter {
    windows: HashMap<(IpAddr, &'static str), Window>,
    buckets: HashMap<(IpAddr, &'static str), Bucket>,
}

impl Limiter {
    /// `Err(seconds to wait)` when the request is over a window limit.
    fn window(
        &mut self,
        ip: IpAddr,
        class: &'static str,
        (limit, span): (usize, Duration),
        now: Instant,
    ) -> Result<(), u64> {
        let w = self.windows.entry((ip, class)).or_default();
        while w
            .hits
            .front()
            .is_some_and(|t| now.duration_since(*t) >= span)
        {
            w.hits.pop_front();
        }
        if w.hits.len() >= limit {
            let oldest = w.hits.front().copied().unwrap_or(now);
            let wait = span.saturating_sub(now.duration_since(oldest));
            return Err(wait.as_secs().max(1));
        }
        w.hits.push_back(now);
        Ok(())
    }

    fn bucket(
        &mut self,
        ip: IpAddr,
        class: &'static str,
        (rate, burst): (f64, f64),
        now: Instant,
    ) -> Result<(), u64> {
        let b = self.buckets.entry((ip, class)).or_insert(Bucket {
            tokens: burst,
            last: now,
        });
        let elapsed = now.duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * rate).min(burst);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / rate).ceil().max(1.0) as u64)
        }
    }

    /// Check one request of `class` against every limit that applies.
    pub fn check(&mut self, ip: IpAddr, class: RouteClass, now: Instant) -> Result<(), u64> {
        self.window(ip, "global", GLOBAL_LIMIT, now)?;
        match class {
            RouteClass::Auth => self.window(ip, "auth", AUTH_LIMIT, now),
            RouteClass::List => self.bucket(ip, "list", LIST_RATE, now),
            RouteClass::Mutate => self.bucket(ip, "mutate", MUTATE_RATE, now),
            RouteClass::Other => Ok(()),
        }
    }
}

/// Which of emnify's limits a route falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteClass {
    Auth,
    List,
    Mutate,
    Other,
}

pub fn classify(method: &axum::http::Method, route: &str) -> RouteClass {
    use axum::http::Method;
    if route.starts_with("/api/v1/authenticate") && *method == Method::POST {
        return RouteClass::Auth;
    }
    const LISTS: [&str; 6] = [
        "/api/v1/user",
        "/api/v2/user/{user_id}/workspace",
        "/api/v2/workspace/stats/daily",
        "/api/v1/user/{user_id}/event",
        "/api/v1/application_token",
        "/api/v1/user/{user_id}/workspace",
    ];
    if *method == Method::GET && LISTS.contains(&route) {
        return RouteClass::List;
    }
    if matches!(
        *method,
        Method::POST | Method::PUT | Method::PATCH | Method::DELETE
    ) {
        return RouteClass::Mutate;
    }
    RouteClass::Other
}

/// Shared, mutable knob and counter state of one running emulator.
#[derive(Default)]
pub struct Control {
    pub knobs: Mutex<Knobs>,
    pub limiter: Mutex<Limiter>,
    pub counters: Mutex<BTreeMap<String, u64>>,
}

impl Control {
    pub fn new(knobs: Knobs) -> Self {
        Control {
            knobs: Mutex::new(knobs),
            ..Default::default()
        }
    }
    pub fn knobs(&self) -> Knobs {
        self.knobs.lock().map(|k| k.clone()).unwrap_or_default()
    }
    pub fn set_knobs(&self, k: Knobs) {
        if let Ok(mut g) = self.knobs.lock() {
            *g = k;
        }
    }
    pub fn metrics(&self) -> serde_json::Value {
        let map = self.counters.lock().map(|m| m.clone()).unwrap_or_default();
        let total: u64 = map.values().sum();
        serde_json::json!({"total": total, "by_route": map})
    }
    pub fn reset_metrics(&self) {
        if let Ok(mut m) = self.counters.lock() {
            m.clear();
        }
    }
}

enum Fault {
    None,
    Fail(StatusCode),
    Reset,
    TooMany(u64),
}

/// Decide (and consume) the fault for one request, under one lock.
fn pick_fault(control: &Control, path: &str) -> (Fault, u64, bool) {
    let Ok(mut k) = control.knobs.lock() else {
        return (Fault::None, 0, false);
    };
    let latency = k.latency_ms;
    let applies = k.only_path.as_deref().is_none_or(|p| path.contains(p));
    if !applies {
        return (Fault::None, latency, k.rate_limits);
    }
    let status = StatusCode::from_u16(if k.fail_status == 0 {
        503
    } else {
        k.fail_status
    })
    .unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let fault = if k.force_429_next > 0 {
        k.force_429_next -= 1;
        Fault::TooMany(k.retry_after_secs.max(1))
    } else if k.fail_next > 0 {
        k.fail_next -= 1;
        Fault::Fail(status)
    } else {
        let mut rng = rand::thread_rng();
        if k.reset_rate > 0.0 && rng.gen::<f64>() < k.reset_rate {
            Fault::Reset
        } else if k.failure_rate > 0.0 && rng.gen::<f64>() < k.failure_rate {
            Fault::Fail(status)
        } else {
            Fault::None
        }
    };
    (fault, latency, k.rate_limits)
}

/// The middleware: count, delay, inject faults, enforce limits.
pub async fn layer(State(control): State<Arc<Control>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/emulator/v1/operator") {
        return next.run(req).await;
    }
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| path.clone());
    let method = req.method().clone();
    if let Ok(mut m) = control.counters.lock() {
        *m.entry(format!("{method} {route}")).or_insert(0) += 1;
    }
    let (fault, latency, limits) = pick_fault(&control, &path);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    match fault {
        Fault::None => {}
        Fault::Fail(status) => {
            return ApiError::new(
                status,
                1000,
                "ServiceUnavailable",
                "injected failure (emulator fault knob)",
            )
            .into_response();
        }
        Fault::TooMany(secs) => {
            return ApiError::too_many(
                StatusCode::TOO_MANY_REQUESTS,
                "too many requests (forced by the emulator)",
                Some(secs),
            )
            .into_response();
        }
        Fault::Reset => return reset_response(),
    }
    if limits {
        let ip = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([127, 0, 0, 1]));
        let class = classify(&method, &route);
        let verdict = control
            .limiter
            .lock()
            .map(|mut l| l.check(ip, class, Instant::now()))
            .unwrap_or(Ok(()));
        if let Err(wait) = verdict {
            return ApiError::too_many(
                StatusCode::TOO_MANY_REQUESTS,
                "rate limit exceeded",
                Some(wait),
            )
            .into_response();
        }
    }
    next.run(req).await
}

/// A response whose body fails at once: hyper drops the connection without a complete answer,
/// which the client sees as a connection reset.
fn reset_response() -> Response {
    let stream = futures::stream::once(async {
        Err::<axum::body::Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected reset",
        ))
    });
    let mut resp = Response::new(Body::from_stream(stream));
    *resp.status_mut() = StatusCode::OK;
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_allows_burst_then_refills() {
        let mut l = Limiter::default();
        let ip = IpAddr::from([127, 0, 0, 1]);
        let t0 = Instant::now();
        for _ in 0..5 {
            assert!(l.check(ip, RouteClass::List, t0).is_ok());
        }
        assert!(l.check(ip, RouteClass::List, t0).is_err());
        assert!(l
            .check(ip, RouteClass::List, t0 + Duration::from_millis(110))
            .is_ok());
    }

    #[test]
    fn auth_window_allows_100_per_5_minutes() {
        let mut l = Limiter::default();
        let ip = IpAddr::from([127, 0, 0, 1]);
        let t0 = Instant::now();
        for _ in 0..100 {
            assert!(l.check(ip, RouteClass::Auth, t0).is_ok());
        }
        let wait = l.check(ip, RouteClass::Auth, t0).expect_err("limited");
        assert!(wait >= 299);
        assert!(l
            .check(ip, RouteClass::Auth, t0 + Duration::from_secs(300))
            .is_ok());
    }

    #[test]
    fn global_window_allows_2000_per_5_minutes_per_ip() {
        let mut l = Limiter::default();
        let ip = IpAddr::from([127, 0, 0, 1]);
        let other = IpAddr::from([127, 0, 0, 2]);
        let t0 = Instant::now();
        // Spread over the window so the per-second list and mutation rates never bite.
        let step = Duration::from_millis(140);
        for i in 0..2000u32 {
            assert!(
                l.check(ip, RouteClass::Other, t0 + step * i / 10).is_ok(),
                "request {} refused",
                i + 1
            );
        }
        let late = t0 + step * 200;
        let wait = l.check(ip, RouteClass::Other, late).expect_err("2,001st");
        assert!((1..=300).contains(&wait), "Retry-After {wait}");
        // The global window counts lists too, and other clients are not affected.
        assert!(l.check(ip, RouteClass::List, late).is_err());
        assert!(l.check(other, RouteClass::Other, late).is_ok());
        // Once the first request leaves the window, one more fits.
        assert!(l
            .check(ip, RouteClass::Other, t0 + Duration::from_secs(300))
            .is_ok());
    }

    #[test]
    fn classes() {
        use axum::http::Method;
        assert_eq!(
            classify(&Method::POST, "/api/v1/authenticate"),
            RouteClass::Auth
        );
        assert_eq!(classify(&Method::GET, "/api/v1/user"), RouteClass::List);
        assert_eq!(
            classify(&Method::PATCH, "/api/v1/user/{user_id}"),
            RouteClass::Mutate
        );
        assert_eq!(
            classify(&Method::GET, "/api/v1/user/{user_id}"),
            RouteClass::Other
        );
    }
}
