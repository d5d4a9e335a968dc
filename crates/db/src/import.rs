//! Importing invoice files: stream the file, map each invoice to a draft,
//! recompute it with the engine, compare with the amounts the file states,
//! validate, refuse duplicates, and store in batches inside one transaction.
//!
//! All-or-nothing by default; `Partial` stores exactly the valid invoices;
//! `DryRun` stores nothing. Memory stays flat: one invoice and one batch of
//! records are held at a time (plus the set of numbers seen, for duplicates
//! inside the file).

use crate::error::{DbError, Exit, Result};
use crate::invoices::{company_party, json_of, tin_of};
use crate::CompanyRef;
use faktur_core::finding::{Finding, Severity};
use faktur_core::invoice::Context;
use faktur_core::Lang;
use faktur_formats::coretax_xml::CoretaxReader;
use faktur_formats::efaktur_csv::{
    fm::fm_invoice, reader::sniff_delimiter, InvoiceReader, Item, Record, RecordReader, RecordType,
};
use faktur_formats::{Format, RowError, DETECT_BYTES};
use faktur_store::{Decision, InvoiceSink, NewInvoice, Sealed, Stamp};
use faktur_wire::PartyDto;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};

/// How an import treats invalid invoices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Store everything or nothing (the default).
    AllOrNothing,
    /// Store exactly the valid invoices.
    Partial,
    /// Check everything, store nothing.
    DryRun,
}

/// One problem, at its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line.
    pub line: u64,
    /// 1-based column, 0 for the whole row.
    pub column: usize,
    /// The invoice's reference (or number), when known.
    pub reference: Option<String>,
    /// Catalogue code.
    pub code: String,
    /// `error` (the invoice is refused) or `warning`.
    pub severity: String,
    /// Message in the chosen language, with specifics.
    pub message: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Invoices read.
    pub invoices: usize,
    /// Invoices without errors.
    pub accepted: usize,
    /// Invoices refused.
    pub rejected: usize,
    /// Invoices stored (0 unless committed).
    pub stored: usize,
    /// Whether anything was stored.
    pub committed: bool,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
}

impl ImportReport {
    /// The report as JSON (CLI `--json`, the API).
    pub fn to_json(&self, mode: ImportMode) -> serde_json::Value {
        let problems: Vec<_> = self
            .problems
            .iter()
            .map(|p| {
                serde_json::json!({
                    "line": p.line, "column": p.column, "reference": p.reference, "code": p.code,
                    "severity": p.severity, "message": p.message,
                })
            })
            .collect();
        serde_json::json!({
            "invoices": self.invoices, "accepted": self.accepted, "rejected": self.rejected,
            "stored": self.stored, "committed": self.committed, "dry_run": mode == ImportMode::DryRun,
            "problems": problems,
        })
    }
}

mod notes;
mod stage;

use stage::{stated_sen, Staged, Stager};

const BATCH: usize = 1_000;

/// The regime recorded for header-only input invoices: amounts as stated,
/// not computed by the engine.
pub const FM_REGIME: &str = "stated";

