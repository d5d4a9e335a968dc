//! The store contract, against SQLite.

use faktur_store::contract_tests;
use faktur_store_sqlite::SqliteStore;

fn fresh() -> Box<SqliteStore> {
    // Each store gets its own directory, removed when the process exits.
    let dir = tempfile::tempdir().expect("temp dir").keep();
    Box::new(SqliteStore::open(&dir.join("company.sqlite")).expect("store opens"))
}

contract_tests!(fresh);
