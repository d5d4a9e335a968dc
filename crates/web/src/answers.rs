//! Single-invoice answers kept ready: the JSON of an invoice as last
//! served, with the company database's `data_version` it was read at. Any
//! commit to that database — by this server, the CLI, a sync round or
//! another process — changes the version, and the kept answer is no longer
//! used. Keys carry the company, which comes from the caller's grant: a
//! caller can only ever be answered from its own company's entries.

use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::Mutex;

/// At most this many answers are kept (about 6 MB); past it the cache
/// starts afresh.
const MAX_ENTRIES: usize = 4096;

/// Kept answers by (company, invoice id).
#[derive(Debug, Default)]
pub(crate) struct Answers {
    entries: Mutex<HashMap<(String, i64), (i64, Bytes)>>,
}

impl Answers {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, i64), (i64, Bytes)>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The answer kept for this invoice, if read at `version`.
    pub fn get(&self, company: &str, id: i64, version: i64) -> Option<Bytes> {
        let entries = self.lock();
        let (at, bytes) = entries.get(&(company.to_string(), id))?;
        (*at == version).then(|| bytes.clone())
    }

    /// Keeps an answer read at `version`.
    pub fn put(&self, company: &str, id: i64, version: i64, bytes: Bytes) {
        let mut entries = self.lock();
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert((company.to_string(), id), (version, bytes));
    }
}
