//! Sync against a real sandbox on loopback: a session with the authority
//! away, a run through a faulty network, and recovery of lost books.

mod common;

use common::*;
use faktur_sync::fault_proxy::{FaultProxy, Mix};
use faktur_sync::status::State;
use faktur_sync::Options;
use std::collections::HashSet;

fn eager() -> Options {
    Options {
        ignore_backoff: true,
        ..Options::default()
    }
}

/// The authority is away for a whole working session: invoices are
/// created, listed and exported as usual, sync says it waits; when the
/// authority comes back, one round approves everything.
#[test]
fn a_session_without_the_authority_loses_nothing() {
    // A port nobody listens on now, where the authority will come back.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let books = Books::new(SELLER);
    books.import(11, 40, None);
    let cref = books.open();
    let syncer = books.syncer(&cref, &url, eager());
    let report = syncer.round().unwrap();
    assert_eq!(report.queued, 40);
    assert_eq!(
        report.failure.as_ref().map(|f| f.code.as_str()),
        Some("ETAX-40001")
    );
    let status = faktur_sync::status::status(cref.store.store(), cref.company.id).unwrap();
    assert!(matches!(status.state, State::WaitingForConnection { .. }));
    assert_eq!(status.outbox.pending, 40);
    // Local work goes on: more invoices, listing, export.
    books.import(12, 10, None);
    assert_eq!(outputs(&cref).len(), 50);
    let masa = outputs(&cref)[0].invoice.masa.clone();
    let in_masa = outputs(&cref)
        .iter()
        .filter(|r| r.invoice.masa == masa)
        .count();
    let filter = faktur_db::ExportFilter {
        masa,
        kind: "output".into(),
        status: None,
    };
    let path = books.dir.path().join("export.xml");
    let (_, count) = faktur_db::export_coretax_xml(&cref, &filter, &path).unwrap();
    assert_eq!(count, in_masa);
    // A second round while still away changes nothing but the attempts.
    assert!(syncer.round().unwrap().failure.is_some());

    let knobs = faktur_authority::Knobs {
        deadlines: false,
        ..Default::default()
    };
    let db = faktur_authority::store::AuthorityDb::open(None).unwrap();
    let _authority = faktur_authority::Running::start(
        faktur_authority::Authority::new(db, knobs, None),
        &format!("127.0.0.1:{port}"),
        2,
    )
    .unwrap();
    let report = syncer.round().unwrap();
    assert!(report.failure.is_none(), "{:?}", report.failure);
    assert_eq!(report.tally.accepted, 50);
    let records = outputs(&cref);
    assert!(records.iter().all(|r| r.invoice.status == "approved"));
    let numbers: HashSet<_> = records.iter().map(|r| r.invoice.number.clone()).collect();
    assert_eq!(numbers.len(), 50);
    assert!(cref
        .store
        .store()
        .approval(cref.company.id, records[0].id)
        .unwrap()
        .is_some());
    let status = faktur_sync::status::status(cref.store.store(), cref.company.id).unwrap();
    assert_eq!(status.state, State::Idle);
}

/// Ten thousand invoices through a proxy that drops, resets (before and
/// after the authority acted), delays and answers 503: every invoice ends
/// approved exactly once, locally and at the authority.
#[test]
fn through_a_faulty_network_every_invoice_is_approved_exactly_once() {
    const COUNT: usize = 10_000;
    let authority = sandbox();
    let proxy = FaultProxy::start(authority.address(), Mix::even(200), 7).unwrap();
    let books = Books::new(SELLER);
    books.import(21, COUNT as u64, None);
    let cref = books.open();
    let options = Options {
        batch: 250,
        ..eager()
    };
    let syncer = books.syncer(&cref, &proxy.url(), options);
    let mut rounds = 0;
    loop {
        rounds += 1;
        assert!(rounds < 500, "no progress");
        let report = syncer.round().unwrap();
        let summary = cref.store.store().outbox_summary(cref.company.id).unwrap();
        if summary.pending == 0 && report.failure.is_none() {
            assert_eq!(summary.done as usize, COUNT);
            assert_eq!(summary.failed, 0);
            break;
        }
    }
    assert!(
        proxy
            .counts
            .reset_responses
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0,
        "some answers were cut after the authority acted"
    );
    assert_exactly_once(&books, &cref, &authority.url(), COUNT);
}

