//! Reproducible synthetic invoices for demos, tests and benchmarks: the same
//! seed gives the same file. Amounts come from the VAT engine, so every
//! generated invoice imports cleanly.

use crate::coretax_xml::{CtxGood, CtxInvoice};
use crate::efaktur_csv::document::DocumentRow;
use crate::efaktur_csv::fm::FmInvoice;
use crate::efaktur_csv::retur::ReturRow;
use crate::efaktur_csv::{Record, RecordType};
use crate::qr_xml::{QrDetail, QrResponse};
use faktur_core::codes::{Opt, TrxCode};
use faktur_core::ids::IdType;
use faktur_core::invoice::{compute, Draft, Kind, Line, Party};
use rust_decimal::Decimal;
use time::{Date, Month};

/// A small deterministic generator (xorshift64*).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (0 is fine).
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15 | 1)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// A valid 15-digit NPWP: 8 digits, the Luhn check digit, a KPP, branch 000.
pub fn npwp15(rng: &mut Rng) -> String {
    let mut digits: Vec<u32> = (0..8)
        .map(|i| {
            if i == 0 {
                rng.below(3) as u32
            } else {
                rng.below(10) as u32
            }
        })
        .collect();
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                *d
            }
        })
        .sum();
    digits.push((10 - sum % 10) % 10);
    let kpp = rng.below(1000);
    format!(
        "{}{kpp:03}000",
        digits
            .iter()
            .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
            .collect::<String>()
    )
}

/// One generated invoice: its draft and the amounts the engine computed.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// The draft.
    pub draft: Draft,
    /// Its computed amounts.
    pub computation: faktur_core::invoice::Computation,
}

const KODES: [&str; 8] = ["01", "01", "01", "01", "02", "03", "04", "09"];
const NAMES: [&str; 6] = [
    "Semen 50 kg",
    "Besi beton 10 mm",
    "Jasa konsultasi",
    "Kertas A4",
    "Minyak goreng 2 L",
    "Cat tembok 5 kg",
];

/// Invoice `n` of the stream for `seed`, dated in `year` (2024 gives the
/// e-Faktur era, 2025 the Coretax era), with `lines` lines.
pub fn invoice(seed: u64, n: u64, year: i32, lines: usize) -> Synthetic {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(n));
    // e-Faktur era files carry 15-digit NPWPs, valid until 30 June 2024.
    let months = if year == 2024 { 6 } else { 12 };
    let month = Month::try_from(1 + rng.below(months) as u8).unwrap_or(Month::January);
    let date = Date::from_calendar_date(year, month, 1 + rng.below(28) as u8).unwrap_or(Date::MIN);
    let kode = KODES[rng.below(KODES.len() as u64) as usize];
    let buyer_npwp = npwp15(&mut rng);
    let buyer = Party {
        tin: Some(if year >= 2025 {
            format!("0{buyer_npwp}")
        } else {
            buyer_npwp
        }),
        id_type: IdType::Tin,
        id_number: None,
        country: "IDN".into(),
        name: format!("PT PEMBELI {}", rng.below(10_000)),
        address: format!("Jl. Raya No. {}, Jakarta", 1 + rng.below(200)),
        email: None,
        idtku: None,
    };
    let lines = (0..lines)
        .map(|i| {
            let price = Decimal::from(1_000 + rng.below(5_000) * 1_000);
            let qty = Decimal::from(1 + rng.below(20));
            let discount = if rng.below(4) == 0 {
                (price * qty / Decimal::from(10)).floor()
            } else {
                Decimal::ZERO
            };
            Line {
                opt: Opt::Goods,
                code: "000000".into(),
                name: NAMES[(n as usize + i) % NAMES.len()].into(),
                unit: "UM.0018".into(),
                price,
                qty,
                discount,
                luxury: false,
                vat_rate: None,
                stlg_rate: Decimal::ZERO,
                item_code: Some(format!("SKU-{}", rng.below(100_000))),
            }
        })
        .collect();
    let draft = Draft {
        kind: Kind::Output,
        date,
        trx_code: TrxCode::parse(kode)
            .unwrap_or_else(|_| TrxCode::new(1).unwrap_or_else(|| unreachable!())),
        reference: Some(format!("GEN/{seed}/{n}")),
        number: None,
        replaces: None,
        seller: None,
        buyer: Some(buyer),
        add_info: None,
        facility_stamp: None,
        custom_doc: None,
        custom_doc_period: None,
        prices_include_vat: false,
        lines,
    };
    let computation =
        compute(&draft).unwrap_or_else(|_| unreachable!("generated amounts are small"));
    Synthetic { draft, computation }
}

