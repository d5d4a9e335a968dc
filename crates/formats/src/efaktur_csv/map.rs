//! From an e-Faktur CSV invoice (FK + FAPR + OF rows) to an invoice draft,
//! keeping what the draft does not carry.
//!
//! - Amounts the file states (FK totals, OF DPP/PPN/PPnBM) are returned beside
//!   the draft, so the importer can recompute the invoice and compare
//!   (ETAX-20028).
//! - FK fields with no place in the draft (down payment, supporting-document
//!   code, the raw keterangan number, masa and year) are kept verbatim as
//!   `source`, so an export reproduces them.
//! - Buyers without NPWP follow the e-Faktur conventions: NPWP of zeros with
//!   `<NIK>#NIK#NAMA#<name>` or `<passport>#PASPOR#NAMA#<name>` in `NAMA`.

use super::{CsvInvoice, Record};
use crate::RowError;
use faktur_wire::{DraftDto, LineDto, PartyDto};
use std::collections::BTreeMap;

/// The amounts an invoice states in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    /// FK `JUMLAH_DPP`, `JUMLAH_PPN`, `JUMLAH_PPNBM`, with the FK line.
    pub totals: [String; 3],
    /// The FK line.
    pub line: u64,
    /// Per OF row: its line, `DPP`, `PPN`, `PPNBM`.
    pub lines: Vec<(u64, [String; 3])>,
}

/// An invoice read from the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapped {
    /// The draft (seller left to the company; see `fapr`).
    pub draft: DraftDto,
    /// Seller name and address from a FAPR row.
    pub fapr: Option<(String, String)>,
    /// FK fields the draft does not carry, by column name.
    pub source: BTreeMap<String, String>,
    /// Amounts the file states.
    pub stated: Stated,
}

/// FK columns kept verbatim in `source`.
const SOURCE_COLUMNS: [(usize, &str); 8] = [
    (5, "MASA_PAJAK"),
    (6, "TAHUN_PAJAK"),
    (14, "ID_KETERANGAN_TAMBAHAN"),
    (15, "FG_UANG_MUKA"),
    (16, "UANG_MUKA_DPP"),
    (17, "UANG_MUKA_PPN"),
    (18, "UANG_MUKA_PPNBM"),
    (20, "KODE_DOKUMEN_PENDUKUNG"),
];

