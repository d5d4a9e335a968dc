//! Database services of OpenFaktur, shared by the CLI and (later) the web
//! app: where company databases live, how a store is opened from a URL, how
//! backups are taken, rotated, restored and used for repair, how a company
//! moves between SQLite and PostgreSQL, and how computed invoices are stored
//! and read back.
//!
//! Layout of a data dir (`--data-dir`, `FAKTUR_HOME`):
//!
//! ```text
//! DATA_DIR/companies/<NPWP16>.sqlite           one database per company
//! DATA_DIR/companies/<NPWP16>.sqlite.damaged   marker: failed a check, read-only
//! DATA_DIR/backups/<NPWP16>/<time>-<reason>.sqlite
//! ```

mod admin;
mod any;
mod backup;
mod error;
mod export;
mod export_notes;
mod import;
mod invoices;
mod open;
mod paths;
mod received;
mod retur;
mod spt;
mod spt_flow;
mod spt_lampiran;

pub use admin::{check, info, migrate_to, repair, restore, target_file, DbInfo, RepairReport};
pub use any::AnyStore;
pub use backup::{backup_now, list_backups, BackupInfo, BackupPolicy};
pub use error::{DbError, Exit};
pub use export::{
    chunk_path, coretax_invoice, efaktur_records, export_coretax_xlsx, export_coretax_xml,
    export_efaktur_csv, ExportFilter,
};
pub use export_notes::{export_notes, Notes};
pub use import::{
    import_any, import_coretax_xlsx, import_coretax_xml, import_efaktur_csv, import_qr_xml,
    ImportMode, ImportReport, Problem,
};
pub use invoices::{
    amount_text, company_party, create_invoices, edit_invoice, invoice_json, list_invoices,
    replace_invoice, show_invoice, CreateOutcome,
};
pub use open::{company_init, company_list, normalize_npwp, open_company, CompanyRef, Target};
pub use paths::DataDir;
pub use received::received_record;
pub use retur::{retur_input, ReturDraft};
pub use spt::rupiah as spt_rupiah;
pub use spt::{build_spt, credit_input, parse_masa, spt_facts, spt_json, spt_of, Credit};
pub use spt_flow::{
    amend_spt, entry_names, filing_plan, latest_version, parse_entry, post_spt, record_billing,
    record_filed, record_payment, spt_payments, spt_versions, Choice, FilingPlan, Posted,
};
pub use spt_lampiran::lampiran_rows;

/// Today in Western Indonesia Time (UTC+7), the clock DJP's deadlines use;
/// `FAKTUR_TODAY=YYYY-MM-DD` overrides it (demos, tests).
pub fn today() -> std::result::Result<time::Date, DbError> {
    if let Ok(text) = std::env::var("FAKTUR_TODAY") {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        return time::Date::parse(text.trim(), &format).map_err(|error| {
            DbError::new(
                "ETAX-20006",
                Exit::Usage,
                format!("FAKTUR_TODAY={text}: {error}"),
            )
        });
    }
    let wib = time::UtcOffset::from_hms(7, 0, 0).unwrap_or(time::UtcOffset::UTC);
    Ok(time::OffsetDateTime::now_utc().to_offset(wib).date())
}
