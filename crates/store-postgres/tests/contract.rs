//! The store contract, against a throwaway PostgreSQL server started by the
//! test itself. Missing PostgreSQL binaries fail the test: it never skips.

use faktur_pg_testing::PgServer;
use faktur_store::contract_tests;
use faktur_store_postgres::PgStore;
use std::sync::OnceLock;

fn server() -> &'static PgServer {
    static SERVER: OnceLock<PgServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        PgServer::start().unwrap_or_else(|e| panic!("cannot start PostgreSQL for the tests: {e}"))
    })
}

fn fresh() -> Box<PgStore> {
    let url = server().fresh_database().expect("database created");
    Box::new(PgStore::open(&url).expect("store opens"))
}

contract_tests!(fresh);
