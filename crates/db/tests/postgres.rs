//! Against real PostgreSQL servers started by the tests themselves (they
//! fail, never skip, when PostgreSQL is missing).

use faktur_db::{migrate_to, open_company, AnyStore, DataDir, Target};
use faktur_pg_testing::PgServer;
use faktur_store::contract::{sample_company, sample_invoice};
use faktur_store::copy::summarize;
use faktur_store::{CheckLevel, DatabaseUrl, ErrorKind, InvoiceFilter, Store};
use faktur_store_postgres::PgStore;
use std::sync::OnceLock;

fn server() -> &'static PgServer {
    static SERVER: OnceLock<PgServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        PgServer::start().unwrap_or_else(|e| panic!("cannot start PostgreSQL for the tests: {e}"))
    })
}

fn target(home: &std::path::Path, database: Option<DatabaseUrl>, company: Option<&str>) -> Target {
    Target {
        data_dir: DataDir::new(home),
        database,
        company: company.map(str::to_string),
    }
}

/// SQLite → PostgreSQL → SQLite: every table of the company comes back with
/// identical rows (counts and checksums), and both copies pass a full check.
#[test]
fn round_trip_sqlite_postgres_sqlite_is_identical() {
    let home = tempfile::tempdir().unwrap();
    let data = DataDir::new(home.path());
    let npwp = sample_company(3).npwp;
    let original = faktur_store_sqlite::SqliteStore::open(&data.company_file(&npwp)).unwrap();
    let company = original.create_company(&sample_company(3), "test").unwrap();
    for batch in 0..4 {
        let rows: Vec<_> = (0..25).map(|n| sample_invoice(batch * 25 + n, 3)).collect();
        original.insert_invoices(company.id, &rows, "test").unwrap();
    }
    let before = summarize(&original, company.id).unwrap();
    drop(original);

    let pg_url = server().fresh_database().unwrap();
    let pg = DatabaseUrl::parse(&pg_url).unwrap();
    let cref = open_company(&target(home.path(), None, None)).unwrap();
    migrate_to(&cref, &pg).unwrap();
    drop(cref);

    let pg_ref = open_company(&target(home.path(), Some(pg.clone()), Some(&npwp))).unwrap();
    assert!(pg_ref
        .store
        .store()
        .check(CheckLevel::Full)
        .unwrap()
        .is_healthy());
    assert_eq!(
        summarize(pg_ref.store.store(), pg_ref.company.id).unwrap(),
        before
    );
    let back = home.path().join("back/again.sqlite");
    let back_url = DatabaseUrl::Sqlite(back.clone());
    migrate_to(&pg_ref, &back_url).unwrap();

    let again = AnyStore::open(&back_url).unwrap();
    assert!(again.store().check(CheckLevel::Full).unwrap().is_healthy());
    assert_eq!(
        summarize(again.store(), company.id).unwrap(),
        before,
        "identical after the round trip"
    );
    // Migrating into a database that already holds the company is refused.
    assert_eq!(migrate_to(&pg_ref, &back_url).unwrap_err().code, "FKT-1007");
}

/// The ETAX-10002 case: the server goes away while a large batch is being
/// written. The write fails with a coded error, nothing of the batch is
/// visible, and once the server is back the next operation reconnects by
/// itself.
#[test]
fn connection_loss_mid_write_is_clean_and_heals() {
    let pg = PgServer::start().expect("own server to stop and start");
    let url = pg.fresh_database().unwrap();
    let store = std::sync::Arc::new(PgStore::open(&url).unwrap());
    let company = store.create_company(&sample_company(1), "test").unwrap();
    store
        .insert_invoices(company.id, &[sample_invoice(0, 3)], "test")
        .unwrap();

    // A batch large enough to be in flight when the server stops.
    let big: Vec<_> = (1..=40_000).map(|n| sample_invoice(n, 3)).collect();
    let writer = {
        let store = store.clone();
        std::thread::spawn(move || store.insert_invoices(company.id, &big, "test"))
    };
    std::thread::sleep(std::time::Duration::from_millis(150));
    pg.stop().expect("server stops");
    let outcome = writer.join().expect("writer thread ends");
    eprintln!(
        "interrupted write: {:?}",
        outcome.as_ref().map(Vec::len).map_err(|e| e.code())
    );

    // While the server is down, operations fail with a coded, transient error.
    let down = store
        .list_invoices(company.id, &InvoiceFilter::default())
        .unwrap_err();
    assert!(down.kind.is_transient(), "{down}");
    assert!(matches!(down.code(), "FKT-1001" | "FKT-1002"), "{down}");

    pg.start_again().expect("server restarts");
    let after = store
        .list_invoices(company.id, &InvoiceFilter::default())
        .expect("reconnects by itself");
    match outcome {
        Ok(ids) => assert_eq!(
            after.len(),
            1 + ids.len(),
            "the batch committed before the stop"
        ),
        Err(error) => {
            assert!(
                matches!(
                    error.kind,
                    ErrorKind::ConnectionLost | ErrorKind::Unavailable
                ),
                "{error}"
            );
            assert_eq!(
                after.len(),
                1,
                "nothing of the interrupted batch is visible"
            );
        }
    }
    store
        .insert_invoices(company.id, &[sample_invoice(99_999, 1)], "test")
        .expect("writes work again");
    assert!(store.check(CheckLevel::Full).unwrap().is_healthy());
}
