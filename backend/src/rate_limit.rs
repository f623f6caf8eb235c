//! Fixed-window rate limits, kept in memory: each instance limits what reaches it. Keys
//! name the action and who or what it is for ("sign_in:203.0.113.9").

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

/// How many tries a key has in each window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub tries: u32,
    pub window: Duration,
}

impl RateLimiter {
    /// Counts one try; refuses it, with how long to wait, once the window's tries are used.
    pub fn check(&self, key: &str, limit: Limit) -> Result<(), Refused> {
        let now = Instant::now();
        let mut windows = self.windows.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > 100_000 {
            windows.retain(|_, (start, _)| now.duration_since(*start) < limit.window);
        }
        let (start, count) = windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(*start) >= limit.window {
            *start = now;
            *count = 0;
        }
        *count = count.saturating_add(1);
        if *count > limit.tries {
            return Err(Refused {
                wait: limit
                    .window
                    .saturating_sub(now.duration_since(*start))
                    .max(Duration::from_secs(1)),
                first: *count == limit.tries + 1,
            });
        }
        Ok(())
    }
}

/// A try over the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// How long until the window starts again.
    pub wait: Duration,
    /// The window's first refusal: worth recording, where the rest of a flood is not.
    pub first: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_try_after_the_limit_is_refused_with_a_wait() {
        let limiter = RateLimiter::default();
        let limit = Limit {
            tries: 2,
            window: Duration::from_secs(60),
        };
        assert!(limiter.check("sign_in:a", limit).is_ok());
        assert!(limiter.check("sign_in:a", limit).is_ok());
        let refused = limiter.check("sign_in:a", limit).expect_err("third try refused");
        assert!(
            refused.wait > Duration::from_secs(50) && refused.wait <= Duration::from_secs(60),
            "{refused:?}"
        );
        assert!(refused.first);
        assert!(!limiter.check("sign_in:a", limit).expect_err("fourth try refused").first);
        assert!(
            limiter.check("sign_in:b", limit).is_ok(),
            "another client is not affected"
        );
    }
}