/// Runs an import session: `body` feeds invoices to the run and returns how
/// many problems stood outside any invoice; the mode decides the end.
fn session(
    cref: &CompanyRef,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    stamp: &Stamp,
    body: &mut dyn FnMut(&mut Run<'_>, &mut ImportReport) -> faktur_store::Result<usize>,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let company = company_party(cref);
    let decision =
        cref.store
            .store()
            .import_session(cref.company.id, actor, stamp, &mut |sink| {
                let mut run = Run {
                    sink,
                    company: &company,
                    context,
                    lang,
                    mode,
                    batch: Vec::with_capacity(BATCH),
                    seen: HashSet::new(),
                    stop_storing: false,
                    actor,
                    stamp,
                    returned_in_file: HashMap::new(),
                    held: HashMap::new(),
                };
                let standalone_errors = body(&mut run, &mut report)?;
                run.flush()?;
                let clean = report.rejected == 0 && standalone_errors == 0;
                Ok(match mode {
                    ImportMode::DryRun => Decision::Rollback,
                    ImportMode::AllOrNothing if !clean => Decision::Rollback,
                    _ => Decision::Commit,
                })
            })?;
    report.committed = decision == Decision::Commit;
    report.stored = if report.committed { report.accepted } else { 0 };
    Ok(report)
}

/// Counts one invoice's outcome; an all-or-nothing import stops storing at
/// the first refusal (it will roll back anyway).
fn tally(run: &mut Run<'_>, report: &mut ImportReport, problems: Vec<Problem>) {
    report.invoices += 1;
    if problems.iter().any(|p| p.severity == "error") {
        report.rejected += 1;
        if run.mode == ImportMode::AllOrNothing {
            run.batch.clear();
            run.stop_storing = true;
        }
    } else {
        report.accepted += 1;
    }
    report.problems.extend(problems);
}

/// Imports an e-Faktur CSV file: output invoices (FK, FAPR, OF rows) and
/// header-only input invoices (FM rows, also DJP's `;`-separated
/// prepopulated list).
pub fn import_efaktur_csv(
    cref: &CompanyRef,
    input: impl Read + Send,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport> {
    let mut buffered = BufReader::with_capacity(1 << 16, input);
    let delimiter = sniff_delimiter(buffered.fill_buf().unwrap_or(&[]));
    let company = company_party(cref);
    let stamp = Stamp::now();
    let stager = Stager {
        company: &company,
        context,
        lang,
        stamp: &stamp,
        actor,
    };
    // Two stages on two threads: this one stores (and checks against the
    // books), the other reads and stages; a bounded channel keeps memory
    // flat whatever the file's size.
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::sync_channel(STAGED_AHEAD);
        let reader = std::thread::Builder::new()
            .name("faktur-stage".into())
            .spawn_scoped(scope, move || {
                read_and_stage(buffered, delimiter, stager, &sender)
            })
            .map_err(|e| {
                crate::error::DbError::new(
                    "FKT-1008",
                    crate::error::Exit::Environment,
                    e.to_string(),
                )
            })?;
        let result = session(
            cref,
            mode,
            context,
            lang,
            actor,
            &stamp,
            &mut |run, report| {
                let mut standalone_errors = 0usize;
                for item in receiver.iter() {
                    match item {
                        Staging::Standalone(errors) => {
                            standalone_errors += errors.len();
                            if mode == ImportMode::AllOrNothing {
                                run.stop_storing = true;
                            }
                            report
                                .problems
                                .extend(errors.iter().map(|e| row_problem(e, None, lang)));
                        }
                        Staging::Invoice(staged) => {
                            let problems = run.admit_staged(*staged)?;
                            tally(run, report, problems);
                            progress(report.invoices);
                        }
                        Staging::Record(record) if record.kind == RecordType::Lt => {
                            report.problems.push(problem_at(
                                record.line,
                                1,
                                None,
                                "FKT-3007",
                                Severity::Warning,
                                record.kind.tag(),
                                lang,
                            ));
                        }
                        Staging::Record(record) => {
                            let problems = match record.kind {
                                RecordType::Fm => run.fm_invoice(&record)?,
                                RecordType::Rk | RecordType::Rm => run.retur(&record)?,
                                _ => run.document(&record)?,
                            };
                            tally(run, report, problems);
                            progress(report.invoices);
                        }
                    }
                }
                Ok(standalone_errors)
            },
        );
        // A failed session stops the reader at its next send.
        drop(receiver);
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
        result
    })
}

/// How many staged invoices the reading thread may be ahead of the storing
/// one.
const STAGED_AHEAD: usize = 1_024;

/// What the reading thread sends the storing one, in file order.
enum Staging {
    /// Rows that could not be read and belong to no invoice.
    Standalone(Vec<RowError>),
    /// An output invoice (FK, FAPR, OF rows), staged.
    Invoice(Box<Staged>),
    /// A header-only row (FM, RK, RM, DK, DM, LT): checked against the books
    /// by the storing side.
    Record(Record),
}

