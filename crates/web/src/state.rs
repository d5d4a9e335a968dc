//! What every request shares: the accounts, the open companies, the
//! configuration. Nothing here is needed by another process: sessions,
//! roles and tokens live in the accounts' books, company data in the
//! company stores.

use crate::accounts::Accounts;
use crate::companies::Companies;
use crate::server::Config;
use std::sync::Arc;

/// The shared state (cheap to clone).
#[derive(Debug, Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

#[derive(Debug)]
pub(crate) struct Inner {
    pub accounts: Accounts,
    pub companies: Companies,
    pub answers: crate::answers::Answers,
    pub config: Config,
    /// The authority the background sync and the SPT's payment and
    /// filing talk to.
    pub authority: Option<String>,
}

impl AppState {
    /// A state over open accounts and a data dir / database.
    pub fn new(
        accounts: Accounts,
        target: faktur_db::Target,
        config: Config,
        authority: Option<String>,
    ) -> Self {
        AppState(Arc::new(Inner {
            accounts,
            companies: Companies::new(target),
            answers: crate::answers::Answers::default(),
            config,
            authority,
        }))
    }

    /// The accounts.
    pub fn accounts(&self) -> &Accounts {
        &self.0.accounts
    }

    pub(crate) fn companies(&self) -> &Companies {
        &self.0.companies
    }

    pub(crate) fn answers(&self) -> &crate::answers::Answers {
        &self.0.answers
    }

    pub(crate) fn config(&self) -> &Config {
        &self.0.config
    }

    pub(crate) fn authority(&self) -> Option<&str> {
        self.0.authority.as_deref()
    }
}

/// Runs blocking work (database, hashing) off the async workers.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(crate::ApiError::internal)
}

/// Runs a short read (one indexed lookup) of embedded (SQLite) books in
/// place on the async worker: handing it to the blocking pool and back cost
/// more than the read itself (two thread switches a request). PostgreSQL's
/// synchronous client must not run on an async worker, so there the read
/// goes through [`blocking`].
pub(crate) async fn quick<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, crate::ApiError> {
    match state.companies().target().database {
        Some(faktur_store::DatabaseUrl::Postgres(_)) => blocking(work).await,
        _ => Ok(work()),
    }
}
