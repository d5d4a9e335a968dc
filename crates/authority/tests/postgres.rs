//! The sandbox on PostgreSQL as a server deployment runs it: several
//! sandbox processes (here: several books opened on one database, each
//! with its own pool) started at once and approving side by side, and a
//! database server that restarts under a running sandbox.

mod common;

use faktur_authority::store::{AuthorityDb, Clock};
use faktur_pg_testing::PgServer;
use faktur_protocol::{Action, Operation};
use std::collections::HashSet;

const SELLER: &str = "0013121660091000";
const BUYER: &str = "0016090524017000";

fn clock() -> Clock {
    Clock {
        now_ms: 1_739_232_000_000,
        today: "2025-02-11".into(),
        deadlines: true,
        lang: faktur_core::Lang::En,
    }
}

fn uploads(prefix: &str, count: usize) -> Vec<Operation> {
    let invoice = common::computed(&serde_json::json!({
        "kind": "output", "date": "2025-02-10", "trx_code": "04", "reference": "INV/1",
        "seller": { "tin": SELLER, "name": "PT Penjual", "address": "Jakarta" },
        "buyer": { "tin": BUYER, "name": "PT Pembeli", "address": "Bandung" },
        "lines": [{ "opt": "A", "code": "000000", "name": "Barang", "unit": "UM.0018",
                    "price": "100000", "qty": "2", "discount": "0" }]
    }));
    (0..count)
        .map(|n| Operation {
            key: format!("{prefix}-{n}"),
            action: Action::Upload {
                invoice: Box::new(invoice.clone()),
            },
        })
        .collect()
}

#[test]
fn several_sandboxes_on_one_database_never_hand_out_a_number_twice() {
    let server = PgServer::start().expect("PostgreSQL for the test");
    let url = server.fresh_database().unwrap();
    // Four sandboxes start at once: one schema, one signing key.
    let books: Vec<AuthorityDb> = std::thread::scope(|s| {
        let opening: Vec<_> = (0..4)
            .map(|_| s.spawn(|| AuthorityDb::open_url(&url).unwrap()))
            .collect();
        opening.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let keys: HashSet<_> = books.iter().map(AuthorityDb::public_key).collect();
    assert_eq!(keys.len(), 1, "one signing key for the whole authority");
    books[0]
        .register(SELLER, "PT Penjual", "Jakarta", "00", 0)
        .unwrap();

    let numbers: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = books
            .iter()
            .enumerate()
            .map(|(i, db)| {
                s.spawn(move || {
                    let mut numbers = Vec::new();
                    for round in 0..5 {
                        let batch = uploads(&format!("w{i}-r{round}"), 20);
                        for outcome in db.apply(SELLER, &batch, &clock()).unwrap() {
                            assert!(outcome.accepted, "{:?}", outcome.error);
                            numbers.push(outcome.approval.unwrap().number);
                        }
                    }
                    numbers
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert_eq!(numbers.len(), 400);
    let distinct: HashSet<_> = numbers.iter().collect();
    assert_eq!(distinct.len(), 400, "a Coretax number was handed out twice");

    // A retry through another sandbox gets the first answer back.
    let again = books[3]
        .apply(SELLER, &uploads("w0-r0", 1), &clock())
        .unwrap();
    assert_eq!(again[0].approval.as_ref().unwrap().number, numbers[0]);
    let feed = books[2].filed(SELLER, 0, 5_000).unwrap();
    assert_eq!(feed.invoices.len(), 400);
}

#[test]
fn a_sandbox_outlives_a_restart_of_its_database_server() {
    let server = PgServer::start().expect("PostgreSQL for the test");
    let db = AuthorityDb::open_url(&server.fresh_database().unwrap()).unwrap();
    db.register(SELLER, "PT Penjual", "Jakarta", "00", 0)
        .unwrap();
    let first = db.apply(SELLER, &uploads("before", 1), &clock()).unwrap();
    assert!(first[0].accepted);

    server.stop().unwrap();
    let down = db.apply(SELLER, &uploads("during", 1), &clock());
    assert!(down.is_err(), "a request while the server is down fails");
    server.start_again().unwrap();

    // Nothing was half written, and the next request reconnects by itself.
    let after = db.apply(SELLER, &uploads("during", 1), &clock()).unwrap();
    assert!(after[0].accepted, "{:?}", after[0].error);
    assert_eq!(db.filed(SELLER, 0, 10).unwrap().invoices.len(), 2);
    assert!(db.taxpayer(SELLER).unwrap().is_some());
}