/// Reads an e-Faktur CSV file and stages its invoices, sending everything
/// in file order; stops when the receiver is gone.
fn read_and_stage(
    input: impl Read,
    delimiter: u8,
    stager: Stager<'_>,
    out: &std::sync::mpsc::SyncSender<Staging>,
) {
    let mut pending: Vec<RowError> = Vec::new();
    for item in InvoiceReader::new(RecordReader::new(input, delimiter)) {
        let message = match item {
            Err(error) => {
                pending.push(error);
                continue;
            }
            Ok(Item::Record(record)) => Staging::Record(record),
            Ok(Item::Invoice(invoice)) => {
                // A bad row after the FK is this invoice's when it is one of
                // its own kinds (OF, FAPR) or unreadable; another kind of
                // row (FM, RK, …) stands alone.
                let (mine, standalone): (Vec<RowError>, Vec<RowError>) =
                    pending.drain(..).partition(|e| {
                        e.line >= invoice.fk.line
                            && e.tag.is_none_or(|tag| tag == "OF" || tag == "FAPR")
                    });
                if !standalone.is_empty() && out.send(Staging::Standalone(standalone)).is_err() {
                    return;
                }
                Staging::Invoice(Box::new(stager.invoice(&invoice, mine)))
            }
        };
        if out.send(message).is_err() {
            return;
        }
    }
    if !pending.is_empty() {
        let _ = out.send(Staging::Standalone(pending));
    }
}