/// The server deployment: the authority's books and the company's books
/// both on PostgreSQL, a faulty network between them; still exactly once.
#[test]
fn with_both_sides_on_postgres_every_invoice_is_approved_exactly_once() {
    const COUNT: usize = 2_000;
    let server = faktur_pg_testing::PgServer::start().expect("PostgreSQL for the test");
    let authority_db =
        faktur_authority::store::AuthorityDb::open_url(&server.fresh_database().unwrap()).unwrap();
    let authority = sandbox_on(authority_db);
    let proxy = FaultProxy::start(authority.address(), Mix::even(200), 11).unwrap();
    let books = Books::on(SELLER, Some(server.fresh_database().unwrap()));
    books.import(23, COUNT as u64, None);
    let cref = books.open();
    let syncer = books.syncer(
        &cref,
        &proxy.url(),
        Options {
            batch: 100,
            ..eager()
        },
    );
    for round in 0.. {
        assert!(round < 300, "no progress");
        let report = syncer.round().unwrap();
        let summary = cref.store.store().outbox_summary(cref.company.id).unwrap();
        if summary.pending == 0 && report.failure.is_none() {
            assert_eq!((summary.done as usize, summary.failed), (COUNT, 0));
            break;
        }
    }
    assert_exactly_once(&books, &cref, &authority.url(), COUNT);
}

/// Every local output invoice is approved with its own number, and the
/// authority holds each of them once.
fn assert_exactly_once(books: &Books, cref: &faktur_db::CompanyRef, url: &str, count: usize) {
    let records = outputs(cref);
    assert_eq!(records.len(), count);
    assert!(records.iter().all(|r| r.invoice.status == "approved"));
    let local: HashSet<_> = records
        .iter()
        .map(|r| r.invoice.number.clone().unwrap())
        .collect();
    assert_eq!(local.len(), count);
    let syncer = books.syncer(cref, url, eager());
    let (mut after, mut remote, mut references) = (0, HashSet::new(), HashSet::new());
    loop {
        let page = syncer.client().filed(after, 1_000).unwrap();
        for filed in &page.invoices {
            assert!(remote.insert(filed.approval.number.clone()));
            assert!(references.insert(filed.invoice.reference.clone()));
        }
        if page.invoices.is_empty() {
            break;
        }
        after = page.next;
    }
    assert_eq!(remote, local);
    assert!(cref
        .store
        .store()
        .check(faktur_store::CheckLevel::Full)
        .unwrap()
        .is_healthy());
}

/// The books are lost; recovery brings back every approved invoice (with
/// its approval) and the input invoices, identical to what was there.
#[test]
fn recovery_rebuilds_lost_books() {
    let authority = sandbox();
    let books = Books::new(SELLER);
    let supplier = Books::new(OTHER_SELLER);
    books.import(31, 30, None);
    supplier.import(32, 5, Some(SELLER));
    {
        let cref = supplier.open();
        let report = supplier
            .syncer(&cref, &authority.url(), eager())
            .round()
            .unwrap();
        assert_eq!(report.tally.accepted, 5);
    }
    let before = {
        let cref = books.open();
        let report = books
            .syncer(&cref, &authority.url(), eager())
            .round()
            .unwrap();
        assert_eq!(report.tally.accepted, 30);
        snapshot(&cref)
    };
    assert_eq!(before.iter().filter(|r| r.0 == "input").count(), 5);

    let file = books.open().file.unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
    faktur_db::company_init(&books.target, SELLER, "PT baru", "Jakarta", None).unwrap();
    let cref = books.open();
    let syncer = books.syncer(&cref, &authority.url(), eager());
    let recovered = faktur_sync::recover::recover(&syncer, "recover").unwrap();
    assert!(recovered.failure.is_none() && recovered.problems.is_empty());
    assert_eq!(recovered.issued, 30);
    assert_eq!(snapshot(&cref), before);
    // Again: nothing doubles.
    faktur_sync::recover::recover(&syncer, "recover").unwrap();
    assert_eq!(snapshot(&cref), before);
    assert!(cref
        .store
        .store()
        .check(faktur_store::CheckLevel::Full)
        .unwrap()
        .is_healthy());
}

