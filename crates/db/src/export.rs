//! Exporting stored invoices: e-Faktur CSV (what was imported comes back as
//! it came) and Coretax `TaxInvoiceBulk` XML in files of at most 1,000
//! invoices. Invoices are read one page at a time.

use crate::error::{DbError, Exit, Result};
use crate::invoices::amount_text;
use crate::CompanyRef;
use faktur_formats::coretax_xml::{CoretaxWriter, CtxGood, CtxInvoice, MAX_INVOICES_PER_FILE};
use faktur_formats::efaktur_csv::fm::{fm_record, FmInvoice};
use faktur_formats::efaktur_csv::{Record, RecordType, RecordWriter};
use faktur_store::{InvoiceFilter, InvoiceRecord};
use faktur_wire::PartyDto;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Which invoices to export.
#[derive(Debug, Clone)]
pub struct ExportFilter {
    /// Masa `YYYY-MM`.
    pub masa: String,
    /// `output` or `input`.
    pub kind: String,
    /// Only this status, when given.
    pub status: Option<String>,
}

const PAGE: i64 = 1_000;

/// Calls `each` for every matching invoice, with its lines, in id order.
fn for_each(
    cref: &CompanyRef,
    filter: &ExportFilter,
    each: &mut dyn FnMut(InvoiceRecord) -> Result<()>,
) -> Result<usize> {
    let store = cref.store.store();
    let mut after = 0;
    let mut count = 0;
    loop {
        let page = store.list_invoices(
            cref.company.id,
            &InvoiceFilter {
                masa: Some(filter.masa.clone()),
                kind: Some(filter.kind.clone()),
                status: filter.status.clone(),
                after_id: Some(after),
                limit: Some(PAGE),
            },
        )?;
        let Some(last) = page.last() else {
            return Ok(count);
        };
        after = last.id;
        let ids: Vec<i64> = page.iter().map(|r| r.id).collect();
        let mut lines = store.invoice_lines(cref.company.id, &ids)?;
        for mut record in page {
            record.invoice.lines = lines.remove(&record.id).unwrap_or_default();
            each(record)?;
            count += 1;
        }
    }
}

fn io(error: std::io::Error) -> DbError {
    DbError::new("FKT-1008", Exit::Environment, error.to_string())
}

fn party(json: &str) -> PartyDto {
    serde_json::from_str(json).unwrap_or(PartyDto {
        tin: None,
        id_type: "TIN".into(),
        id_number: None,
        country: "IDN".into(),
        name: String::new(),
        address: String::new(),
        email: None,
        idtku: None,
    })
}