fn day_month_year(date: Date) -> String {
    format!("{}/{}/{}", date.day(), u8::from(date.month()), date.year())
}

/// The e-Faktur CSV records (FK + OF) of generated invoice `n`; its NSFP is
/// `000` + year + `n`.
pub fn efaktur_records(s: &Synthetic, n: u64) -> Vec<Record> {
    let d = &s.draft;
    let c = &s.computation;
    let buyer = d.buyer.as_ref();
    let year = d.date.year();
    let fk = vec![
        d.trx_code.as_str().to_string(),
        "0".into(),
        format!("000{:02}{:08}", year % 100, n),
        u8::from(d.date.month()).to_string(),
        year.to_string(),
        day_month_year(d.date),
        buyer.and_then(|b| b.tin.clone()).unwrap_or_default(),
        buyer.map(|b| b.name.clone()).unwrap_or_default(),
        buyer.map(|b| b.address.clone()).unwrap_or_default(),
        c.totals.tax_base.to_string(),
        c.totals.vat.to_string(),
        c.totals.stlg.to_string(),
        String::new(),
        "0".into(),
        "0".into(),
        "0".into(),
        "0".into(),
        d.reference.clone().unwrap_or_default(),
        "0".into(),
    ];
    let mut records = vec![Record {
        kind: RecordType::Fk,
        line: 0,
        cells: fk,
    }];
    for (line, amounts) in d.lines.iter().zip(&c.lines) {
        records.push(Record {
            kind: RecordType::Of,
            line: 0,
            cells: vec![
                line.item_code.clone().unwrap_or_default(),
                line.name.clone(),
                line.price.to_string(),
                line.qty.to_string(),
                (line.price * line.qty).to_string(),
                line.discount.to_string(),
                amounts.tax_base.to_string(),
                amounts.vat.to_string(),
                amounts.stlg_rate.to_string(),
                amounts.stlg.to_string(),
            ],
        });
    }
    records
}

/// The Coretax XML form of a generated invoice, for seller NITKU `seller_idtku`.
pub fn coretax_invoice(s: &Synthetic, seller_idtku: &str) -> CtxInvoice {
    let d = &s.draft;
    let buyer = d.buyer.as_ref();
    let tin = buyer.and_then(|b| b.tin.clone()).unwrap_or_default();
    let mut out = CtxInvoice::empty(0);
    for (name, value) in [
        (
            "TaxInvoiceDate",
            format!(
                "{:04}-{:02}-{:02}",
                d.date.year(),
                u8::from(d.date.month()),
                d.date.day()
            ),
        ),
        ("TaxInvoiceOpt", "Normal".into()),
        ("TrxCode", d.trx_code.as_str().into()),
        ("RefDesc", d.reference.clone().unwrap_or_default()),
        ("SellerIDTKU", seller_idtku.into()),
        ("BuyerTin", tin.clone()),
        ("BuyerDocument", "TIN".into()),
        ("BuyerCountry", "IDN".into()),
        (
            "BuyerName",
            buyer.map(|b| b.name.clone()).unwrap_or_default(),
        ),
        (
            "BuyerAdress",
            buyer.map(|b| b.address.clone()).unwrap_or_default(),
        ),
        ("BuyerIDTKU", format!("{tin}000000")),
    ] {
        out.set(name, value);
    }
    for (line, a) in d.lines.iter().zip(&s.computation.lines) {
        let mut good = CtxGood::empty(0);
        for (name, value) in [
            ("Opt", line.opt.as_str().to_string()),
            ("Code", line.code.clone()),
            ("Name", line.name.clone()),
            ("Unit", line.unit.clone()),
            ("Price", a.price_ex_vat.to_string()),
            ("Qty", line.qty.to_string()),
            ("TotalDiscount", a.discount_ex_vat.to_string()),
            ("TaxBase", a.tax_base.to_string()),
            ("OtherTaxBase", a.other_tax_base.to_string()),
            ("VATRate", a.vat_rate.to_string()),
            ("VAT", a.vat.to_string()),
            ("STLGRate", a.stlg_rate.to_string()),
            ("STLG", a.stlg.to_string()),
        ] {
            good.set(name, value);
        }
        out.goods.push(good);
    }
    out
}

