//! One reqwest client with timeouts and a User-Agent, and the retry policy.
//!
//! Safe requests (GET, HEAD, PUT, DELETE) are retried on 429, 5xx and connection failures with
//! exponential backoff and jitter, honouring `Retry-After`. Other requests (POST, PATCH) are
//! retried only when the server certainly did not act on them: a 429, or a connection that was
//! never established.

use std::time::Duration;

use rand::Rng;
use reqwest::header::{HeaderMap, AUTHORIZATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use url::Url;

use super::error::{ApiError, ErrorBody};

const USER_AGENT: &str = concat!("emnify-cli/", env!("CARGO_PKG_VERSION"));

/// How often and how long to retry.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts in total, the first one included.
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// A `Retry-After` longer than this is not waited for: the error is returned instead.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a random delay up to the exponential bound.
    fn backoff(&self, attempt: u32) -> Duration {
        let bound = self
            .base_delay
            .saturating_mul(1 << attempt.min(10))
            .min(self.max_delay);
        let millis = bound.as_millis().max(1) as u64;
        Duration::from_millis(rand::thread_rng().gen_range(millis / 2..=millis))
    }
}

/// A finished response: status, headers and the whole body.
#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header_u64(&self, name: &str) -> Option<u64> {
        self.headers.get(name)?.to_str().ok()?.trim().parse().ok()
    }
}

/// The transport: base URL + HTTP client + retry policy.
#[derive(Debug, Clone)]
pub struct Http {
    client: reqwest::Client,
    base: Url,
    retry: RetryPolicy,
}

/// One request, described before it is sent (so it can be sent again).
pub struct Request<'a> {
    pub method: Method,
    pub path: &'a str,
    pub query: &'a [(&'a str, String)],
    pub body: Option<&'a serde_json::Value>,
    pub bearer: Option<&'a str>,
}

impl Http {
    pub fn new(base_url: &str, retry: RetryPolicy) -> Result<Self, ApiError> {
        let mut base = Url::parse(base_url).map_err(|_| ApiError::BadUrl(base_url.to_string()))?;
        // Paths are joined relative to the base, so a base with a path prefix keeps it.
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(ApiError::BadUrl(base_url.to_string()));
        }
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| ApiError::Network {
                url: base_url.into(),
                detail: e.to_string(),
                timeout: false,
            })?;
        Ok(Http {
            client,
            base,
            retry,
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn url(&self, path: &str) -> Result<Url, ApiError> {
        self.base
            .join(path.trim_start_matches('/'))
            .map_err(|_| ApiError::BadUrl(format!("{}{path}", self.base)))
    }

    /// Send with retries. Returns any HTTP answer that is final (2xx, or an error status that is
    /// not worth retrying, or the last retry); errors only when no answer came at all.
    pub async fn send(&self, req: &Request<'_>) -> Result<Response, ApiError> {
        let url = self.url(req.path)?;
        let idempotent = matches!(
            req.method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last = attempt >= self.retry.attempts;
            let started = std::time::Instant::now();
            let mut builder = self.client.request(req.method.clone(), url.clone());
            if !req.query.is_empty() {
                builder = builder.query(req.query);
            }
            if let Some(token) = req.bearer {
                builder = builder.header(AUTHORIZATION, format!("Bearer {token}"));
            }
            if let Some(body) = req.body {
                builder = builder.json(body);
            }
            // Logged: method, path, query, status, time. Never headers or bodies.
            match builder.send().await {
                Ok(resp) => {
                    let status = resp.status();
                    let headers = resp.headers().clone();
                    let body = match resp.bytes().await {
                        Ok(b) => b.to_vec(),
                        Err(e) if idempotent && !last => {
                            tracing::debug!(method = %req.method, path = req.path, "body read failed, retrying");
                            tokio::time::sleep(self.retry.backoff(attempt)).await;
                            let _ = e;
                            continue;
                        }
                        Err(e) => return Err(network_error(&url, &e)),
                    };
                    tracing::info!(
                        method = %req.method,
                        path = req.path,
                        query = ?req.query,
                        status = status.as_u16(),
                        millis = started.elapsed().as_millis() as u64,
                        attempt,
                        "request"
                    );
                    let response = Response {
                        status,
                        headers,
                        body,
                    };
                    let retry_after = response
                        .headers
                        .get(RETRY_AFTER)
                        .and_then(parse_retry_after);
                    let retryable = status == StatusCode::TOO_MANY_REQUESTS
                        || (idempotent && status.is_server_error());
                    if !retryable || last {
                        return Ok(response);
                    }
                    let wait = match retry_after {
                        Some(d) if d > self.retry.max_retry_after => return Ok(response),
                        Some(d) => d,
                        None => self.retry.backoff(attempt),
                    };
                    tracing::warn!(
                        status = status.as_u16(),
                        wait_ms = wait.as_millis() as u64,
                        "retrying"
                    );
                    tokio::time::sleep(wait).await;
                }
                Err(e) => {
                    let never_sent = e.is_connect();
                    tracing::info!(method = %req.method, path = req.path, error = %short(&e), attempt, "request failed");
                    if last || !(idempotent || never_sent) {
                        return Err(network_error(&url, &e));
                    }
                    tokio::time::sleep(self.retry.backoff(attempt)).await;
                }
            }
        }
    }
}

fn short(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timeout".into()
    } else if e.is_connect() {
        "connection failed".into()
    } else {
        "transport error".into()
    }
}

fn network_error(url: &Url, e: &reqwest::Error) -> ApiError {
    let mut detail = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        detail = format!("{detail}: {s}");
        source = s.source();
    }
    let mut shown = url.clone();
    shown.set_query(None);
    ApiError::Network {
        url: shown.to_string(),
        detail,
        timeout: e.is_timeout(),
    }
}

fn parse_retry_after(v: &reqwest::header::HeaderValue) -> Option<Duration> {
    let s = v.to_str().ok()?.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(s).ok()?;
    let delta = when.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(delta.to_std().unwrap_or(Duration::ZERO))
}

/// Turn a non-success response into an error, with emnify's body when there is one.
pub fn status_error(method: &Method, path: &str, resp: &Response) -> ApiError {
    ApiError::Status {
        method: method.to_string(),
        path: path.to_string(),
        status: resp.status.as_u16(),
        body: ErrorBody::parse(&resp.body).map(Box::new),
        retry_after: resp
            .headers
            .get(RETRY_AFTER)
            .and_then(parse_retry_after)
            .map(|d| d.as_secs()),
        workspace: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_within_bounds() {
        let p = RetryPolicy::default();
        for attempt in 1..20 {
            let d = p.backoff(attempt);
            assert!(d <= p.max_delay, "{d:?}");
            assert!(d >= Duration::from_millis(1));
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let v = reqwest::header::HeaderValue::from_static("3");
        assert_eq!(parse_retry_after(&v), Some(Duration::from_secs(3)));
        let v = reqwest::header::HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT");
        assert_eq!(parse_retry_after(&v), Some(Duration::ZERO));
        let v = reqwest::header::HeaderValue::from_static("soon");
        assert_eq!(parse_retry_after(&v), None);
    }

    #[test]
    fn bad_urls_are_rejected() {
        assert!(Http::new("not a url", RetryPolicy::default()).is_err());
        assert!(Http::new("ftp://x", RetryPolicy::default()).is_err());
        assert!(Http::new("http://127.0.0.1:1", RetryPolicy::default()).is_ok());
    }
}
