//! Fixed-window rate limits, kept in memory: each instance limits what reaches it. Keys
//! name the action and who or what it is for ("sign_in:203.0.113.9"). Each action keeps
//! its own bounded table, so a flood of one kind (sign-ins from rotating addresses)
//! cannot push out the counters of another (tries at one invitation).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Keys one action may hold at once: past it, the oldest windows go first.
const KEYS_PER_ACTION: usize = 200_000;

#[derive(Debug, Default)]
pub struct RateLimiter {
    actions: Mutex<HashMap<String, HashMap<String, Window>>>,
}

#[derive(Debug, Clone, Copy)]
struct Window {
    start: Instant,
    count: u32,
    length: Duration,
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
        let action = key.split_once(':').map_or(key, |(action, _)| action);
        let mut actions = self.actions.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let windows = actions.entry(action.to_owned()).or_default();
        if windows.len() >= KEYS_PER_ACTION && !windows.contains_key(key) {
            make_room(windows, now);
        }
        let window = windows.entry(key.to_owned()).or_insert(Window {
            start: now,
            count: 0,
            length: limit.window,
        });
        if now.duration_since(window.start) >= limit.window {
            *window = Window {
                start: now,
                count: 0,
                length: limit.window,
            };
        }
        window.count = window.count.saturating_add(1);
        if window.count > limit.tries {
            return Err(Refused {
                wait: limit
                    .window
                    .saturating_sub(now.duration_since(window.start))
                    .max(Duration::from_secs(1)),
                first: window.count == limit.tries + 1,
            });
        }
        Ok(())
    }
}

/// Drops the windows that have ended (each by its own length); if that is not enough,
/// the oldest half: a forgotten window only forgives, it never refuses anyone.
fn make_room(windows: &mut HashMap<String, Window>, now: Instant) {
    windows.retain(|_, w| now.duration_since(w.start) < w.length);
    if windows.len() >= KEYS_PER_ACTION {
        let mut starts: Vec<Instant> = windows.values().map(|w| w.start).collect();
        let (_, middle, _) = starts.select_nth_unstable(windows.len() / 2);
        let middle = *middle;
        windows.retain(|_, w| w.start > middle);
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

    #[test]
    fn a_flood_from_rotating_addresses_neither_clears_another_actions_counts_nor_blocks_a_new_client() {
        let limiter = RateLimiter::default();
        let per_invitation = Limit {
            tries: 5,
            window: Duration::from_secs(15 * 60),
        };
        let per_client = Limit {
            tries: 30,
            window: Duration::from_secs(60),
        };
        for _ in 0..5 {
            assert!(limiter.check("redeem-invitation:inv-1", per_invitation).is_ok());
        }
        for n in 0..KEYS_PER_ACTION + 100_000 {
            let _ = limiter.check(
                &format!("sign_in:10.{}.{}.{}", n >> 16, (n >> 8) & 255, n & 255),
                per_client,
            );
        }
        assert!(
            limiter.check("redeem-invitation:inv-1", per_invitation).is_err(),
            "the invitation's tries are still counted"
        );
        assert!(
            limiter.check("sign_in:192.0.2.7", per_client).is_ok(),
            "a new client signs in"
        );
    }
}
