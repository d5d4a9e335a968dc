//! A store of either backend, chosen once from the URL.

use faktur_store::{Backend, DatabaseUrl, Store};
use faktur_store_postgres::PgStore;
use faktur_store_sqlite::SqliteStore;

/// An open store.
#[derive(Debug)]
pub enum AnyStore {
    /// Embedded.
    Sqlite(SqliteStore),
    /// Server.
    Postgres(PgStore),
}

impl AnyStore {
    /// Opens and migrates the store at `url` (no pre-migration backup: use
    /// [`crate::open_company`] for that).
    pub fn open(url: &DatabaseUrl) -> faktur_store::Result<Self> {
        Ok(match url {
            DatabaseUrl::Sqlite(path) => AnyStore::Sqlite(SqliteStore::open(path)?),
            DatabaseUrl::Postgres(url) => AnyStore::Postgres(PgStore::open(url)?),
        })
    }

    /// The store behind the trait.
    pub fn store(&self) -> &dyn Store {
        match self {
            AnyStore::Sqlite(s) => s,
            AnyStore::Postgres(s) => s,
        }
    }

    /// The backend.
    pub fn backend(&self) -> Backend {
        self.store().backend()
    }

    /// The SQLite store, if this is one.
    pub fn sqlite(&self) -> Option<&SqliteStore> {
        match self {
            AnyStore::Sqlite(s) => Some(s),
            AnyStore::Postgres(_) => None,
        }
    }
}