/// Imports a Coretax `TaxInvoiceBulk` XML file of output invoices. The file's
/// `TIN` must be the company's NPWP.
pub fn import_coretax_xml(
    cref: &CompanyRef,
    input: impl Read,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport> {
    let buffered = BufReader::with_capacity(1 << 16, input);
    let company_npwp = cref.company.npwp.clone();
    let mut reader = CoretaxReader::new(buffered);
    session(
        cref,
        mode,
        context,
        lang,
        actor,
        &Stamp::now(),
        &mut |run, report| {
            let mut standalone_errors = 0usize;
            let mut tin_checked = false;
            while let Some(item) = reader.next() {
                let invoice = match item {
                    Ok(invoice) => invoice,
                    Err(error) => {
                        if error.code != "FKT-3006" {
                            standalone_errors += 1;
                            if mode == ImportMode::AllOrNothing {
                                run.stop_storing = true;
                            }
                        }
                        let severity = if error.code == "FKT-3006" {
                            Severity::Warning
                        } else {
                            Severity::Error
                        };
                        report.problems.push(problem_at(
                            error.line,
                            0,
                            None,
                            error.code,
                            severity,
                            &error.detail,
                            lang,
                        ));
                        continue;
                    }
                };
                if !tin_checked {
                    tin_checked = true;
                    let tin = reader.tin().unwrap_or("").to_string();
                    if !same_npwp(&tin, &company_npwp) {
                        report.problems.push(problem_at(
                            1,
                            0,
                            None,
                            "FKT-3008",
                            Severity::Error,
                            &tin,
                            lang,
                        ));
                        return Ok(1);
                    }
                }
                let staged = run.stager().coretax_invoice(&invoice);
                let problems = run.admit_staged(staged)?;
                tally(run, report, problems);
                progress(report.invoices);
            }
            Ok(standalone_errors)
        },
    )
}

/// Whether a file's NPWP (15 or 16 digits, any printed form) is the company's.
fn same_npwp(tin: &str, company: &str) -> bool {
    faktur_core::ids::Npwp16::parse_any(tin).is_ok_and(|n| n.digits() == company)
}

/// Imports DJP's Coretax Excel template (output invoices) through the same
/// steps as the XML. `Faktur!C1` must be the company's NPWP.
pub fn import_coretax_xlsx(
    cref: &CompanyRef,
    input: impl Read + std::io::Seek,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport> {
    let company_npwp = cref.company.npwp.clone();
    let book = faktur_formats::coretax_xlsx::read(input);
    session(
        cref,
        mode,
        context,
        lang,
        actor,
        &Stamp::now(),
        &mut |run, report| {
            let book = match &book {
                Ok(book) => book,
                Err(error) => {
                    report.problems.push(row_problem(error, None, lang));
                    return Ok(1);
                }
            };
            if !same_npwp(&book.tin, &company_npwp) {
                report.problems.push(problem_at(
                    1,
                    3,
                    None,
                    "FKT-3008",
                    Severity::Error,
                    &book.tin,
                    lang,
                ));
                return Ok(1);
            }
            if !book.problems.is_empty() {
                // A line that belongs to no invoice was meant for one of them,
                // which one cannot be known: the workbook is refused whole, even
                // with --partial.
                report
                    .problems
                    .extend(book.problems.iter().map(|e| row_problem(e, None, lang)));
                return Ok(book.problems.len());
            }
            for sheet in &book.invoices {
                let reference = Some(sheet.invoice.get("RefDesc")).filter(|r| !r.is_empty());
                let problems = if sheet.problems.is_empty() {
                    let staged = run.stager().coretax_invoice(&sheet.invoice);
                    run.admit_staged(staged)?
                } else {
                    row_problems(&sheet.problems, reference, lang)
                };
                tally(run, report, problems);
                progress(report.invoices);
            }
            Ok(0)
        },
    )
}

/// Imports a QR validation answer (`resValidateFakturPm`) as an input
/// invoice. Its buyer must be the company; the status DJP reports is kept.
pub fn import_qr_xml(
    cref: &CompanyRef,
    input: impl Read,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
) -> Result<ImportReport> {
    let company_npwp = cref.company.npwp.clone();
    let read = faktur_formats::qr_xml::read(BufReader::new(input));
    session(
        cref,
        mode,
        context,
        lang,
        actor,
        &Stamp::now(),
        &mut |run, report| {
            let (response, warnings) = match &read {
                Ok(read) => read,
                Err(error) => {
                    report.problems.push(row_problem(error, None, lang));
                    return Ok(1);
                }
            };
            report.problems.extend(warnings.iter().map(|w| {
                let mut problem = row_problem(w, None, lang);
                problem.severity = Severity::Warning.as_str().to_string();
                problem
            }));
            let buyer = response.get("npwpLawanTransaksi").trim();
            let same = faktur_core::ids::Npwp16::parse_any(buyer)
                .is_ok_and(|n| n.digits() == company_npwp);
            let problems = if !same {
                vec![problem_at(
                    response.line,
                    0,
                    None,
                    "FKT-3009",
                    Severity::Error,
                    buyer,
                    lang,
                )]
            } else {
                match faktur_formats::qr_xml::map::to_draft(response) {
                    Ok(mapped) => {
                        let staged = run.stager().qr_invoice(mapped);
                        run.admit_staged(staged)?
                    }
                    Err(errors) => errors.iter().map(|e| row_problem(e, None, lang)).collect(),
                }
            };
            tally(run, report, problems);
            Ok(0)
        },
    )
}

fn message(code: &str, note: &str, lang: Lang) -> String {
    let mut finding = Finding::error("", "");
    finding.code = faktur_core::catalogue::lookup(code).map_or("FKT-1009", |e| e.code);
    if !note.is_empty() {
        finding.note = Some(note.to_string());
    }
    finding.message(lang)
}

fn problem_at(
    line: u64,
    column: usize,
    reference: Option<&str>,
    code: &str,
    severity: Severity,
    note: &str,
    lang: Lang,
) -> Problem {
    Problem {
        line,
        column,
        reference: reference.map(str::to_string),
        code: code.to_string(),
        severity: severity.as_str().to_string(),
        message: message(code, note, lang),
    }
}

fn row_problem(error: &RowError, reference: Option<&str>, lang: Lang) -> Problem {
    problem_at(
        error.line,
        error.column,
        reference,
        error.code,
        Severity::Error,
        &error.detail,
        lang,
    )
}

/// The problems of rows that could not be read, for one invoice or note.
fn row_problems(errors: &[RowError], reference: Option<&str>, lang: Lang) -> Vec<Problem> {
    errors
        .iter()
        .map(|e| row_problem(e, reference, lang))
        .collect()
}

/// The state of one import run.
struct Run<'a> {
    sink: &'a mut dyn InvoiceSink,
    company: &'a faktur_core::invoice::Party,
    context: &'a Context,
    lang: Lang,
    mode: ImportMode,
    batch: Vec<Sealed>,
    /// 128-bit fingerprints of the numbers seen in this file: 16 bytes an
    /// invoice instead of the key text, and no realistic collision.
    seen: HashSet<u128>,
    stop_storing: bool,
    /// Who imports (recorded with each invoice and note).
    actor: &'a str,
    /// The session's stamp, which every invoice is sealed with.
    stamp: &'a Stamp,
    /// DPP, PPN, PPnBM returned per invoice by accepted returns of this file
    /// that were not stored (an all-or-nothing import after its first
    /// refusal), so that later returns are checked against the true balance.
    returned_in_file: HashMap<i64, [i64; 3]>,
    /// Per kind: whether the company held invoices of it before (see
    /// `held_before`).
    held: HashMap<String, bool>,
}

impl Run<'_> {
    fn flush(&mut self) -> faktur_store::Result<()> {
        if !self.batch.is_empty() {
            self.sink.insert(&self.batch)?;
            self.batch.clear();
        }
        Ok(())
    }

    /// A stager for this run's company.
    fn stager(&self) -> Stager<'_> {
        Stager {
            company: self.company,
            context: self.context,
            lang: self.lang,
            stamp: self.stamp,
            actor: self.actor,
        }
    }

    /// Whether the company held invoices of this kind before this import.
    /// Asked before the first invoice of the kind is admitted, so the
    /// answer is never this import's own doing; without any, a duplicate can
    /// only come from the file, which `seen` catches, and the per-invoice
    /// lookup is skipped.
    fn held_before(&mut self, kind: &str) -> faktur_store::Result<bool> {
        if let Some(held) = self.held.get(kind) {
            return Ok(*held);
        }
        let held = self.sink.holds_any(kind)?;
        self.held.insert(kind.to_string(), held);
        Ok(held)
    }

    /// Admits what staging accepted (or returns what it refused).
    fn admit_staged(&mut self, staged: Staged) -> faktur_store::Result<Vec<Problem>> {
        match staged.admit {
            Some((record, at, reference)) => {
                self.admit(record, at, reference.as_deref(), staged.problems)
            }
            None => Ok(staged.problems),
        }
    }

    /// The last step of every format: refuse a number already stored or
    /// earlier in the file (ETAX-20002) — or, for an invoice without a
    /// number, its reference (FKT-3012) — else join the batch.
    fn admit(
        &mut self,
        sealed: Sealed,
        number_at: (u64, usize),
        reference: Option<&str>,
        mut problems: Vec<Problem>,
    ) -> faktur_store::Result<Vec<Problem>> {
        let record = &sealed.invoice;
        // The number identifies an invoice; before the authority numbers it
        // (Coretax era), the seller's reference does.
        let key = match (record.number.as_deref(), record.reference.as_deref()) {
            (Some(number), _) => Some(("ETAX-20002", number)),
            (None, Some(reference)) if !reference.is_empty() => Some(("FKT-3012", reference)),
            _ => None,
        };
        if let Some((code, value)) = key {
            let fingerprint = fingerprint(&record.kind, &record.seller_tin, code, value);
            let duplicate = !self.seen.insert(fingerprint)
                || (self.held_before(&record.kind)?
                    && if code == "ETAX-20002" {
                        self.sink.exists(&record.kind, &record.seller_tin, value)?
                    } else {
                        self.sink
                            .reference_exists(&record.kind, &record.seller_tin, value)?
                    });
            if duplicate {
                problems.push(problem_at(
                    number_at.0,
                    number_at.1,
                    reference,
                    code,
                    Severity::Error,
                    value,
                    self.lang,
                ));
                return Ok(problems);
            }
        }
        // After the first refusal an all-or-nothing import will roll back:
        // checking goes on, storing stops.
        if !self.stop_storing {
            self.batch.push(sealed);
            if self.batch.len() >= BATCH {
                self.flush()?;
            }
        }
        Ok(problems)
    }

    /// Checks one FM row (a header-only input invoice); a valid one joins the
    /// batch. With no lines there is nothing to recompute: the row's cells
    /// are checked and its amounts kept as stated.
    fn fm_invoice(&mut self, row: &Record) -> faktur_store::Result<Vec<Problem>> {
        let lang = self.lang;
        let reference = Some(row.cell(4)).filter(|r| !r.is_empty());
        let fm = match fm_invoice(row) {
            Ok(fm) => fm,
            Err(errors) => return Ok(row_problems(&errors, reference, lang)),
        };
        let amounts = match self.stated_amounts(&fm.totals, fm.line, 11, &fm.date, reference) {
            Ok(amounts) => amounts,
            Err(problem) => return Ok(vec![problem]),
        };
        let seller = Some(fm.seller);
        let buyer = Some(PartyDto::from_domain(self.company));
        let creditable = if fm.creditable { "1" } else { "0" };
        let record = NewInvoice {
            kind: "input".into(),
            // Input invoices exist only once DJP approved the seller's upload.
            status: "approved".into(),
            era: if fm.date.as_str() < "2025-01-01" {
                "efaktur"
            } else {
                "coretax"
            }
            .into(),
            date: fm.date,
            masa: fm.masa,
            trx_code: fm.trx_code,
            number: Some(fm.number),
            reference: None,
            replaces: fm.replaces,
            seller_tin: tin_of(&seller),
            seller_json: json_of(&seller),
            buyer_tin: tin_of(&buyer),
            buyer_json: json_of(&buyer),
            add_info: None,
            facility_stamp: None,
            custom_doc: None,
            custom_doc_period: None,
            prices_include_vat: false,
            regime: FM_REGIME.into(),
            tax_base: amounts[0],
            other_tax_base: amounts[0],
            vat: amounts[1],
            stlg: amounts[2],
            lines: Vec::new(),
            source_json: Some(serde_json::json!({ "IS_CREDITABLE": creditable }).to_string()),
        };
        let sealed = self.stamp.seal(record, self.actor);
        self.admit(sealed, (fm.line, 4), reference, Vec::new())
    }
}

