//! Client-side pacing inside emnify's documented rate limits (API-FACTS.md "Rate limits").
//!
//! emnify allows 2,000 requests per IP per rolling 5 minutes, 100 per 5 minutes on the
//! authentication path, list endpoints 10 per second with a burst of 5, and mutations 50 per
//! second with a burst of 25. A bulk command (the audit) asks the [`Pacer`] before every request,
//! so it waits instead of collecting 429s. The limits here keep a margin below emnify's: the
//! server stamps a request when it arrives, a little after we stamp it when we send it.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::Instant;

/// Which of emnify's limits a request falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// `POST /api/v1/authenticate` and `/api/v1/authenticate/workspace`.
    Auth,
    /// Collection and stats GETs.
    List,
    /// POST, PUT, PATCH, DELETE on single entities.
    Mutate,
    /// Anything else (single-entity GETs); only the global window applies.
    Other,
}

/// The limits a [`Pacer`] keeps to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// At most `.0` requests in any rolling `.1`.
    pub global: (usize, Duration),
    pub auth: (usize, Duration),
    /// (sustained per second, burst)
    pub list: (f64, f64),
    pub mutate: (f64, f64),
}

impl Limits {
    /// emnify's documented limits with a safety margin (5% fewer requests, windows 2 s longer,
    /// rates 10% lower, bursts one smaller).
    pub fn emnify() -> Self {
        Limits {
            global: (1900, Duration::from_secs(302)),
            auth: (95, Duration::from_secs(302)),
            list: (9.0, 4.0),
            mutate: (45.0, 24.0),
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::emnify()
    }
}

#[derive(Debug)]
struct Window {
    limit: usize,
    span: Duration,
    hits: VecDeque<Instant>,
}

impl Window {
    fn new((limit, span): (usize, Duration)) -> Self {
        Window {
            limit: limit.max(1),
            span,
            hits: VecDeque::new(),
        }
    }
    /// How long until one more request fits; zero when it fits now.
    fn wait(&mut self, now: Instant) -> Duration {
        while self
            .hits
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= self.span)
        {
            self.hits.pop_front();
        }
        match self.hits.front() {
            Some(oldest) if self.hits.len() >= self.limit => self
                .span
                .saturating_sub(now.saturating_duration_since(*oldest)),
            _ => Duration::ZERO,
        }
    }
    fn take(&mut self, now: Instant) {
        self.hits.push_back(now);
    }
}

#[derive(Debug)]
struct Bucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl Bucket {
    fn new((rate, burst): (f64, f64), now: Instant) -> Self {
        let rate = rate.max(0.001);
        let burst = burst.max(1.0);
        Bucket {
            rate,
            burst,
            tokens: burst,
            last: now,
        }
    }
    fn refill(&mut self, now: Instant) {
        let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + elapsed * self.rate).min(self.burst);
        self.last = now;
    }
    fn wait(&mut self, now: Instant) -> Duration {
        self.refill(now);
        if self.tokens >= 1.0 {
            Duration::ZERO
        } else {
            Duration::from_secs_f64((1.0 - self.tokens) / self.rate)
        }
    }
    fn take(&mut self) {
        self.tokens -= 1.0;
    }
}

#[derive(Debug)]
struct State {
    global: Window,
    auth: Window,
    list: Bucket,
    mutate: Bucket,
}

impl State {
    fn new(limits: &Limits, now: Instant) -> Self {
        State {
            global: Window::new(limits.global),
            auth: Window::new(limits.auth),
            list: Bucket::new(limits.list, now),
            mutate: Bucket::new(limits.mutate, now),
        }
    }

