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
