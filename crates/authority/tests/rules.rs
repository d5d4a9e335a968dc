//! The authority's upload and cancel rules, table-driven over in-memory
//! books.

mod common;

use faktur_authority::rules::{self, Books, Filed, Numbering, Standing};
use faktur_wire::ComputedInvoice;
use std::collections::HashMap;

const SELLER: &str = "0013121660091000";
const BUYER: &str = "0016090524017000";

#[derive(Default)]
struct Memory {
    standing: HashMap<String, Standing>,
    ranges: Vec<(u64, u64, &'static str)>,
    used: Vec<u64>,
    filed: HashMap<String, Filed>,
}

impl Books for Memory {
    fn standing(&self, npwp: &str) -> Standing {
        self.standing.get(npwp).copied().unwrap_or(Standing::Active)
    }
    fn allocated_on(&self, _seller: &str, nsfp: u64) -> Option<String> {
        self.ranges
            .iter()
            .find(|(first, last, _)| (*first..=*last).contains(&nsfp))
            .map(|(_, _, on)| on.to_string())
    }
    fn nsfp_used(&self, _seller: &str, nsfp: u64) -> bool {
        self.used.contains(&nsfp)
    }
    fn filed(&self, number: &str) -> Option<Filed> {
        self.filed.get(number).cloned()
    }
}

fn invoice(
    date: &str,
    number: Option<&str>,
    replaces: Option<&str>,
    buyer: &str,
) -> ComputedInvoice {
    let draft = serde_json::json!({
        "kind": "output", "date": date, "trx_code": "04", "number": number, "replaces": replaces,
        "seller": { "tin": SELLER, "name": "PT Penjual" },
        "buyer": { "tin": buyer, "name": "PT Pembeli" },
        "lines": [{ "opt": "A", "code": "000000", "name": "Barang", "unit": "UM.0018",
                    "price": "100000", "qty": "1", "discount": "0" }]
    });
    let mut draft = draft;
    if number.is_none() {
        draft.as_object_mut().unwrap().remove("number");
    }
    common::computed(&draft)
}

fn books() -> Memory {
    let mut books = Memory::default();
    books
        .ranges
        .push((102_400_000_001, 102_400_000_100, "2024-03-01"));
    books.used.push(102_400_000_002);
    books
        .standing
        .insert("0029231123428000".into(), Standing::Inactive);
    books
        .standing
        .insert("0252641667803000".into(), Standing::Unknown);
    books.filed.insert(
        "04002500000000007".into(),
        Filed {
            seller: SELLER.into(),
            date: "2025-02-10".into(),
            status: "approved".into(),
        },
    );
    books.filed.insert(
        "0400102400000002".into(),
        Filed {
            seller: SELLER.into(),
            date: "2024-03-05".into(),
            status: "approved".into(),
        },
    );
    books.filed.insert(
        "04002500000000009".into(),
        Filed {
            seller: SELLER.into(),
            date: "2025-02-10".into(),
            status: "cancelled".into(),
        },
    );
    books
}

/// Date, number, replaces, buyer, today, deadlines enforced → the numbering
/// or the refusal's code.
type Case = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    &'static str,
    bool,
    Result<Numbering, &'static str>,
);