/// Two independently seeded 64-bit hashes of the key, as one 128-bit value.
fn fingerprint(kind: &str, seller: &str, key: &str, value: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u64| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut hasher);
        (kind, seller, key, value).hash(&mut hasher);
        hasher.finish()
    };
    (u128::from(half(0x5EED)) << 64) | u128::from(half(0xFACE))
}

/// The largest Excel workbook imported (it is held in memory).
pub const MAX_WORKBOOK: u64 = 256 << 20;

/// The file's content: gzip (how DJP serves the prepopulated input-invoice
/// list, named `.zip`) is decompressed on the fly, anything else read as is.
fn unpacked(file: impl Read + Send + 'static) -> std::io::Result<Box<dyn BufRead + Send>> {
    let mut raw = BufReader::with_capacity(1 << 16, file);
    if raw.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(raw);
        return Ok(Box::new(BufReader::with_capacity(1 << 16, gz)));
    }
    Ok(Box::new(raw))
}

/// Imports a file of any format users have: `format` names it
/// (`efaktur-csv`, `prepopulated-csv`, `coretax-xml`, `coretax-xlsx`,
/// `qr-xml`) or is `auto` (detected from the first bytes); gzip is
/// unpacked on the fly. Shared by `faktur import` and the web app.
#[allow(clippy::too_many_arguments)]
pub fn import_any(
    cref: &CompanyRef,
    input: impl Read + Send + 'static,
    format: &str,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport> {
    let unreadable =
        |e: std::io::Error| DbError::new("ETAX-30007", Exit::Environment, e.to_string());
    let mut file = unpacked(input).map_err(unreadable)?;
    let format = match format {
        "coretax-xml" => Format::CoretaxXml,
        "efaktur-csv" | "prepopulated-csv" => Format::EfakturCsv,
        "qr-xml" => Format::QrXml,
        "coretax-xlsx" => Format::CoretaxXlsx,
        _ => {
            let head = file.fill_buf().unwrap_or(&[]);
            faktur_formats::detect(&head[..head.len().min(DETECT_BYTES)])
        }
    };
    match format {
        Format::CoretaxXml => import_coretax_xml(cref, file, mode, context, lang, actor, progress),
        Format::EfakturCsv => import_efaktur_csv(cref, file, mode, context, lang, actor, progress),
        Format::QrXml => import_qr_xml(cref, file, mode, context, lang, actor),
        Format::CoretaxXlsx => {
            // A workbook's zip directory is at its end: it is read whole,
            // within a limit.
            let mut bytes = Vec::new();
            file.take(MAX_WORKBOOK + 1)
                .read_to_end(&mut bytes)
                .map_err(unreadable)?;
            if bytes.len() as u64 > MAX_WORKBOOK {
                return Err(DbError::new(
                    "FKT-3011",
                    Exit::Usage,
                    format!("over {} MiB", MAX_WORKBOOK >> 20),
                ));
            }
            import_coretax_xlsx(
                cref,
                std::io::Cursor::new(bytes),
                mode,
                context,
                lang,
                actor,
                progress,
            )
        }
    }
}
