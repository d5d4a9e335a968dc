//! OpenFaktur's web app and REST API: the same taxpayer node as the CLI,
//! served over HTTP (axum) for one user on a laptop or many users and
//! companies on a server.
//!
//! - `accounts`: users, roles per company, sessions, API tokens, sign-in
//!   throttling, in books of their own (SQLite or PostgreSQL);
//! - `auth`: who a request is (session cookie or bearer token), its company
//!   and role, CSRF;
//! - `api`: the route table of `/api/v1` — one list that builds the router,
//!   the OpenAPI document (`openapi`) and the isolation test's walk;
//! - `pages`: server-rendered pages (Indonesian by default, English);
//! - `server`: limits, graceful shutdown, the embedded authority and the
//!   background sync; `demo` seeds a first run.

pub mod accounts;
mod answers;
pub mod api;
mod auth;
mod companies;
pub mod demo;
mod error;
pub mod openapi;
mod pages;
pub mod server;
mod state;

pub use accounts::{Accounts, Role};
pub use auth::Caller;
pub use error::ApiError;
pub use server::{Config, Limits, Server};
pub use state::AppState;

/// Now, in Unix milliseconds.
pub fn now_ms() -> i64 {
    faktur_store::now_ms()
}