#[test]
fn uploads_are_decided_by_the_rules_of_their_era() {
    let books = books();
    let cases: Vec<Case> = vec![
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-03-10",
            true,
            Ok(Numbering::Given("0400102400000001".into())),
        ),
        (
            "2024-03-05",
            Some("0400102400000002"),
            None,
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20008"),
        ),
        (
            "2024-03-05",
            Some("0400102400009999"),
            None,
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20020"),
        ),
        (
            "2024-02-28",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20025"),
        ),
        (
            "2024-03-05",
            None,
            None,
            BUYER,
            "2024-03-10",
            true,
            Err("FKT-4003"),
        ),
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-04-16",
            true,
            Err("FKT-4002"),
        ),
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-04-15",
            true,
            Ok(Numbering::Given("0400102400000001".into())),
        ),
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-06-01",
            false,
            Ok(Numbering::Given("0400102400000001".into())),
        ),
        (
            "2024-03-12",
            Some("0400102400000001"),
            None,
            BUYER,
            "2024-03-10",
            true,
            Err("ETAX-API-10005"),
        ),
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            "0029231123428000",
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20015"),
        ),
        (
            "2024-03-05",
            Some("0400102400000001"),
            None,
            "0252641667803000",
            "2024-03-10",
            true,
            Err("ETAX-API-10010"),
        ),
        // e-Faktur replacement: same NSFP, status 1, same masa, not earlier.
        (
            "2024-03-06",
            Some("0410102400000002"),
            Some("0400102400000002"),
            BUYER,
            "2024-03-10",
            true,
            Ok(Numbering::Given("0410102400000002".into())),
        ),
        (
            "2024-03-06",
            Some("0410102400000003"),
            Some("0400102400000002"),
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20009"),
        ),
        (
            "2024-03-04",
            Some("0410102400000002"),
            Some("0400102400000002"),
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20007"),
        ),
        (
            "2024-03-06",
            Some("0410102400000002"),
            Some("0400102400000077"),
            BUYER,
            "2024-03-10",
            true,
            Err("ETAXSERVICE-20006"),
        ),
        // Coretax era: the authority numbers it; replacements take the next status.
        (
            "2025-02-10",
            None,
            None,
            BUYER,
            "2025-02-11",
            true,
            Ok(Numbering::Assign {
                kode: "04".into(),
                year2: 25,
            }),
        ),
        (
            "2025-02-10",
            Some("04002500000000001"),
            None,
            BUYER,
            "2025-02-11",
            true,
            Err("FKT-4003"),
        ),
        (
            "2025-02-11",
            None,
            Some("04002500000000007"),
            BUYER,
            "2025-02-12",
            true,
            Ok(Numbering::Next("04002500000000007".into())),
        ),
        (
            "2025-03-01",
            None,
            Some("04002500000000007"),
            BUYER,
            "2025-03-02",
            true,
            Err("ETAX-API-10006"),
        ),
        (
            "2025-02-11",
            None,
            Some("04002500000000009"),
            BUYER,
            "2025-02-12",
            true,
            Err("ETAXSERVICE-20009"),
        ),
        // Coretax deadline: the 20th from 22 May 2025.
        (
            "2025-06-02",
            None,
            None,
            BUYER,
            "2025-07-20",
            true,
            Ok(Numbering::Assign {
                kode: "04".into(),
                year2: 25,
            }),
        ),
        (
            "2025-06-02",
            None,
            None,
            BUYER,
            "2025-07-21",
            true,
            Err("FKT-4002"),
        ),
    ];
    for (date, number, replaces, buyer, today, deadlines, expected) in cases {
        let got = rules::upload(
            &books,
            SELLER,
            &invoice(date, number, replaces, buyer),
            today,
            deadlines,
        )
        .map(|accepted| accepted.numbering)
        .map_err(|refusal| refusal.code);
        assert_eq!(
            got, expected,
            "{date} {number:?} replaces {replaces:?} buyer {buyer} on {today}"
        );
    }
}

#[test]
fn only_the_seller_uploads_and_only_its_approved_invoices_are_cancelled() {
    let books = books();
    let refused = rules::upload(
        &books,
        BUYER,
        &invoice("2024-03-05", Some("0400102400000001"), None, BUYER),
        "2024-03-10",
        true,
    );
    assert_eq!(refused.unwrap_err().code, "ETAX-40004");
    assert_eq!(rules::cancel(&books, SELLER, "04002500000000007"), Ok(()));
    assert_eq!(
        rules::cancel(&books, SELLER, "04002500000000009")
            .unwrap_err()
            .code,
        "ETAXSERVICE-20009"
    );
    assert_eq!(
        rules::cancel(&books, BUYER, "04002500000000007")
            .unwrap_err()
            .code,
        "ETAXSERVICE-20001"
    );
    assert_eq!(
        rules::cancel(&books, SELLER, "04002500000000099")
            .unwrap_err()
            .code,
        "ETAXSERVICE-20001"
    );
}