/// The QR validation answer for generated invoice `n` (an e-Faktur era
/// invoice; use `year` 2024), seen from the buyer `buyer` = (15-digit
/// NPWP, name, address): the generated counterparty becomes the seller.
pub fn qr_response(s: &Synthetic, n: u64, buyer: (&str, &str, &str)) -> QrResponse {
    let d = &s.draft;
    let c = &s.computation;
    let seller = d.buyer.as_ref();
    let mut out = QrResponse::empty(0);
    let date = d.date;
    for (name, value) in [
        ("kdJenisTransaksi", d.trx_code.as_str().to_string()),
        ("fgPengganti", "0".into()),
        (
            "nomorFaktur",
            format!("010{:02}{:08}", date.year() % 100, n),
        ),
        (
            "tanggalFaktur",
            format!(
                "{:02}/{:02}/{}",
                date.day(),
                u8::from(date.month()),
                date.year()
            ),
        ),
        (
            "npwpPenjual",
            seller.and_then(|p| p.tin.clone()).unwrap_or_default(),
        ),
        (
            "namaPenjual",
            seller.map(|p| p.name.clone()).unwrap_or_default(),
        ),
        (
            "alamatPenjual",
            seller.map(|p| p.address.clone()).unwrap_or_default(),
        ),
        ("npwpLawanTransaksi", buyer.0.to_string()),
        ("namaLawanTransaksi", buyer.1.to_string()),
        ("alamatLawanTransaksi", buyer.2.to_string()),
        ("jumlahDpp", c.totals.tax_base.to_string()),
        ("jumlahPpn", c.totals.vat.to_string()),
        ("jumlahPpnBm", c.totals.stlg.to_string()),
        (
            "statusApproval",
            "Faktur Valid, Sudah Diapprove oleh DJP".into(),
        ),
        ("statusFaktur", "Faktur Pajak Normal".into()),
    ] {
        out.set(name, value);
    }
    for (line, amounts) in d.lines.iter().zip(&c.lines) {
        let mut detail = QrDetail::empty(0);
        for (name, value) in [
            ("nama", line.name.clone()),
            ("hargaSatuan", line.price.to_string()),
            ("jumlahBarang", line.qty.to_string()),
            ("hargaTotal", (line.price * line.qty).to_string()),
            ("diskon", line.discount.to_string()),
            ("dpp", amounts.tax_base.to_string()),
            ("ppn", amounts.vat.to_string()),
            ("tarifPpnbm", amounts.stlg_rate.to_string()),
            ("ppnbm", amounts.stlg.to_string()),
        ] {
            detail.set(name, value);
        }
        out.details.push(detail);
    }
    out
}

/// Generated invoice `n` as a prepopulated input invoice (an FM row) of the
/// buyer: the generated counterparty is the seller, the masa is the
/// invoice's own, one invoice in five is not creditable.
pub fn fm_invoice(s: &Synthetic, n: u64) -> FmInvoice {
    let d = &s.draft;
    let c = &s.computation;
    let seller = d.buyer.as_ref();
    let year = d.date.year();
    let month = u8::from(d.date.month());
    FmInvoice {
        line: 0,
        trx_code: d.trx_code.as_str().to_string(),
        number: format!("{}0020{:02}{:08}", d.trx_code.as_str(), year % 100, n),
        replaces: None,
        date: format!("{year:04}-{month:02}-{:02}", d.date.day()),
        masa: format!("{year:04}-{month:02}"),
        seller: faktur_wire::PartyDto {
            tin: seller.and_then(|p| p.tin.clone()),
            id_type: "TIN".into(),
            id_number: None,
            country: "IDN".into(),
            name: seller.map(|p| p.name.clone()).unwrap_or_default(),
            address: seller.map(|p| p.address.clone()).unwrap_or_default(),
            email: None,
            idtku: None,
        },
        totals: [c.totals.tax_base, c.totals.vat, c.totals.stlg].map(|a| a.to_string()),
        creditable: n % 5 != 4,
    }
}

