use super::*;
use crate::store::AuthorityDb;

fn clock(today: &str, now_ms: i64) -> Clock {
    Clock {
        now_ms,
        today: today.into(),
        deadlines: true,
        lang: faktur_core::Lang::En,
    }
}

fn request(masa: &str, amount: i64) -> BillingRequest {
    BillingRequest {
        kap: "411211".into(),
        kjs: "100".into(),
        masa: masa.into(),
        amount,
    }
}

fn filing(masa: &str, revision: i64, result: &str, amount: i64, ntpn: Option<&str>) -> SptFiling {
    SptFiling {
        masa: masa.into(),
        revision,
        form: "coretax".into(),
        result: result.into(),
        amount,
        ntpn: ntpn.map(str::to_string),
        data: serde_json::json!({"II.A": amount}),
    }
}

#[test]
fn billing_validity_follows_the_creation_date() {
    for (today, days) in [
        ("2025-01-10", 7),
        ("2025-12-16", 7),
        ("2025-12-17", 14),
        ("2026-11-25", 14),
    ] {
        assert_eq!(validity_days(today), days, "{today}");
    }
}

#[test]
fn codes_and_ntpn_have_their_shapes() {
    let code = billing_code(42);
    assert_eq!(code.len(), 15);
    assert!(code.starts_with('0') && code.ends_with("42"));
    let n = ntpn([7; 8], 3);
    assert_eq!(n.len(), 16);
    assert!(n
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
    assert_ne!(n, ntpn([7; 8], 4));
}

#[test]
fn billing_requests_are_checked() {
    assert!(check_billing(&request("2025-07", 1)).is_ok());
    for bad in [
        request("2025-13", 1),
        request("2025/07", 1),
        request("2025-07", 0),
        BillingRequest {
            kap: "4112".into(),
            ..request("2025-07", 1)
        },
    ] {
        assert_eq!(
            check_billing(&bad).unwrap_err().code,
            codes::BILLING_UNKNOWN
        );
    }
}

#[test]
fn pay_then_file_with_pembetulan_in_order() {
    let db = AuthorityDb::open(None).unwrap();
    let me = "0013121660091000";
    let created = clock("2025-08-20", 1_000);
    let billing = db
        .create_billing(me, &request("2025-07", 500_000), &created)
        .unwrap()
        .unwrap();
    assert_eq!(billing.expires_at, 1_000 + 7 * DAY_MS);
    // Another taxpayer cannot pay it; an unknown code is refused.
    let refused = db.pay("0016090524017000", &billing.code, &created).unwrap();
    assert_eq!(refused.unwrap_err().code, codes::BILLING_UNKNOWN);
    // Kurang bayar without payment: ETAX-20044.
    let unpaid = filing("2025-07", 0, "kurang_bayar", 500_000, None);
    assert_eq!(
        db.file_spt(me, &unpaid, &created)
            .unwrap()
            .unwrap_err()
            .code,
        "ETAX-20044"
    );
    let paid = db.pay(me, &billing.code, &created).unwrap().unwrap();
    let ntpn = paid.ntpn.clone().unwrap();
    assert_eq!(
        db.pay(me, &billing.code, &created).unwrap().unwrap(),
        paid,
        "paying twice changes nothing"
    );
    // Paid, but less than the SPT says: refused.
    let more = filing("2025-07", 0, "kurang_bayar", 600_000, Some(&ntpn));
    assert_eq!(
        db.file_spt(me, &more, &created).unwrap().unwrap_err().code,
        "ETAX-20044"
    );
    let normal = filing("2025-07", 0, "kurang_bayar", 500_000, Some(&ntpn));
    let receipt = db.file_spt(me, &normal, &created).unwrap().unwrap();
    assert!(receipt.bpe.starts_with("BPE-2025-"));
    assert_eq!(
        db.file_spt(me, &normal, &created).unwrap().unwrap(),
        receipt,
        "a retry gets the same BPE"
    );
    // Revisions in order; a filed revision cannot change.
    let changed = filing("2025-07", 0, "nihil", 0, None);
    assert_eq!(
        db.file_spt(me, &changed, &created)
            .unwrap()
            .unwrap_err()
            .code,
        codes::SPT_ORDER
    );
    let skip = filing("2025-07", 2, "nihil", 0, None);
    assert_eq!(
        db.file_spt(me, &skip, &created).unwrap().unwrap_err().code,
        codes::SPT_ORDER
    );
    let first = filing("2025-07", 1, "lebih_bayar", 10_000, None);
    let amended = db.file_spt(me, &first, &created).unwrap().unwrap();
    assert_ne!(amended.bpe, receipt.bpe);
}

#[test]
fn an_expired_code_cannot_be_paid() {
    let db = AuthorityDb::open(None).unwrap();
    let me = "0013121660091000";
    let billing = db
        .create_billing(me, &request("2025-12", 1), &clock("2025-12-17", 0))
        .unwrap()
        .unwrap();
    assert_eq!(billing.expires_at, 14 * DAY_MS);
    let late = clock("2026-01-01", 14 * DAY_MS + 1);
    assert_eq!(
        db.pay(me, &billing.code, &late).unwrap().unwrap_err().code,
        codes::BILLING_EXPIRED
    );
}