#[test]
fn deadlines_are_the_15th_then_the_20th() {
    assert_eq!(
        rules::upload_deadline("2024-03-05").as_deref(),
        Some("2024-04-15")
    );
    assert_eq!(
        rules::upload_deadline("2024-12-31").as_deref(),
        Some("2025-01-15")
    );
    assert_eq!(
        rules::upload_deadline("2025-04-30").as_deref(),
        Some("2025-05-15")
    );
    assert_eq!(
        rules::upload_deadline("2025-05-02").as_deref(),
        Some("2025-06-20")
    );
    assert_eq!(
        rules::upload_deadline("2025-06-01").as_deref(),
        Some("2025-07-20")
    );
}

/// Nota retur: against an approved invoice issued to the signer, dated
/// between the invoice and today, with a new retur number, within what
/// remains of each amount.
#[test]
fn retur_rules_in_a_table() {
    use faktur_authority::rules::{retur, Returnable};
    let base = Returnable {
        seller: SELLER.into(),
        buyer: Some(BUYER.into()),
        date: "2025-03-10".into(),
        status: "approved".into(),
        amounts: [1_000_000, 120_000, 0],
        returned: [400_000, 48_000, 0],
        number_taken: false,
    };
    let with = |f: &dyn Fn(&mut Returnable)| {
        let mut t = base.clone();
        f(&mut t);
        t
    };
    let ok = [600_000, 72_000, 0];
    // name, target, signer, date, amounts, expected code
    type Case<'a> = (
        &'a str,
        Option<Returnable>,
        &'a str,
        &'a str,
        [i64; 3],
        Option<&'a str>,
    );
    let cases: Vec<Case> = vec![
        (
            "the rest of it",
            Some(base.clone()),
            BUYER,
            "2025-04-01",
            ok,
            None,
        ),
        (
            "unknown invoice",
            None,
            BUYER,
            "2025-04-01",
            ok,
            Some("ETAXSERVICE-20001"),
        ),
        (
            "cancelled invoice",
            Some(with(&|t| t.status = "cancelled".into())),
            BUYER,
            "2025-04-01",
            ok,
            Some("ETAXSERVICE-20001"),
        ),
        (
            "not the buyer",
            Some(base.clone()),
            SELLER,
            "2025-04-01",
            ok,
            Some("ETAX-40004"),
        ),
        (
            "before the invoice",
            Some(base.clone()),
            BUYER,
            "2025-03-09",
            ok,
            Some("ETAX-API-10005"),
        ),
        (
            "after today",
            Some(base.clone()),
            BUYER,
            "2025-06-02",
            ok,
            Some("ETAX-API-10005"),
        ),
        (
            "number taken",
            Some(with(&|t| t.number_taken = true)),
            BUYER,
            "2025-04-01",
            ok,
            Some("ETAXSERVICE-20010"),
        ),
        (
            "DPP over the rest",
            Some(base.clone()),
            BUYER,
            "2025-04-01",
            [600_001, 72_000, 0],
            Some("ETAXSERVICE-20011"),
        ),
        (
            "PPN over the rest",
            Some(base.clone()),
            BUYER,
            "2025-04-01",
            [600_000, 72_001, 0],
            Some("ETAXSERVICE-20012"),
        ),
        (
            "PPnBM over the rest",
            Some(base.clone()),
            BUYER,
            "2025-04-01",
            [1, 0, 1],
            Some("ETAXSERVICE-20013"),
        ),
        (
            "nothing returned",
            Some(base.clone()),
            BUYER,
            "2025-04-01",
            [0, 0, 0],
            Some("ETAXSERVICE-20011"),
        ),
    ];
    for (name, target, signer, date, amounts, expected) in cases {
        let got = retur(
            target.as_ref(),
            signer,
            "04002500000000001",
            date,
            amounts,
            "2025-06-01",
        );
        assert_eq!(got.err().map(|r| r.code), expected, "{name}");
    }
}
