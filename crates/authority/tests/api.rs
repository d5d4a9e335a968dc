//! The sandbox over real HTTP on a loopback port: registration, e-Nofa,
//! upload and approval, idempotent retries, the change feed, cancellation
//! and QR validation.

mod common;

use faktur_authority::{Authority, Knobs};
use faktur_protocol::{self as protocol, KeyPair};

const SELLER: &str = "0013121660091000";
const BUYER: &str = "0016090524017000";

/// Where a sandbox keeps its books.
#[derive(Debug, Clone, Copy)]
enum Books {
    Sqlite,
    Postgres,
}

/// One PostgreSQL server for this test binary; a fresh database per test.
fn postgres() -> &'static faktur_pg_testing::PgServer {
    static SERVER: std::sync::OnceLock<faktur_pg_testing::PgServer> = std::sync::OnceLock::new();
    SERVER.get_or_init(|| {
        faktur_pg_testing::PgServer::start()
            .unwrap_or_else(|e| panic!("cannot start PostgreSQL for the tests: {e}"))
    })
}

/// A sandbox on 127.0.0.1:0 over fresh books, stopped when dropped.
struct Sandbox {
    base: String,
    _running: faktur_authority::Running,
}

impl Sandbox {
    fn start(books: Books, knobs: Knobs) -> Self {
        let db = match books {
            Books::Sqlite => faktur_authority::store::AuthorityDb::open(None).unwrap(),
            Books::Postgres => {
                let url = postgres().fresh_database().unwrap();
                faktur_authority::store::AuthorityDb::open_url(&url).unwrap()
            }
        };
        let authority = Authority::new(db, knobs, Some("admin-secret".into()));
        let running = faktur_authority::Running::start(authority, "127.0.0.1:0", 2).unwrap();
        Sandbox {
            base: running.url(),
            _running: running,
        }
    }
}

/// Runs each scenario on both databases: `NAME::sqlite` and
/// `NAME::postgres`.
macro_rules! on_both {
    ($($scenario:ident),* $(,)?) => {$(
        mod $scenario {
            #[test]
            fn sqlite() {
                super::$scenario(super::Books::Sqlite);
            }

            #[test]
            fn postgres() {
                super::$scenario(super::Books::Postgres);
            }
        }
    )*};
}

on_both!(
    an_efaktur_invoice_is_approved_once_seen_by_its_buyer_validated_and_cancelled,
    coretax_invoices_are_numbered_by_the_authority,
    requests_that_are_unsigned_forged_or_off_the_clock_are_refused,
    knobs_inject_errors_and_maintenance,
    billing_payment_and_spt_filing,
    nota_retur_keeps_the_invoice_balance,
);

struct Client {
    base: String,
    npwp: String,
    keys: KeyPair,
}

impl Client {
    fn register(base: &str, npwp: &str) -> Self {
        let keys = KeyPair::generate().unwrap();
        let registration = protocol::Registration {
            npwp: npwp.into(),
            name: format!("PT {npwp}"),
            address: "Jakarta".into(),
            public_key: keys.public_hex(),
            proof: keys.sign_text(&protocol::registration_text(npwp, &keys.public_hex())),
        };
        let answer: protocol::Taxpayer = ureq::post(&format!("{base}/api/v1/taxpayers"))
            .send_json(serde_json::to_value(&registration).unwrap())
            .unwrap()
            .into_json()
            .unwrap();
        assert_eq!(answer.status, "active");
        Client {
            base: base.into(),
            npwp: npwp.into(),
            keys,
        }
    }

    /// A signed request; the status and the JSON answer.
    fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as i64;
        let signed = self.keys.sign(&self.npwp, method, path, now, &bytes);
        let request = ureq::request(method, &format!("{}{path}", self.base))
            .set(protocol::HEADER_NPWP, &signed.npwp)
            .set(protocol::HEADER_TIME, &signed.time_ms.to_string())
            .set(protocol::HEADER_SIGNATURE, &signed.signature)
            .set("Accept-Language", "en");
        let result = if body.is_some() {
            request.send_bytes(&bytes)
        } else {
            request.call()
        };
        let response = match result {
            Ok(response) => response,
            Err(ureq::Error::Status(_, response)) => response,
            Err(error) => panic!("{error}"),
        };
        (
            response.status(),
            response.into_json().unwrap_or(serde_json::Value::Null),
        )
    }
}