fn source(record: &InvoiceRecord) -> BTreeMap<String, serde_json::Value> {
    record
        .invoice
        .source_json
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

fn source_text(source: &BTreeMap<String, serde_json::Value>, key: &str, default: &str) -> String {
    source
        .get(key)
        .and_then(|v| v.as_str())
        .unwrap_or(default)
        .to_string()
}

/// `x × y` as plain decimal text without trailing zeros.
fn product(a: &str, b: &str) -> String {
    match (Decimal::from_str(a), Decimal::from_str(b)) {
        (Ok(a), Ok(b)) => a
            .checked_mul(b)
            .map_or_else(String::new, |p| p.normalize().to_string()),
        _ => String::new(),
    }
}

/// The FM row of one stored input invoice. `IS_CREDITABLE` is the imported
/// flag, else 1 for an approved invoice and 0 for a replaced or cancelled
/// one.
pub fn fm_row(record: &InvoiceRecord) -> Record {
    let i = &record.invoice;
    let stated: Option<serde_json::Value> = i
        .source_json
        .as_deref()
        .and_then(|json| serde_json::from_str(json).ok());
    let creditable = match stated.as_ref().and_then(|s| s["IS_CREDITABLE"].as_str()) {
        Some(flag) => flag == "1",
        None => i.status == "approved",
    };
    let mut seller = party(&i.seller_json);
    // The e-Faktur era file carries the 15-digit NPWP.
    seller.tin = seller.tin.map(|t| {
        t.strip_prefix('0')
            .filter(|t| t.len() == 15)
            .unwrap_or(&t)
            .to_string()
    });
    let number = i.number.clone().unwrap_or_default();
    fm_record(&FmInvoice {
        line: 0,
        trx_code: i.trx_code.clone(),
        number,
        replaces: i.replaces.clone(),
        date: i.date.clone(),
        masa: i.masa.clone(),
        seller,
        totals: [
            amount_text(i.tax_base, &i.era),
            amount_text(i.vat, &i.era),
            amount_text(i.stlg, &i.era),
        ],
        creditable,
    })
}

/// The FK cells an export writes when the stored invoice does not carry
/// them (`source_json`), by column name. An import keeps only the cells
/// that differ from these, so most invoices store no source fields at all.
pub(crate) fn fk_defaults(invoice: &faktur_store::NewInvoice) -> [(&'static str, String); 8] {
    let date = invoice.date.as_str();
    let month = date.get(5..7).unwrap_or("").trim_start_matches('0');
    let keterangan = invoice
        .add_info
        .as_deref()
        .and_then(|a| a.strip_prefix("TD.005"))
        .and_then(|n| n.parse::<u32>().ok())
        .map(|n| n.to_string())
        .unwrap_or_default();
    [
        ("MASA_PAJAK", month.to_string()),
        ("TAHUN_PAJAK", date.get(..4).unwrap_or("").to_string()),
        ("ID_KETERANGAN_TAMBAHAN", keterangan),
        ("FG_UANG_MUKA", "0".into()),
        ("UANG_MUKA_DPP", "0".into()),
        ("UANG_MUKA_PPN", "0".into()),
        ("UANG_MUKA_PPNBM", "0".into()),
        ("KODE_DOKUMEN_PENDUKUNG", "0".into()),
    ]
}

/// The e-Faktur CSV records of one stored output invoice.
pub fn efaktur_records(record: &InvoiceRecord) -> Vec<Record> {
    let i = &record.invoice;
    let src = source(record);
    let buyer = party(&i.buyer_json);
    let era = i.era.as_str();
    let (flag, nsfp) = match i.number.as_deref() {
        Some(n) if n.len() == 16 => (n[2..3].to_string(), n[3..].to_string()),
        _ => ("0".to_string(), String::new()),
    };
    let (year, month, day) = (
        &i.date[0..4],
        i.date[5..7].trim_start_matches('0'),
        i.date[8..10].trim_start_matches('0'),
    );
    let name = match (buyer.id_type.as_str(), buyer.id_number.as_deref()) {
        ("NIK", Some(nik)) => format!("{nik}#NIK#NAMA#{}", buyer.name),
        ("PASSPORT", number) => format!("{}#PASPOR#NAMA#{}", number.unwrap_or(""), buyer.name),
        _ => buyer.name.clone(),
    };
    let defaults = fk_defaults(i);
    let cell = |key: &str| {
        let default = defaults
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str());
        source_text(&src, key, default)
    };
    let fk = vec![
        i.trx_code.clone(),
        flag,
        nsfp,
        cell("MASA_PAJAK"),
        cell("TAHUN_PAJAK"),
        format!("{day}/{month}/{year}"),
        buyer.tin.clone().unwrap_or_default(),
        name,
        buyer.address.clone(),
        amount_text(i.tax_base, era),
        amount_text(i.vat, era),
        amount_text(i.stlg, era),
        cell("ID_KETERANGAN_TAMBAHAN"),
        cell("FG_UANG_MUKA"),
        cell("UANG_MUKA_DPP"),
        cell("UANG_MUKA_PPN"),
        cell("UANG_MUKA_PPNBM"),
        i.reference.clone().unwrap_or_default(),
        cell("KODE_DOKUMEN_PENDUKUNG"),
    ];
    let mut records = vec![Record {
        kind: RecordType::Fk,
        line: 0,
        cells: fk,
    }];
    if let Some(serde_json::Value::Array(fapr)) = src.get("FAPR") {
        let cells = fapr
            .iter()
            .map(|v| v.as_str().unwrap_or("").to_string())
            .collect();
        records.push(Record {
            kind: RecordType::Fapr,
            line: 0,
            cells,
        });
    }
    for l in &i.lines {
        records.push(Record {
            kind: RecordType::Of,
            line: 0,
            cells: vec![
                l.item_code.clone().unwrap_or_default(),
                l.name.clone(),
                l.price.clone(),
                l.qty.clone(),
                product(&l.price, &l.qty),
                l.discount.clone(),
                amount_text(l.tax_base, era),
                amount_text(l.vat, era),
                l.stlg_rate.clone(),
                amount_text(l.stlg, era),
            ],
        });
    }
    records
}

/// Writes the e-Faktur CSV of the filter's invoices to `out`.
pub fn export_efaktur_csv(
    cref: &CompanyRef,
    filter: &ExportFilter,
    out: impl Write,
) -> Result<usize> {
    let mut writer = RecordWriter::new(out);
    let input = filter.kind == "input";
    if input {
        writer.write_fm_header().map_err(io)?;
    } else {
        writer.write_headers().map_err(io)?;
    }
    let count = for_each(cref, filter, &mut |record| {
        if input {
            return writer.write(&fm_row(&record)).map_err(io);
        }
        for row in efaktur_records(&record) {
            writer.write(&row).map_err(io)?;
        }
        Ok(())
    })?;
    writer.finish().map_err(io)?;
    Ok(count)
}

fn sen2(sen: i64) -> String {
    Decimal::new(sen, 2).to_string()
}

/// The Coretax XML form of one stored invoice.
pub fn coretax_invoice(record: &InvoiceRecord) -> CtxInvoice {
    let i = &record.invoice;
    let seller = party(&i.seller_json);
    let buyer = party(&i.buyer_json);
    let tin16 = |tin: Option<&str>| {
        tin.and_then(|t| faktur_core::ids::Npwp16::parse_any(t).ok())
            .map(|n| n.digits().to_string())
    };
    let document = match buyer.id_type.as_str() {
        "NIK" => "National ID",
        "PASSPORT" => "Passport",
        "OTHER" => "Other ID",
        _ => "TIN",
    };
    let buyer_tin = if document == "TIN" {
        tin16(buyer.tin.as_deref()).unwrap_or_default()
    } else {
        "0".repeat(16)
    };
    let mut out = CtxInvoice::empty(0);
    let fields = [
        ("TaxInvoiceDate", i.date.clone()),
        ("TaxInvoiceOpt", "Normal".to_string()),
        ("TrxCode", i.trx_code.clone()),
        ("AddInfo", i.add_info.clone().unwrap_or_default()),
        ("CustomDoc", i.custom_doc.clone().unwrap_or_default()),
        (
            "CustomDocMonthYear",
            i.custom_doc_period.clone().unwrap_or_default(),
        ),
        ("RefDesc", i.reference.clone().unwrap_or_default()),
        (
            "FacilityStamp",
            i.facility_stamp.clone().unwrap_or_default(),
        ),
        ("SellerIDTKU", seller.idtku.clone().unwrap_or_default()),
        ("BuyerTin", buyer_tin),
        ("BuyerDocument", document.to_string()),
        ("BuyerCountry", buyer.country.clone()),
        (
            "BuyerDocumentNumber",
            buyer.id_number.clone().unwrap_or_default(),
        ),
        ("BuyerName", buyer.name.clone()),
        ("BuyerAdress", buyer.address.clone()),
        ("BuyerEmail", buyer.email.clone().unwrap_or_default()),
        ("BuyerIDTKU", buyer.idtku.clone().unwrap_or_default()),
    ];
    for (name, value) in fields {
        out.set(name, value);
    }
    for l in &i.lines {
        let mut good = CtxGood::empty(0);
        let values = [
            ("Opt", l.opt.clone()),
            ("Code", l.code.clone()),
            ("Name", l.name.replace(['\n', '\r'], " ")),
            ("Unit", l.unit.clone()),
            ("Price", l.price_ex_vat.clone()),
            ("Qty", l.qty.clone()),
            ("TotalDiscount", l.discount_ex_vat.clone()),
            ("TaxBase", sen2(l.tax_base)),
            ("OtherTaxBase", sen2(l.other_tax_base)),
            ("VATRate", l.vat_rate.clone()),
            ("VAT", sen2(l.vat)),
            ("STLGRate", l.stlg_rate.clone()),
            ("STLG", sen2(l.stlg)),
        ];
        for (name, value) in values {
            good.set(name, value);
        }
        out.goods.push(good);
    }
    out
}

/// The file of chunk `n` (1-based): `PATH` itself when one file suffices,
/// else `PATH` with `-001`, `-002`, … before its extension.
pub fn chunk_path(path: &Path, n: usize, chunked: bool, default_ext: &str) -> PathBuf {
    if !chunked {
        return path.to_path_buf();
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("export");
    let ext = path
        .extension()
        .and_then(|s| s.to_str())
        .unwrap_or(default_ext);
    path.with_file_name(format!("{stem}-{n:03}.{ext}"))
}

/// The path of the next file of a multi-file export. A single file keeps
/// the given name; when a second is needed, the first is renamed to take its
/// number too (`PATH-001`, `PATH-002`, …).
fn next_chunk(path: &Path, files: &mut [PathBuf], ext: &str) -> Result<PathBuf> {
    if let [first] = files {
        let numbered = chunk_path(path, 1, true, ext);
        std::fs::rename(&*first, &numbered).map_err(io)?;
        *first = numbered;
    }
    Ok(chunk_path(path, files.len() + 1, !files.is_empty(), ext))
}

/// Writes Coretax XML files of at most 1,000 invoices each; returns the
/// files written and the invoice count.
pub fn export_coretax_xml(
    cref: &CompanyRef,
    filter: &ExportFilter,
    path: &Path,
) -> Result<(Vec<PathBuf>, usize)> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut writer: Option<CoretaxWriter<std::io::BufWriter<std::fs::File>>> = None;
    let count = for_each(cref, filter, &mut |record| {
        if writer
            .as_ref()
            .is_some_and(|w| w.count() >= MAX_INVOICES_PER_FILE)
        {
            if let Some(full) = writer.take() {
                full.finish().map_err(io)?;
            }
        }
        if writer.is_none() {
            let file = next_chunk(path, &mut files, "xml")?;
            let out = std::io::BufWriter::new(std::fs::File::create(&file).map_err(io)?);
            writer = Some(CoretaxWriter::new(out, &cref.company.npwp).map_err(io)?);
            files.push(file);
        }
        if let Some(w) = writer.as_mut() {
            w.write(&coretax_invoice(&record)).map_err(io)?;
        }
        Ok(())
    })?;
    if let Some(last) = writer.take() {
        last.finish().map_err(io)?;
    }
    Ok((files, count))
}

/// Exports to DJP's Coretax Excel template: workbooks of at most 1,000
/// invoices (`PATH-001.xlsx`, … when more), the same records as the XML.
/// A workbook is assembled in memory, so at most one batch of 1,000
/// invoices is held at a time.
pub fn export_coretax_xlsx(
    cref: &CompanyRef,
    filter: &ExportFilter,
    path: &Path,
) -> Result<(Vec<PathBuf>, usize)> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut pending: Vec<CtxInvoice> = Vec::with_capacity(MAX_INVOICES_PER_FILE);
    let tin = cref.company.npwp.clone();
    let save = |invoices: &[CtxInvoice], files: &mut Vec<PathBuf>| -> Result<()> {
        let file = next_chunk(path, files, "xlsx")?;
        let bytes = faktur_formats::coretax_xlsx::write(&tin, invoices)
            .map_err(|e| io(std::io::Error::other(e.to_string())))?;
        std::fs::write(&file, bytes).map_err(io)?;
        files.push(file);
        Ok(())
    };
    let count = for_each(cref, filter, &mut |record| {
        if pending.len() >= MAX_INVOICES_PER_FILE {
            save(&pending, &mut files)?;
            pending.clear();
        }
        pending.push(coretax_invoice(&record));
        Ok(())
    })?;
    if !pending.is_empty() {
        save(&pending, &mut files)?;
    }
    Ok((files, count))
}