/// Our own nota retur to a seller goes out through the outbox once the
/// seller's invoice has reached us approved: within the invoice's balance
/// it is registered (`approved`), beyond it refused for good (`rejected`,
/// ETAXSERVICE-20011…13); further rounds send nothing again.
#[test]
fn our_nota_retur_is_registered_once_through_the_outbox() {
    let authority = sandbox();
    let books = Books::new(SELLER);
    let supplier = Books::new(OTHER_SELLER);
    supplier.import(41, 2, Some(SELLER));
    let cref = books.open();
    let inputs = faktur_store::InvoiceFilter {
        kind: Some("input".into()),
        ..Default::default()
    };
    {
        let scref = supplier.open();
        let report = supplier
            .syncer(&scref, &authority.url(), eager())
            .round()
            .unwrap();
        assert_eq!(report.tally.accepted, 2);
    }
    let syncer = books.syncer(&cref, &authority.url(), eager());
    syncer.round().unwrap();
    let received = faktur_db::list_invoices(&cref, &inputs).unwrap();
    assert_eq!(received.len(), 2);
    assert!(received.iter().all(|r| r.invoice.status == "approved"));

    let store = cref.store.store();
    let retur = |record: &faktur_store::InvoiceRecord, number: &str, share: i64| {
        let i = &record.invoice;
        faktur_store::NewReturn {
            kind: "input".into(),
            invoice_id: record.id,
            invoice_number: i.number.clone().unwrap(),
            counterparty_tin: i.seller_tin.clone(),
            counterparty_name: "PT Pemasok".into(),
            number: number.into(),
            // The day of the invoice: a retur is never dated before it.
            date: i.date.clone(),
            masa: i.masa.clone(),
            tax_base: i.tax_base * share / 100,
            vat: i.vat * share / 100,
            stlg: 0,
            creditable: Some(true),
            status: "draft".into(),
            source_json: None,
        }
    };
    store
        .import_session(
            cref.company.id,
            "test",
            &faktur_store::Stamp::now(),
            &mut |sink| {
                let table = faktur_store::notes::returns_table();
                sink.insert_row(table, &retur(&received[0], "RM-1", 40).to_row("test", 1))?;
                sink.insert_row(table, &retur(&received[1], "RM-2", 150).to_row("test", 1))?;
                Ok(faktur_store::Decision::Commit)
            },
        )
        .unwrap();

    let report = syncer.round().unwrap();
    assert_eq!((report.tally.accepted, report.tally.refused), (1, 1));
    for _ in 0..2 {
        let again = syncer.round().unwrap();
        assert_eq!(
            again.tally,
            faktur_sync::plan::Tally::default(),
            "nothing sent twice"
        );
    }
    let mut statuses = Vec::new();
    store
        .read_notes(
            faktur_store::notes::returns_table(),
            cref.company.id,
            &Default::default(),
            &mut |row| {
                let r = faktur_store::NewReturn::from_row(&row);
                statuses.push((r.note.number, r.note.status));
                Ok(())
            },
        )
        .unwrap();
    assert_eq!(
        statuses,
        [
            ("RM-1".to_string(), "approved".to_string()),
            ("RM-2".to_string(), "rejected".to_string())
        ]
    );
    let refused = store
        .outbox_of(cref.company.id, "returns", 2)
        .unwrap()
        .into_iter()
        .chain(store.outbox_of(cref.company.id, "returns", 1).unwrap())
        .find_map(|o| o.last_error)
        .unwrap();
    assert!(refused.starts_with("ETAXSERVICE-2001"), "{refused}");
    assert!(store
        .check(faktur_store::CheckLevel::Full)
        .unwrap()
        .is_healthy());
}

/// Everything of an invoice but store ids and times: kind, number,
/// status, content, lines and approval.
type Row = (String, String, String, String, Option<String>);

fn snapshot(cref: &faktur_db::CompanyRef) -> Vec<Row> {
    let store = cref.store.store();
    let mut rows: Vec<Row> = faktur_db::list_invoices(cref, &Default::default())
        .unwrap()
        .into_iter()
        .map(|header| {
            let record = store.invoice(cref.company.id, header.id).unwrap().unwrap();
            let mut content = record.invoice.clone();
            content.source_json = None;
            let approval = store
                .approval(cref.company.id, record.id)
                .unwrap()
                .map(|a| format!("{} {} {}", a.number, a.signature, a.token));
            (
                content.kind.clone(),
                content.number.clone().unwrap_or_default(),
                content.status.clone(),
                format!("{content:?}"),
                approval,
            )
        })
        .collect();
    rows.sort();
    rows
}