/// `D/M/YYYY` (or `DD/MM/YYYY`) to `YYYY-MM-DD`.
pub fn iso_date(text: &str) -> Option<String> {
    let mut parts = text.trim().split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || y.len() != 4
        || d.is_empty()
        || d.len() > 2
        || m.is_empty()
        || m.len() > 2
    {
        return None;
    }
    let number = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (d, m, y) = (number(d)?, number(m)?, number(y)?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A buyer from `NPWP` and `NAMA`, recognising the no-NPWP conventions.
pub fn buyer(npwp: &str, name: &str, address: &str) -> PartyDto {
    let zero = !npwp.is_empty() && npwp.bytes().all(|b| b == b'0');
    let (id_type, id_number, name) = match name.split('#').collect::<Vec<_>>().as_slice() {
        [number, "NIK", "NAMA", rest @ ..] if zero => {
            ("NIK", Some(number.to_string()), rest.join("#"))
        }
        [number, "PASPOR", "NAMA", rest @ ..] if zero => (
            "PASSPORT",
            (!number.is_empty()).then(|| number.to_string()),
            rest.join("#"),
        ),
        _ => ("TIN", None, name.to_string()),
    };
    PartyDto {
        tin: Some(npwp.to_string()),
        id_type: id_type.into(),
        id_number,
        country: "IDN".into(),
        name,
        address: address.to_string(),
        email: None,
        idtku: None,
    }
}

/// A goods line as the e-Faktur era files give it (CSV `OF` rows, QR
/// `detailTransaksi`): a PPnBM rate marks a luxury line (PPnBM requires the
/// luxury VAT); goods code and unit take the template defaults.
pub(crate) fn efaktur_line(
    name: &str,
    price: &str,
    qty: &str,
    discount: &str,
    stlg_rate: &str,
    item_code: Option<String>,
) -> LineDto {
    let stlg_rate = stlg_rate.trim();
    let luxury = faktur_core::decimal::parse_strict(stlg_rate)
        .is_ok_and(|rate| rate > rust_decimal::Decimal::ZERO);
    LineDto {
        opt: "A".into(),
        code: "000000".into(),
        name: name.to_string(),
        unit: "UM.0018".into(),
        price: Some(price.trim().to_string()),
        qty: qty.trim().to_string(),
        discount: discount.trim().to_string(),
        luxury,
        vat_rate: None,
        stlg_rate: if stlg_rate.is_empty() { "0" } else { stlg_rate }.to_string(),
        item_code: item_code.filter(|c| !c.is_empty()),
    }
}

fn line_dto(of: &Record) -> LineDto {
    efaktur_line(
        of.cell(3),
        of.cell(4),
        of.cell(5),
        of.cell(7),
        of.cell(10),
        Some(of.cell(2).to_string()),
    )
}

/// `KD_JENIS_TRANSAKSI` as two digits (a spreadsheet may have dropped the
/// leading zero: `1` is `01`).
pub(crate) fn kode(cell: &str) -> String {
    match cell.trim() {
        one if one.len() == 1 => format!("0{one}"),
        two => two.to_string(),
    }
}

/// `NOMOR_FAKTUR` without its printed separators.
pub(crate) fn bare_nsfp(cell: &str) -> String {
    cell.chars()
        .filter(|c| !matches!(c, '.' | '-' | ' '))
        .collect()
}

/// The 16-digit number (kode + flag + NSFP) and, for a replacement
/// (flag 1), the normal number it replaces.
pub(crate) fn numbers(kode: &str, flag: &str, nsfp: &str) -> (String, Option<String>) {
    let replaces = (flag == "1").then(|| format!("{kode}0{nsfp}"));
    (format!("{kode}{flag}{nsfp}"), replaces)
}

/// Maps one CSV invoice. Problems the draft validation would not see (date
/// and flag formats, masa against the date) are reported at their cell.
pub fn to_draft(invoice: &CsvInvoice) -> Result<Mapped, Vec<RowError>> {
    let fk = &invoice.fk;
    let mut errors = Vec::new();
    let kode = kode(fk.cell(2));
    let flag = fk.cell(3).trim();
    if flag != "0" && flag != "1" {
        errors.push(RowError::new(fk.line, 3, "ETAX-20026", format!("{flag:?}")));
    }
    let nsfp = bare_nsfp(fk.cell(4));
    let date = iso_date(fk.cell(7));
    match &date {
        None => errors.push(RowError::new(
            fk.line,
            7,
            "ETAX-20006",
            format!("{:?}: D/M/YYYY", fk.cell(7)),
        )),
        Some(iso) => {
            let month = fk.cell(5).trim().parse::<u32>().ok();
            let year = fk.cell(6).trim();
            if month != iso[5..7].parse().ok() || year != &iso[..4] {
                errors.push(RowError::new(
                    fk.line,
                    5,
                    "ETAX-API-10006",
                    format!("{}/{} vs {iso}", fk.cell(5), year),
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (number, replaces) = match nsfp.is_empty() {
        true => (None, None),
        false => {
            let (number, replaces) = numbers(&kode, flag, &nsfp);
            (Some(number), replaces)
        }
    };
    let keterangan = fk.cell(14).trim();
    let facility = (kode == "07" || kode == "08") && !keterangan.is_empty();
    let facility_number = keterangan.parse::<u32>().ok().filter(|_| facility);
    let draft = DraftDto {
        kind: "output".into(),
        date,
        trx_code: kode,
        reference: Some(fk.cell(19).to_string()).filter(|r| !r.is_empty()),
        number,
        replaces,
        seller: None,
        buyer: Some(buyer(fk.cell(8).trim(), fk.cell(9), fk.cell(10))),
        add_info: facility_number.map(|n| format!("TD.005{n:02}")),
        facility_stamp: facility_number.map(|n| format!("TD.011{n:02}")),
        custom_doc: None,
        custom_doc_period: None,
        prices_include_vat: false,
        lines: invoice.lines.iter().map(line_dto).collect(),
    };
    let source = SOURCE_COLUMNS
        .iter()
        .filter(|(column, _)| *column <= fk.cells.len() + 1)
        .map(|(column, name)| ((*name).to_string(), fk.cell(*column).to_string()))
        .collect();
    let stated = Stated {
        totals: [
            fk.cell(11).trim().into(),
            fk.cell(12).trim().into(),
            fk.cell(13).trim().into(),
        ],
        line: fk.line,
        lines: invoice
            .lines
            .iter()
            .map(|of| {
                (
                    of.line,
                    [
                        of.cell(8).trim().into(),
                        of.cell(9).trim().into(),
                        of.cell(11).trim().into(),
                    ],
                )
            })
            .collect(),
    };
    let fapr = invoice
        .fapr
        .as_ref()
        .map(|r| (r.cell(2).to_string(), r.cell(3).to_string()));
    Ok(Mapped {
        draft,
        fapr,
        source,
        stated,
    })
}