fn invoice(date: &str, number: Option<&str>) -> serde_json::Value {
    let mut draft = serde_json::json!({
        "kind": "output", "date": date, "trx_code": "04", "reference": "INV/1",
        "seller": { "tin": SELLER, "name": "PT Penjual", "address": "Jakarta" },
        "buyer": { "tin": BUYER, "name": "PT Pembeli", "address": "Bandung" },
        "lines": [{ "opt": "A", "code": "000000", "name": "Barang", "unit": "UM.0018",
                    "price": "100000", "qty": "2", "discount": "0" }]
    });
    if let Some(number) = number {
        draft["number"] = number.into();
    }
    serde_json::to_value(common::computed(&draft)).unwrap()
}

fn upload(key: &str, invoice: serde_json::Value) -> serde_json::Value {
    serde_json::json!({ "operations": [{ "key": key, "action": "upload", "invoice": invoice }] })
}

fn an_efaktur_invoice_is_approved_once_seen_by_its_buyer_validated_and_cancelled(books: Books) {
    let sandbox = Sandbox::start(
        books,
        Knobs {
            today: Some("2024-03-10".into()),
            ..Knobs::strict()
        },
    );
    let seller = Client::register(&sandbox.base, SELLER);
    let buyer = Client::register(&sandbox.base, BUYER);

    let health: protocol::Health = ureq::get(&format!("{}/api/v1/health", sandbox.base))
        .call()
        .unwrap()
        .into_json()
        .unwrap();
    assert_eq!(
        (health.api_version, health.today.as_str()),
        (1, "2024-03-10")
    );

    let (status, range) = seller.call(
        "POST",
        "/api/v1/nsfp",
        Some(&serde_json::json!({ "year": 2024, "count": 10 })),
    );
    assert_eq!(status, 200, "{range}");
    let first = range["first"].as_str().unwrap().to_string();
    let number = format!("040{first}");

    // Approved; the same key again gets the same answer and approves nothing new.
    let request = upload("k-1", invoice("2024-03-10", Some(&number)));
    let (status, answer) = seller.call("POST", "/api/v1/operations", Some(&request));
    assert_eq!(status, 200, "{answer}");
    let outcome = &answer["results"][0];
    assert_eq!(outcome["accepted"], true, "{answer}");
    assert_eq!(outcome["approval"]["number"], number.as_str());
    let (_, again) = seller.call("POST", "/api/v1/operations", Some(&request));
    assert_eq!(again, answer);

    // Another key for the same number: already used.
    let (_, dup) = seller.call(
        "POST",
        "/api/v1/operations",
        Some(&upload("k-2", invoice("2024-03-10", Some(&number)))),
    );
    assert_eq!(
        dup["results"][0]["error"]["code"], "ETAXSERVICE-20008",
        "{dup}"
    );
    // The same key for different content: refused, nothing applied.
    let (_, reused) = seller.call(
        "POST",
        "/api/v1/operations",
        Some(&upload("k-1", invoice("2024-03-09", Some(&number)))),
    );
    assert_eq!(
        reused["results"][0]["error"]["code"], "FKT-4001",
        "{reused}"
    );

    // The buyer sees it in its feed with the invoice (prepopulated list).
    let (_, feed) = buyer.call("GET", "/api/v1/events?after=0", None);
    let events = feed["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{feed}");
    assert_eq!(events[0]["role"], "buyer");
    assert_eq!(events[0]["invoice"]["number"], number.as_str());

    // QR validation answers with the status, and with "not found" for a wrong token.
    let token = outcome["approval"]["token"].as_str().unwrap();
    let qr = |token: &str| {
        ureq::get(&format!(
            "{}/validasi/faktur/{}/{first}/{token}",
            sandbox.base,
            &SELLER[1..]
        ))
        .call()
        .unwrap()
        .into_string()
        .unwrap()
    };
    let valid = qr(token);
    assert!(
        valid.contains("<statusApproval>Faktur Valid, Sudah Diapprove oleh DJP</statusApproval>"),
        "{valid}"
    );
    assert!(
        valid.contains("<statusFaktur>Faktur Pajak Normal</statusFaktur>"),
        "{valid}"
    );
    // A line's total is its price times its quantity (100,000 × 2).
    assert!(valid.contains("<hargaTotal>200000</hargaTotal>"), "{valid}");
    assert!(qr("00").contains("Tidak ditemukan data di DJP"));
    // The 64-hex form of older codes (the digest alone) is valid; any other
    // piece of the token is not.
    assert!(qr(&token[token.len() - 64..]).contains("Sudah Diapprove"));
    assert!(qr(&token[token.len() - 8..]).contains("Tidak ditemukan data di DJP"));

    // Cancelled: the feed of both sides says so, and the QR answer too.
    let (_, cancel) = seller.call("POST", "/api/v1/operations", Some(&serde_json::json!({ "operations": [{ "key": "c-1", "action": "cancel", "number": number }] })));
    assert_eq!(cancel["results"][0]["status"], "cancelled", "{cancel}");
    let (_, feed) = seller.call("GET", "/api/v1/events?after=0", None);
    let statuses: Vec<_> = feed["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["approved", "cancelled"]);
    assert!(qr(token).contains("<statusFaktur>Faktur Dibatalkan</statusFaktur>"));
}

fn coretax_invoices_are_numbered_by_the_authority(books: Books) {
    let sandbox = Sandbox::start(
        books,
        Knobs {
            today: Some("2025-02-11".into()),
            ..Knobs::strict()
        },
    );
    let seller = Client::register(&sandbox.base, SELLER);
    let operations: Vec<_> = (0..3)
        .map(|n| serde_json::json!({ "key": format!("u-{n}"), "action": "upload", "invoice": invoice("2025-02-10", None) }))
        .collect();
    let (status, answer) = seller.call(
        "POST",
        "/api/v1/operations",
        Some(&serde_json::json!({ "operations": operations })),
    );
    assert_eq!(status, 200, "{answer}");
    let numbers: Vec<_> = answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["approval"]["number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        numbers,
        [
            "04002500000000001",
            "04002500000000002",
            "04002500000000003"
        ]
    );
}

fn requests_that_are_unsigned_forged_or_off_the_clock_are_refused(books: Books) {
    let sandbox = Sandbox::start(books, Knobs::strict());
    let seller = Client::register(&sandbox.base, SELLER);
    let unsigned = ureq::post(&format!("{}/api/v1/nsfp", sandbox.base)).send_string("{}");
    let Err(ureq::Error::Status(401, response)) = unsigned else {
        panic!("unsigned request accepted")
    };
    assert_eq!(
        response.into_json::<serde_json::Value>().unwrap()["code"],
        "ETAX-40004"
    );
    // Signed by a key that is not the registered one.
    let impostor = Client {
        base: sandbox.base.clone(),
        npwp: SELLER.into(),
        keys: KeyPair::generate().unwrap(),
    };
    let (status, body) = impostor.call(
        "POST",
        "/api/v1/nsfp",
        Some(&serde_json::json!({ "year": 2024, "count": 1 })),
    );
    assert_eq!((status, body["code"].as_str()), (401, Some("ETAX-40004")));
    // A clock ten minutes off.
    let body = b"{\"year\":2024,\"count\":1}";
    let late = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
        - 600_000;
    let signed = seller.keys.sign(SELLER, "POST", "/api/v1/nsfp", late, body);
    let answer = ureq::post(&format!("{}/api/v1/nsfp", sandbox.base))
        .set(protocol::HEADER_NPWP, SELLER)
        .set(protocol::HEADER_TIME, &late.to_string())
        .set(protocol::HEADER_SIGNATURE, &signed.signature)
        .send_bytes(body);
    let Err(ureq::Error::Status(401, response)) = answer else {
        panic!("skewed clock accepted")
    };
    assert_eq!(
        response.into_json::<serde_json::Value>().unwrap()["code"],
        "ETAX-40002"
    );
}

fn knobs_inject_errors_and_maintenance(books: Books) {
    let sandbox = Sandbox::start(books, Knobs::strict());
    let seller = Client::register(&sandbox.base, SELLER);
    let set = |knobs: serde_json::Value| {
        ureq::put(&format!("{}/api/v1/sandbox/knobs", sandbox.base))
            .set("x-sandbox-admin", "admin-secret")
            .send_json(knobs)
            .unwrap();
    };
    set(serde_json::json!({ "error_rate_permille": 1000 }));
    let (status, body) = seller.call("GET", "/api/v1/events", None);
    assert_eq!(
        (status, body["code"].as_str()),
        (500, Some("ETAXSERVICE-10002"))
    );
    set(serde_json::json!({ "maintenance": ["00:00-23:59", "23:59-00:00"] }));
    let (status, body) = seller.call("GET", "/api/v1/events", None);
    assert_eq!(
        (status, body["code"].as_str()),
        (503, Some("ETAX-API-00001"))
    );
    set(serde_json::json!({}));
    assert_eq!(seller.call("GET", "/api/v1/events", None).0, 200);
    // Without the administration token the knobs stay as they are.
    let refused = ureq::put(&format!("{}/api/v1/sandbox/knobs", sandbox.base))
        .send_json(serde_json::json!({ "error_rate_permille": 1000 }));
    assert!(matches!(refused, Err(ureq::Error::Status(403, _))));
}

/// Kode billing → payment (NTPN) → SPT filed (BPE), over HTTP, with the
/// pay-before-file rule and the validity of the code by its creation date.
fn billing_payment_and_spt_filing(books: Books) {
    let sandbox = Sandbox::start(
        books,
        Knobs {
            today: Some("2025-12-20".into()),
            ..Knobs::default()
        },
    );
    let seller = Client::register(&sandbox.base, SELLER);
    let (status, billing) = seller.call(
        "POST",
        "/api/v1/billing",
        Some(&serde_json::json!({"kap": "411211", "kjs": "100", "masa": "2025-11", "amount": 1_250_000})),
    );
    assert_eq!(status, 200, "{billing}");
    let code = billing["code"].as_str().unwrap().to_string();
    assert_eq!(code.len(), 15);
    let validity =
        billing["expires_at"].as_i64().unwrap() - billing["created_at"].as_i64().unwrap();
    assert_eq!(
        validity,
        14 * 24 * 3600 * 1000,
        "created after 17 Dec 2025: 14 days"
    );
    let spt = |ntpn: Option<&str>| {
        serde_json::json!({"masa": "2025-11", "revision": 0, "form": "coretax",
            "result": "kurang_bayar", "amount": 1_250_000, "ntpn": ntpn, "data": {}})
    };
    let (status, refused) = seller.call("POST", "/api/v1/spt", Some(&spt(None)));
    assert_eq!(
        (status, refused["code"].as_str()),
        (422, Some("ETAX-20044"))
    );
    let (status, paid) = seller.call(
        "POST",
        "/api/v1/payments",
        Some(&serde_json::json!({"code": code})),
    );
    assert_eq!(status, 200, "{paid}");
    let ntpn = paid["ntpn"].as_str().unwrap().to_string();
    assert_eq!(ntpn.len(), 16);
    let (status, receipt) = seller.call("POST", "/api/v1/spt", Some(&spt(Some(&ntpn))));
    assert_eq!(status, 200, "{receipt}");
    assert!(receipt["bpe"].as_str().unwrap().starts_with("BPE-2025-"));
    let (status, unknown) = seller.call(
        "POST",
        "/api/v1/payments",
        Some(&serde_json::json!({"code": "099999999999999"})),
    );
    assert_eq!((status, unknown["code"].as_str()), (422, Some("FKT-4008")));
}

/// The buyer registers a nota retur against an approved invoice; the
/// authority keeps the balance: a second retur beyond what remains, or one
/// reusing a retur number, is refused.
fn nota_retur_keeps_the_invoice_balance(books: Books) {
    let sandbox = Sandbox::start(
        books,
        Knobs {
            today: Some("2025-02-20".into()),
            ..Knobs::strict()
        },
    );
    let seller = Client::register(&sandbox.base, SELLER);
    let buyer = Client::register(&sandbox.base, BUYER);
    let (_, answer) = seller.call(
        "POST",
        "/api/v1/operations",
        Some(&serde_json::json!({ "operations": [
            { "key": "u-1", "action": "upload", "invoice": invoice("2025-02-10", None) }
        ] })),
    );
    let number = answer["results"][0]["approval"]["number"]
        .as_str()
        .unwrap()
        .to_string();
    // DPP 200,000.00 = 20,000,000 sen; return half of the DPP and a little PPN.
    let retur = |key: &str, retur_number: &str, tax_base: i64| {
        serde_json::json!({ "operations": [{
            "key": key, "action": "retur", "seller": SELLER, "invoice": number,
            "number": retur_number, "date": "2025-02-15",
            "tax_base": tax_base, "vat": 100, "stlg": 0
        }] })
    };
    let outcome = |client: &Client, body: serde_json::Value| {
        let (status, answer) = client.call("POST", "/api/v1/operations", Some(&body));
        assert_eq!(status, 200, "{answer}");
        answer["results"][0].clone()
    };
    let first = outcome(&buyer, retur("r-1", "RET-1", 10_000_000));
    assert_eq!(first["accepted"], true, "{first}");
    assert_eq!(first["status"], "returned");
    let again = outcome(&buyer, retur("r-1", "RET-1", 10_000_000));
    assert_eq!(again, first, "a retry under the same key changes nothing");
    let same_number = outcome(&buyer, retur("r-2", "RET-1", 1));
    assert_eq!(same_number["error"]["code"], "ETAXSERVICE-20010");
    let too_much = outcome(&buyer, retur("r-3", "RET-2", 10_000_001));
    assert_eq!(too_much["error"]["code"], "ETAXSERVICE-20011");
    let rest = outcome(&buyer, retur("r-4", "RET-3", 10_000_000));
    assert_eq!(rest["accepted"], true, "{rest}");
    let by_seller = outcome(&seller, retur("r-5", "RET-4", 1));
    assert_eq!(by_seller["error"]["code"], "ETAX-40004");
}
