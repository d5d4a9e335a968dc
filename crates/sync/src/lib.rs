//! Offline-first sync between a taxpayer's books and the tax authority.
//!
//! Work never waits for the network: invoices are stored locally first;
//! sync queues each operation in the outbox with an idempotency key and the
//! exact payload before sending it, retries transient failures with
//! exponential backoff and jitter, and applies what comes back (approvals,
//! numbers, status changes, the buyer's input invoices) in one transaction
//! per answer. The authority keeps every outcome by key, so any retry —
//! after a dropped connection or a killed process — is harmless.
//!
//! - [`plan`]: the pure part (classification, backoff, what an answer means);
//! - [`client`]: the signed HTTP client of the authority's API;
//! - [`keys`]: the company's signing key file;
//! - [`engine`]: one company's rounds of queue, push and pull;
//! - [`status`]: the state shown to users (idle, waiting for a connection,
//!   retrying since …);
//! - [`recover`]: rebuilding a company's invoices from the authority.

pub mod client;
pub mod corrections;
pub mod doctor;
pub mod engine;
#[cfg(feature = "testing")]
pub mod fault_proxy;
pub mod keys;
pub mod plan;
pub mod recover;
pub mod spt;
pub mod status;

pub use client::Client;
pub use engine::{Options, Report, Syncer};
pub use plan::{Backoff, Class, Failure};
