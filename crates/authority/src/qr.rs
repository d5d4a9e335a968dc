//! The QR validation answer (`resValidateFakturPm`) of an approved invoice,
//! with its current status.

use faktur_formats::qr_xml::{QrDetail, QrResponse};
use faktur_wire::ComputedInvoice;

/// The answer for a stored invoice, or the "not found" answer.
pub fn answer(found: Option<(&ComputedInvoice, &str)>) -> QrResponse {
    let mut out = QrResponse::empty(0);
    let Some((invoice, status)) = found else {
        out.set(
            "statusApproval",
            "Faktur tidak Valid, Tidak ditemukan data di DJP".into(),
        );
        return out;
    };
    let number = invoice.number.clone().unwrap_or_default();
    let (flag, serial) = match number.len() {
        16 => (number[2..3].to_string(), number[3..].to_string()),
        17 => (number[2..4].to_string(), number[4..].to_string()),
        _ => ("0".into(), number.clone()),
    };
    let date = invoice.date.clone().unwrap_or_default();
    let printed_date = match (date.get(0..4), date.get(5..7), date.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => date.clone(),
    };
    let party = |p: &Option<faktur_wire::PartyDto>| {
        p.as_ref()
            .map_or((String::new(), String::new(), String::new()), |p| {
                (
                    npwp15(p.tin.as_deref().unwrap_or("")),
                    p.name.clone(),
                    p.address.clone(),
                )
            })
    };
    let (seller, buyer) = (party(&invoice.seller), party(&invoice.buyer));
    let totals = invoice.totals.clone();
    let total = |pick: fn(&faktur_wire::TotalsDto) -> &String| {
        totals
            .as_ref()
            .map(|t| rupiah(pick(t)))
            .unwrap_or_else(|| "0".into())
    };
    let replacement = invoice.replaces.as_deref().is_some_and(|r| !r.is_empty());
    let status_text = match status {
        "replaced" => "Faktur Diganti",
        "cancelled" => "Faktur Dibatalkan",
        _ if replacement => "Faktur Pajak Normal-Pengganti",
        _ => "Faktur Pajak Normal",
    };
    for (name, value) in [
        ("kdJenisTransaksi", invoice.trx_code.clone()),
        ("fgPengganti", flag),
        ("nomorFaktur", serial),
        ("tanggalFaktur", printed_date),
        ("npwpPenjual", seller.0),
        ("namaPenjual", seller.1),
        ("alamatPenjual", seller.2),
        ("npwpLawanTransaksi", buyer.0),
        ("namaLawanTransaksi", buyer.1),
        ("alamatLawanTransaksi", buyer.2),
        ("jumlahDpp", total(|t| &t.tax_base)),
        ("jumlahPpn", total(|t| &t.vat)),
        ("jumlahPpnBm", total(|t| &t.stlg)),
        (
            "statusApproval",
            "Faktur Valid, Sudah Diapprove oleh DJP".into(),
        ),
        ("statusFaktur", status_text.into()),
    ] {
        out.set(name, value);
    }
    out.reference = invoice.reference.clone().filter(|r| !r.is_empty());
    for line in &invoice.lines {
        let l = &line.line;
        let mut detail = QrDetail::empty(0);
        for (name, value) in [
            ("nama", l.name.clone()),
            ("hargaSatuan", l.price.clone().unwrap_or_default()),
            ("jumlahBarang", l.qty.clone()),
            ("hargaTotal", line_total(l.price.as_deref(), &l.qty)),
            ("diskon", l.discount.clone()),
            ("dpp", line.tax_base.clone().unwrap_or_default()),
            ("ppn", line.vat.clone().unwrap_or_default()),
            ("tarifPpnbm", l.stlg_rate.clone()),
            ("ppnbm", line.stlg.clone().unwrap_or_default()),
        ] {
            detail.set(name, value);
        }
        out.details.push(detail);
    }
    out
}

/// Price × quantity as given (the answer's `hargaTotal`); empty when either
/// is not a number.
fn line_total(price: Option<&str>, qty: &str) -> String {
    use faktur_core::decimal::parse_strict;
    match (price.map(parse_strict), parse_strict(qty)) {
        (Some(Ok(price)), Ok(qty)) => price
            .checked_mul(qty)
            .map(|t| t.normalize().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The 15-digit form of an NPWP16 that has one (a leading `0`).
fn npwp15(tin: &str) -> String {
    match tin.strip_prefix('0') {
        Some(rest) if tin.len() == 16 => rest.to_string(),
        _ => tin.to_string(),
    }
}

/// Whole rupiah (the QR answer's header amounts are integers).
fn rupiah(amount: &str) -> String {
    amount.split('.').next().unwrap_or("0").to_string()
}
