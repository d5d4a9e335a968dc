//! A short-lived cache of who a secret is, so that a busy API client does
//! not cost a query of the accounts' books on every request. Entries live
//! [`TTL`]; any change of roles, tokens, sessions or passwords in this
//! process empties the cache at once, and another process sees such a
//! change within `TTL` (docs/web.md).

use super::Grant;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a grant is trusted without asking the books again.
pub const TTL: Duration = Duration::from_secs(2);
/// Beyond this many entries the cache starts afresh (memory stays bounded
/// whatever secrets clients send).
const MAX_ENTRIES: usize = 10_000;

/// A grant, when it was read, and the time (Unix ms) it ends on its own
/// (a session's expiry).
type Entry = (Grant, Instant, i64);

/// Grants by the digest of their secret (session or token).
#[derive(Debug, Default)]
pub(super) struct GrantCache {
    entries: Mutex<HashMap<String, Entry>>,
}

impl GrantCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, digest: &str, now_ms: i64) -> Option<Grant> {
        let entries = self.lock();
        let (grant, at, until_ms) = entries.get(digest)?;
        (at.elapsed() < TTL && now_ms < *until_ms).then(|| grant.clone())
    }

    pub fn put(&self, digest: String, grant: Grant, until_ms: i64) {
        let mut entries = self.lock();
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(digest, (grant, Instant::now(), until_ms));
    }

    pub fn clear(&self) {
        self.lock().clear();
    }
}
