//! `data_version` moves with every commit, from this store's connection or
//! from another process's, and stays put otherwise: what a caller computed
//! at one value is still true while it holds.

use faktur_store::{NewCompany, Store};
use faktur_store_sqlite::SqliteStore;

fn company(npwp: &str) -> NewCompany {
    NewCompany {
        npwp: npwp.into(),
        name: format!("PT {npwp}"),
        address: String::new(),
        nitku: format!("{npwp}000000"),
    }
}

#[test]
fn data_version_moves_with_every_commit_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.sqlite");
    let store = SqliteStore::open(&path).unwrap();
    let first = store.data_version().unwrap().expect("a healthy database");
    assert_eq!(
        store.data_version().unwrap(),
        Some(first),
        "nothing changed"
    );
    store
        .create_company(&company("0013121660091000"), "test")
        .unwrap();
    let second = store.data_version().unwrap().unwrap();
    assert_ne!(second, first, "a commit of this store");
    // Another connection (as another process would) commits.
    let other = SqliteStore::open(&path).unwrap();
    other
        .create_company(&company("0016090524017000"), "test")
        .unwrap();
    let third = store.data_version().unwrap().unwrap();
    assert_ne!(third, second, "a commit of another connection");
    assert_eq!(store.data_version().unwrap(), Some(third));
}