    /// Takes a slot for `class` when every limit allows it now; otherwise returns how long to
    /// wait before asking again (nothing is taken then).
    fn try_take(&mut self, class: Class, now: Instant) -> Option<Duration> {
        let mut wait = self.global.wait(now);
        wait = wait.max(match class {
            Class::Auth => self.auth.wait(now),
            Class::List => self.list.wait(now),
            Class::Mutate => self.mutate.wait(now),
            Class::Other => Duration::ZERO,
        });
        if !wait.is_zero() {
            return Some(wait);
        }
        self.global.take(now);
        match class {
            Class::Auth => self.auth.take(now),
            Class::List => self.list.take(),
            Class::Mutate => self.mutate.take(),
            Class::Other => {}
        }
        None
    }
}

/// Hands out request slots inside the limits; share one per command (it is `Sync`).
#[derive(Debug)]
pub struct Pacer {
    state: Mutex<State>,
}

impl Pacer {
    pub fn new(limits: Limits) -> Self {
        Pacer {
            state: Mutex::new(State::new(&limits, Instant::now())),
        }
    }

    /// Waits until a request of `class` may be sent, and takes its slot.
    pub async fn acquire(&self, class: Class) {
        loop {
            let wait = self.state.lock().await.try_take(class, Instant::now());
            match wait {
                None => return,
                // A floor keeps rounding from turning into a busy loop.
                Some(d) => tokio::time::sleep(d.max(Duration::from_millis(1))).await,
            }
        }
    }
}

impl Default for Pacer {
    fn default() -> Self {
        Self::new(Limits::emnify())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Limits {
        Limits {
            global: (10, Duration::from_secs(60)),
            auth: (2, Duration::from_secs(60)),
            list: (2.0, 3.0),
            mutate: (100.0, 100.0),
        }
    }

    #[test]
    fn list_bucket_allows_the_burst_then_the_rate() {
        let t0 = Instant::now();
        let mut s = State::new(&small(), t0);
        for _ in 0..3 {
            assert_eq!(s.try_take(Class::List, t0), None);
        }
        let wait = s.try_take(Class::List, t0);
        assert_eq!(wait, Some(Duration::from_millis(500)));
        // other classes are not held up by the list bucket
        assert_eq!(s.try_take(Class::Other, t0), None);
        assert_eq!(
            s.try_take(Class::List, t0 + Duration::from_millis(500)),
            None
        );
        assert!(s
            .try_take(Class::List, t0 + Duration::from_millis(500))
            .is_some());
    }

    #[test]
    fn auth_window_holds_until_the_oldest_leaves() {
        let t0 = Instant::now();
        let mut s = State::new(&small(), t0);
        assert_eq!(s.try_take(Class::Auth, t0), None);
        assert_eq!(s.try_take(Class::Auth, t0 + Duration::from_secs(10)), None);
        assert_eq!(
            s.try_take(Class::Auth, t0 + Duration::from_secs(20)),
            Some(Duration::from_secs(40))
        );
        assert_eq!(s.try_take(Class::Auth, t0 + Duration::from_secs(60)), None);
    }

    #[test]
    fn global_window_applies_to_every_class_and_refusal_takes_nothing() {
        let t0 = Instant::now();
        let mut s = State::new(&small(), t0);
        for i in 0..10 {
            assert_eq!(s.try_take(Class::Other, t0 + Duration::from_secs(i)), None);
        }
        let at = t0 + Duration::from_secs(10);
        assert_eq!(s.try_take(Class::Mutate, at), Some(Duration::from_secs(50)));
        assert_eq!(s.try_take(Class::List, at), Some(Duration::from_secs(50)));
        // the refused list request did not spend a list token
        let later = t0 + Duration::from_secs(70);
        for _ in 0..3 {
            assert_eq!(s.try_take(Class::List, later), None);
        }
    }

    #[tokio::test]
    async fn acquire_spaces_requests_at_the_rate() {
        let pacer = Pacer::new(Limits {
            list: (20.0, 3.0),
            ..small()
        });
        let start = Instant::now();
        for _ in 0..7 {
            pacer.acquire(Class::List).await;
        }
        // 3 at once, then 4 more at 20 per second
        let took = Instant::now() - start;
        assert!(took >= Duration::from_millis(195), "{took:?}");
        assert!(took < Duration::from_millis(600), "{took:?}");
    }
}
