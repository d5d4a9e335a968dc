//! From a validation answer to an input-invoice draft, with the amounts the
//! answer states (compared with the engine's on import) and the status DJP
//! reports.

use super::QrResponse;
use crate::efaktur_csv::map::{buyer, efaktur_line, iso_date, numbers, Stated};
use crate::RowError;
use faktur_wire::DraftDto;

/// The invoice is not valid at DJP, or its status is not one we know.
pub const NOT_VALID_AT_DJP: &str = "FKT-3010";

/// `statusFaktur` texts and the store status each becomes (formats.md §6.2).
/// Replaced and cancelled invoices are kept, with their status, so that the
/// return can leave them out of the creditable input VAT.
pub const STATUSES: [(&str, &str); 4] = [
    ("Faktur Pajak Normal", "approved"),
    ("Faktur Pajak Normal-Pengganti", "approved"),
    ("Faktur Diganti", "replaced"),
    ("Faktur Dibatalkan", "cancelled"),
];

/// The approval text of a valid invoice starts with this (case ignored).
const VALID_PREFIX: &str = "faktur valid";

/// A mapped answer.
#[derive(Debug, Clone, PartialEq)]
pub struct QrMapped {
    /// The input-invoice draft (the buyer is the company).
    pub draft: DraftDto,
    /// Store status from `statusFaktur`.
    pub status: &'static str,
    /// Amounts the answer states; columns are 0 (XML has none).
    pub stated: Stated,
}

/// Maps the answer. Problems the draft validation would not judge (status,
/// date, number and flag formats) are reported here.
pub fn to_draft(response: &QrResponse) -> Result<QrMapped, Vec<RowError>> {
    let line = response.line;
    let mut errors = Vec::new();
    let mut error = |code: &'static str, detail: String| {
        errors.push(RowError::new(line, 0, code, detail));
    };
    let approval = response.get("statusApproval").trim();
    if !approval.to_lowercase().starts_with(VALID_PREFIX) {
        error(NOT_VALID_AT_DJP, format!("statusApproval {approval:?}"));
    }
    let status_text = response.get("statusFaktur").trim();
    let status = STATUSES
        .iter()
        .find(|(text, _)| text.eq_ignore_ascii_case(status_text))
        .map(|(_, status)| *status);
    if status.is_none() {
        error(NOT_VALID_AT_DJP, format!("statusFaktur {status_text:?}"));
    }
    let kode = response.get("kdJenisTransaksi").trim().to_string();
    let flag = response.get("fgPengganti").trim().to_string();
    if flag != "0" && flag != "1" {
        error("ETAX-20004", format!("fgPengganti {flag:?}: 0 or 1"));
    }
    let nsfp = response.get("nomorFaktur").trim().to_string();
    if nsfp.len() != 13 || !nsfp.bytes().all(|b| b.is_ascii_digit()) {
        error("ETAX-20004", format!("nomorFaktur {nsfp:?}: 13 digits"));
    }
    let date = iso_date(response.get("tanggalFaktur"));
    if date.is_none() {
        let text = response.get("tanggalFaktur");
        error("ETAX-20006", format!("tanggalFaktur {text:?}: dd/MM/yyyy"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let lines = response
        .details
        .iter()
        .map(|d| {
            efaktur_line(
                d.get("nama"),
                d.get("hargaSatuan"),
                d.get("jumlahBarang"),
                d.get("diskon"),
                d.get("tarifPpnbm"),
                None,
            )
        })
        .collect();
    let (number, replaces) = numbers(&kode, &flag, &nsfp);
    let draft = DraftDto {
        kind: "input".into(),
        date,
        trx_code: kode.clone(),
        reference: response.reference.clone().filter(|r| !r.is_empty()),
        number: Some(number),
        replaces,
        seller: Some(buyer(
            response.get("npwpPenjual").trim(),
            response.get("namaPenjual"),
            response.get("alamatPenjual"),
        )),
        buyer: Some(buyer(
            response.get("npwpLawanTransaksi").trim(),
            response.get("namaLawanTransaksi"),
            response.get("alamatLawanTransaksi"),
        )),
        add_info: None,
        facility_stamp: None,
        custom_doc: None,
        custom_doc_period: None,
        prices_include_vat: false,
        lines,
    };
    let stated = Stated {
        totals: ["jumlahDpp", "jumlahPpn", "jumlahPpnBm"].map(|n| response.get(n).trim().into()),
        line,
        lines: response
            .details
            .iter()
            .map(|d| {
                (
                    d.line,
                    ["dpp", "ppn", "ppnbm"].map(|n| d.get(n).trim().into()),
                )
            })
            .collect(),
    };
    Ok(QrMapped {
        draft,
        status: status.unwrap_or("approved"),
        stated,
    })
}
