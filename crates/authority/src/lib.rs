//! The tax-authority sandbox: DJP's side of e-Faktur and Coretax on one
//! machine. PKP registration with an Ed25519 key (standing in for the
//! electronic certificate), e-Nofa NSFP ranges, upload and approval with the
//! catalogue's codes, status changes, the change feed that carries approvals
//! and prepopulated input invoices back, and QR validation. Its own
//! database; knobs for latency, errors and maintenance windows.
//!
//! `rules` decides (pure), `store` keeps the books (on SQLite or
//! PostgreSQL, through `faktur-sql`), `api` speaks HTTP.

mod api;
pub mod knobs;
pub mod ledger;
mod qr;
pub mod rules;
mod running;
pub mod store;

pub use api::{router, serve, Authority};
pub use faktur_sql::DbError;
pub use knobs::Knobs;
pub use running::Running;