/// A nota retur (RM row) of a generated input invoice: a tenth of its
/// amounts (rounded down), returned on the invoice's date.
pub fn retur_of(fm: &FmInvoice, n: u64) -> ReturRow {
    let tenth = |text: &String| {
        Decimal::from_str_exact(text)
            .map(|d| (d / Decimal::TEN).floor().to_string())
            .unwrap_or_default()
    };
    ReturRow {
        line: 0,
        kind: RecordType::Rm,
        npwp: fm.seller.tin.clone().unwrap_or_default(),
        name: fm.seller.name.clone(),
        trx_code: fm.trx_code.clone(),
        invoice_number: fm.number.clone(),
        invoice_date: fm.date.clone(),
        creditable: Some(fm.creditable),
        number: format!("RM/{}/{n:07}", &fm.date[..4]),
        date: fm.date.clone(),
        masa: fm.date[..7].to_string(),
        amounts: [
            tenth(&fm.totals[0]),
            tenth(&fm.totals[1]),
            tenth(&fm.totals[2]),
        ],
    }
}

/// A dokumen lain of 2024: an export declaration (DK, VAT 0 %) or an
/// import declaration (DM, VAT 11 % of the customs value), with a
/// counterparty abroad (NPWP of zeros).
pub fn document(seed: u64, n: u64, output: bool) -> DocumentRow {
    let mut rng = Rng::new(seed ^ n.wrapping_mul(0xD1B5_4A32_D192_ED03) ^ u64::from(output));
    let month = rng.below(12) + 1;
    let day = rng.below(28) + 1;
    let tax_base = (rng.below(5_000) + 1) * 100_000;
    let (prefix, vat, name, address) = if output {
        ("PEB", 0, "ACME TRADING PTE LTD", "SINGAPORE")
    } else {
        (
            "PIB",
            tax_base * 11 / 100,
            "GLOBEX GMBH",
            "HAMBURG, GERMANY",
        )
    };
    DocumentRow {
        line: 0,
        kind: if output {
            RecordType::Dk
        } else {
            RecordType::Dm
        },
        trx_type: "1".into(),
        doc_type: "1".into(),
        trx_code: "1".into(),
        replaces: None,
        number: format!("{prefix}-2024-{n:07}"),
        date: format!("2024-{month:02}-{day:02}"),
        masa: format!("2024-{month:02}"),
        npwp: "000000000000000".into(),
        name: name.into(),
        address: address.into(),
        amounts: [tax_base, vat, 0].map(|a| a.to_string()),
        note: format!("{prefix} {n}"),
        creditable: (!output).then_some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_notes_read_back_clean() {
        use crate::efaktur_csv::{document, retur};
        let invoice = invoice(3, 8, 2024, 2);
        let fm = fm_invoice(&invoice, 8);
        let rm = retur_of(&fm, 8);
        let read = retur::retur_row(&retur::retur_record(&rm)).expect("valid RM row");
        assert_eq!(read.invoice_number, fm.number);
        for output in [true, false] {
            let row = document(3, 5, output);
            let read =
                document::document_row(&document::document_record(&row)).expect("valid DK/DM row");
            assert_eq!(read.amounts, row.amounts);
        }
        assert_eq!(document(3, 5, true), document(3, 5, true), "reproducible");
    }

    #[test]
    fn generated_npwps_have_valid_check_digits() {
        let mut rng = Rng::new(7);
        for _ in 0..500 {
            let npwp = npwp15(&mut rng);
            assert!(faktur_core::ids::Npwp15::parse(&npwp).is_ok(), "{npwp}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_invoices_and_totals_tie() {
        let a = invoice(42, 7, 2024, 3);
        let b = invoice(42, 7, 2024, 3);
        assert_eq!(a.draft, b.draft);
        assert_ne!(invoice(43, 7, 2024, 3).draft, a.draft);
        let records = efaktur_records(&a, 7);
        assert_eq!(records.len(), 4);
        let sum: Decimal = records[1..]
            .iter()
            .map(|r| r.cell(8).parse::<Decimal>().unwrap())
            .sum();
        assert_eq!(sum.to_string(), records[0].cell(11));
        assert_eq!(
            invoice(1, 1, 2025, 2).computation.regime.era.as_str(),
            "coretax"
        );
    }
}
