//! Importing invoice files: stream the file, map each invoice to a draft,
//! recompute it with the engine, compare with the amounts the file states,
//! validate, refuse duplicates, and store in batches inside one transaction.
//!
//! All-or-nothing by default; `Partial` stores exactly the valid invoices;
//! `DryRun` stores nothing. Memory stays flat: one invoice and one batch of
//! records are held at a time (plus the set of numbers seen, for duplicates
//! inside the file).

use crate::error::Result;
use crate::invoices::{company_party, json_of, new_invoice, sen, tin_of};
use crate::CompanyRef;
use faktur_core::decimal::parse_strict;
use faktur_core::finding::{Finding, Severity};
use faktur_core::invoice::{calculate, Context};
use faktur_core::Lang;
use faktur_formats::coretax_xml::{CoretaxReader, CtxInvoice};
use faktur_formats::efaktur_csv::map::{to_draft, Mapped, Stated};
use faktur_formats::efaktur_csv::{
    fm::fm_invoice, reader::sniff_delimiter, CsvInvoice, InvoiceReader, Item, Record, RecordReader,
    RecordType,
};
use faktur_formats::qr_xml::map::QrMapped;
use faktur_formats::RowError;
use faktur_store::{Decision, InvoiceSink, NewInvoice};
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

mod notes;

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
    body: &mut dyn FnMut(&mut Run<'_>, &mut ImportReport) -> faktur_store::Result<usize>,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let company = company_party(cref);
    let decision = cref
        .store
        .store()
        .import_session(cref.company.id, actor, &mut |sink| {
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
                returned_in_file: HashMap::new(),
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
    input: impl Read,
    mode: ImportMode,
    context: &Context,
    lang: Lang,
    actor: &str,
    progress: &mut dyn FnMut(usize),
) -> Result<ImportReport> {
    let mut buffered = BufReader::with_capacity(1 << 16, input);
    let delimiter = sniff_delimiter(buffered.fill_buf().unwrap_or(&[]));
    session(cref, mode, context, lang, actor, &mut |run, report| {
        let mut pending: Vec<RowError> = Vec::new();
        let mut standalone_errors = 0usize;
        for item in InvoiceReader::new(RecordReader::new(&mut buffered, delimiter)) {
            match item {
                Err(error) => pending.push(error),
                Ok(Item::Record(record)) if record.kind != RecordType::Lt => {
                    let problems = match record.kind {
                        RecordType::Fm => run.fm_invoice(&record)?,
                        RecordType::Rk | RecordType::Rm => run.retur(&record)?,
                        _ => run.document(&record)?,
                    };
                    tally(run, report, problems);
                    progress(report.invoices);
                }
                Ok(Item::Record(record)) => {
                    let note = record.kind.tag();
                    report.problems.push(problem_at(
                        record.line,
                        1,
                        None,
                        "FKT-3007",
                        Severity::Warning,
                        note,
                        lang,
                    ));
                }
                Ok(Item::Invoice(invoice)) => {
                    // A bad row after the FK is this invoice's when it is
                    // one of its own kinds (OF, FAPR) or unreadable;
                    // another kind of row (FM, RK, …) stands alone.
                    let (mine, standalone): (Vec<RowError>, Vec<RowError>) =
                        pending.drain(..).partition(|e| {
                            e.line >= invoice.fk.line
                                && e.tag.is_none_or(|tag| tag == "OF" || tag == "FAPR")
                        });
                    standalone_errors += standalone.len();
                    if mode == ImportMode::AllOrNothing && standalone_errors > 0 {
                        run.stop_storing = true;
                    }
                    report
                        .problems
                        .extend(standalone.iter().map(|e| row_problem(e, None, lang)));
                    let problems = run.invoice(&invoice, mine)?;
                    tally(run, report, problems);
                    progress(report.invoices);
                }
            }
        }
        standalone_errors += pending.len();
        report
            .problems
            .extend(pending.iter().map(|e| row_problem(e, None, lang)));
        Ok(standalone_errors)
    })
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
    session(cref, mode, context, lang, actor, &mut |run, report| {
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
            let problems = run.coretax_invoice(&invoice)?;
            tally(run, report, problems);
            progress(report.invoices);
        }
        Ok(standalone_errors)
    })
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
    session(cref, mode, context, lang, actor, &mut |run, report| {
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
                run.coretax_invoice(&sheet.invoice)?
            } else {
                sheet
                    .problems
                    .iter()
                    .map(|e| row_problem(e, reference, lang))
                    .collect()
            };
            tally(run, report, problems);
            progress(report.invoices);
        }
        Ok(0)
    })
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
    session(cref, mode, context, lang, actor, &mut |run, report| {
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
        let same =
            faktur_core::ids::Npwp16::parse_any(buyer).is_ok_and(|n| n.digits() == company_npwp);
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
                Ok(mapped) => run.qr_invoice(mapped)?,
                Err(errors) => errors.iter().map(|e| row_problem(e, None, lang)).collect(),
            }
        };
        tally(run, report, problems);
        Ok(0)
    })
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

/// The state of one import run.
struct Run<'a> {
    sink: &'a mut dyn InvoiceSink,
    company: &'a faktur_core::invoice::Party,
    context: &'a Context,
    lang: Lang,
    mode: ImportMode,
    batch: Vec<NewInvoice>,
    /// 128-bit fingerprints of the numbers seen in this file: 16 bytes an
    /// invoice instead of the key text, and no realistic collision.
    seen: HashSet<u128>,
    stop_storing: bool,
    /// Who imports (recorded with each note).
    actor: &'a str,
    /// DPP, PPN, PPnBM returned per invoice by accepted returns of this file
    /// that were not stored (an all-or-nothing import after its first
    /// refusal), so that later returns are checked against the true balance.
    returned_in_file: HashMap<i64, [i64; 3]>,
}

impl Run<'_> {
    fn flush(&mut self) -> faktur_store::Result<()> {
        if !self.batch.is_empty() {
            self.sink.insert(&self.batch)?;
            self.batch.clear();
        }
        Ok(())
    }

    /// Checks one invoice; a valid one joins the batch. Returns its problems.
    fn invoice(
        &mut self,
        invoice: &CsvInvoice,
        row_errors: Vec<RowError>,
    ) -> faktur_store::Result<Vec<Problem>> {
        let reference = invoice.fk.cell(19).to_string();
        let reference = Some(reference.as_str())
            .filter(|r| !r.is_empty())
            .or(Some(invoice.fk.cell(4)));
        let mut problems: Vec<Problem> = row_errors
            .iter()
            .map(|e| row_problem(e, reference, self.lang))
            .collect();
        if !problems.is_empty() {
            // A row that could not be read refuses its invoice; what follows
            // from the missing row is not reported again.
            return Ok(problems);
        }
        let Mapped {
            draft: dto,
            fapr,
            source,
            stated,
        } = match to_draft(invoice) {
            Ok(mapped) => mapped,
            Err(errors) => {
                problems.extend(errors.iter().map(|e| row_problem(e, reference, self.lang)));
                return Ok(problems);
            }
        };
        let mut seller = self.company.clone();
        if let Some((name, address)) = &fapr {
            seller.name = name.clone();
            seller.address = address.clone();
        }
        let incoming = CsvIncoming {
            places: Places {
                invoice,
                fapr: fapr.is_some(),
            },
            stated,
            source,
            fapr,
        };
        self.stage(dto, Some(&seller), &incoming, reference)
    }

    /// Checks one Coretax XML invoice; a valid one joins the batch.
    fn coretax_invoice(&mut self, invoice: &CtxInvoice) -> faktur_store::Result<Vec<Problem>> {
        let reference = Some(invoice.get("RefDesc")).filter(|r| !r.is_empty());
        let (dto, stated) = match faktur_formats::coretax_xml::map::to_draft(invoice) {
            Ok(mapped) => mapped,
            Err(errors) => {
                return Ok(errors
                    .iter()
                    .map(|e| row_problem(e, reference, self.lang))
                    .collect())
            }
        };
        let seller = self.company.clone();
        let incoming = XmlIncoming { invoice, stated };
        self.stage(dto, Some(&seller), &incoming, reference)
    }

    /// Checks one QR validation answer (an input invoice); a valid one joins
    /// the batch.
    fn qr_invoice(&mut self, mapped: QrMapped) -> faktur_store::Result<Vec<Problem>> {
        let reference = mapped.draft.number.clone();
        let incoming = QrIncoming {
            stated: mapped.stated,
            status: mapped.status,
        };
        self.stage(mapped.draft, None, &incoming, reference.as_deref())
    }

    /// The steps every format shares: validate, compute, reconcile with the
    /// stated amounts, refuse duplicates, and join the batch. `seller`
    /// replaces the file's seller (output invoices are the company's).
    fn stage(
        &mut self,
        mut dto: faktur_wire::DraftDto,
        seller: Option<&faktur_core::invoice::Party>,
        incoming: &dyn Incoming,
        reference: Option<&str>,
    ) -> faktur_store::Result<Vec<Problem>> {
        let lang = self.lang;
        let mut problems = Vec::new();
        if let Some(seller) = seller {
            dto.seller = Some(PartyDto::from_domain(seller));
        }
        let draft = match dto.to_domain(None) {
            Ok(draft) => draft,
            Err(findings) => {
                problems.extend(
                    findings
                        .iter()
                        .map(|f| incoming.finding(f, reference, lang)),
                );
                return Ok(problems);
            }
        };
        let calculation = calculate(&draft, self.context);
        problems.extend(
            calculation
                .findings
                .iter()
                .map(|f| incoming.finding(f, reference, lang)),
        );
        let Some(computation) = calculation.computation.as_ref() else {
            return Ok(problems);
        };
        if problems.iter().any(|p| p.severity == "error") {
            return Ok(problems);
        }
        let seller = dto.seller.take();
        let buyer = draft.buyer.as_ref().map(PartyDto::from_domain);
        let mut record = match new_invoice(&draft, computation, &seller, &buyer) {
            Ok(record) => record,
            Err(error) => {
                let (line, _) = incoming.locate("");
                problems.push(problem_at(
                    line,
                    0,
                    reference,
                    error.code,
                    Severity::Error,
                    &error.detail,
                    lang,
                ));
                return Ok(problems);
            }
        };
        if let Err(problem) = incoming.reconcile(&mut record, reference, lang) {
            problems.push(problem);
            return Ok(problems);
        }
        record.source_json = incoming.source_json();
        if let Some(status) = incoming.status() {
            record.status = status.to_string();
        }
        self.admit(record, incoming.locate("number"), reference, problems)
    }

    /// The last step of every format: refuse a number already stored or
    /// earlier in the file (ETAX-20002) — or, for an invoice without a
    /// number, its reference (FKT-3012) — else join the batch.
    fn admit(
        &mut self,
        record: NewInvoice,
        number_at: (u64, usize),
        reference: Option<&str>,
        mut problems: Vec<Problem>,
    ) -> faktur_store::Result<Vec<Problem>> {
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
                || if code == "ETAX-20002" {
                    self.sink.exists(&record.kind, &record.seller_tin, value)?
                } else {
                    self.sink
                        .reference_exists(&record.kind, &record.seller_tin, value)?
                };
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
            self.batch.push(record);
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
            Err(errors) => {
                return Ok(errors
                    .iter()
                    .map(|e| row_problem(e, reference, lang))
                    .collect())
            }
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
        self.admit(record, (fm.line, 4), reference, Vec::new())
    }
}

/// What a file format tells the shared import step about one invoice.
trait Incoming {
    /// Where a draft field is in the file: line and column.
    fn locate(&self, path: &str) -> (u64, usize);

    /// Compares the stated amounts with the engine's; may adopt stated line
    /// amounts that are another valid rounding of the same totals.
    fn reconcile(
        &self,
        record: &mut NewInvoice,
        reference: Option<&str>,
        lang: Lang,
    ) -> std::result::Result<(), Problem>;

    /// The file's fields the draft does not carry, as JSON.
    fn source_json(&self) -> Option<String>;

    /// The status the file reports (a draft when it reports none).
    fn status(&self) -> Option<&'static str> {
        None
    }

    /// A finding at its place.
    fn finding(&self, finding: &Finding, reference: Option<&str>, lang: Lang) -> Problem {
        let (line, column) = self.locate(&finding.path);
        Problem {
            line,
            column,
            reference: reference.map(str::to_string),
            code: finding.code.to_string(),
            severity: finding.severity.as_str().to_string(),
            message: finding.message(lang),
        }
    }
}

/// An e-Faktur CSV invoice.
struct CsvIncoming<'a> {
    places: Places<'a>,
    stated: Stated,
    source: std::collections::BTreeMap<String, String>,
    fapr: Option<(String, String)>,
}

impl Incoming for CsvIncoming<'_> {
    fn locate(&self, path: &str) -> (u64, usize) {
        self.places.locate(path)
    }

    fn reconcile(
        &self,
        record: &mut NewInvoice,
        reference: Option<&str>,
        lang: Lang,
    ) -> std::result::Result<(), Problem> {
        adopt_stated(&self.stated, CSV_COLUMNS, record, reference, lang)
    }

    fn source_json(&self) -> Option<String> {
        Some(source_json(&self.source, &self.fapr))
    }
}

/// A Coretax XML invoice.
struct XmlIncoming<'a> {
    invoice: &'a CtxInvoice,
    stated: Vec<faktur_formats::coretax_xml::map::StatedLine>,
}

impl Incoming for XmlIncoming<'_> {
    fn locate(&self, path: &str) -> (u64, usize) {
        if let Some(rest) = path.strip_prefix("lines[") {
            let index: usize = rest
                .split(']')
                .next()
                .and_then(|i| i.parse().ok())
                .unwrap_or(0);
            return (
                self.invoice
                    .goods
                    .get(index)
                    .map_or(self.invoice.line, |g| g.line),
                0,
            );
        }
        (self.invoice.line, 0)
    }

    /// Coretax lines are rounded one by one: every stated amount must equal
    /// the engine's exactly.
    fn reconcile(
        &self,
        record: &mut NewInvoice,
        reference: Option<&str>,
        lang: Lang,
    ) -> std::result::Result<(), Problem> {
        const NAMES: [&str; 4] = ["TaxBase", "OtherTaxBase", "VAT", "STLG"];
        for ((line, texts), ours) in self.stated.iter().zip(&record.lines) {
            let mine = [ours.tax_base, ours.other_tax_base, ours.vat, ours.stlg];
            for (k, text) in texts.iter().enumerate() {
                let value = stated_sen(text, *line, 0, reference, lang)?;
                if value != mine[k] {
                    let note = format!(
                        "{} {} ≠ {}",
                        NAMES[k],
                        text,
                        crate::invoices::amount_text(mine[k], &record.era)
                    );
                    return Err(problem_at(
                        *line,
                        0,
                        reference,
                        "ETAX-20028",
                        Severity::Error,
                        &note,
                        lang,
                    ));
                }
            }
        }
        Ok(())
    }

    fn source_json(&self) -> Option<String> {
        None
    }
}

/// A QR validation answer: stated amounts like an e-Faktur CSV invoice, the
/// status DJP reports, and no columns.
struct QrIncoming {
    stated: Stated,
    status: &'static str,
}

impl Incoming for QrIncoming {
    fn locate(&self, path: &str) -> (u64, usize) {
        let index = path
            .strip_prefix("lines[")
            .and_then(|rest| rest.split(']').next())
            .and_then(|i| i.parse::<usize>().ok());
        let line = index
            .and_then(|i| self.stated.lines.get(i))
            .map_or(self.stated.line, |(line, _)| *line);
        (line, 0)
    }

    fn reconcile(
        &self,
        record: &mut NewInvoice,
        reference: Option<&str>,
        lang: Lang,
    ) -> std::result::Result<(), Problem> {
        let columns = StatedColumns {
            totals: [0; 3],
            lines: [0; 3],
        };
        adopt_stated(&self.stated, columns, record, reference, lang)
    }

    fn source_json(&self) -> Option<String> {
        None
    }

    fn status(&self) -> Option<&'static str> {
        Some(self.status)
    }
}

/// Where a finding about a draft field is in the file.
struct Places<'a> {
    invoice: &'a CsvInvoice,
    fapr: bool,
}

impl Places<'_> {
    fn locate(&self, path: &str) -> (u64, usize) {
        let fk = self.invoice.fk.line;
        if let Some(rest) = path.strip_prefix("lines[") {
            let index: usize = rest
                .split(']')
                .next()
                .and_then(|i| i.parse().ok())
                .unwrap_or(0);
            let line = self.invoice.lines.get(index).map_or(fk, |r| r.line);
            let field = rest.split("].").nth(1).unwrap_or("");
            let column = match field {
                "item_code" => 2,
                "name" => 3,
                "price" => 4,
                "qty" => 5,
                "discount" => 7,
                "vat_rate" => 9,
                "stlg_rate" | "luxury" => 10,
                _ => 0,
            };
            return (line, column);
        }
        let column = match path {
            "trx_code" => 2,
            "number" | "replaces" => 4,
            "date" => 7,
            "buyer.tin" | "buyer.id_number" | "buyer.id_type" | "buyer.idtku" => 8,
            "buyer.name" => 9,
            "buyer.address" => 10,
            "add_info" | "facility_stamp" => 14,
            "reference" => 19,
            _ => 0,
        };
        if path.starts_with("seller.") && self.fapr {
            return (fk + 1, if path == "seller.address" { 3 } else { 2 });
        }
        (fk, column)
    }
}

fn stated_sen(
    text: &str,
    line: u64,
    column: usize,
    reference: Option<&str>,
    lang: Lang,
) -> std::result::Result<i64, Problem> {
    let bad = |note: &str| {
        problem_at(
            line,
            column,
            reference,
            "ETAX-20004",
            Severity::Error,
            note,
            lang,
        )
    };
    let value = parse_strict(text).map_err(|_| bad(&format!("{text:?}")))?;
    sen(value).map_err(|_| bad(text))
}

/// The columns of the stated amounts: header DPP, PPN, PPnBM and line DPP,
/// PPN, PPnBM (0 where the format has no columns).
#[derive(Clone, Copy)]
struct StatedColumns {
    totals: [usize; 3],
    lines: [usize; 3],
}

const CSV_COLUMNS: StatedColumns = StatedColumns {
    totals: [11, 12, 13],
    lines: [8, 9, 11],
};

/// Compares the amounts the file states with the engine's. The header must
/// equal the recomputed totals exactly (ETAX-20028). Line amounts that stay
/// within one rupiah of the engine's (another allocation of the same header
/// rounding) are adopted, so the file exports back as it came.
fn adopt_stated(
    stated: &Stated,
    columns: StatedColumns,
    record: &mut NewInvoice,
    reference: Option<&str>,
    lang: Lang,
) -> std::result::Result<(), Problem> {
    let computed = [record.tax_base, record.vat, record.stlg];
    for (index, text) in stated.totals.iter().enumerate() {
        let column = columns.totals[index];
        let value = stated_sen(text, stated.line, column, reference, lang)?;
        if value != computed[index] {
            let note = format!(
                "{} ≠ {}",
                text,
                crate::invoices::amount_text(computed[index], &record.era)
            );
            return Err(problem_at(
                stated.line,
                column,
                reference,
                "ETAX-20028",
                Severity::Error,
                &note,
                lang,
            ));
        }
    }
    let mut adopted = Vec::with_capacity(record.lines.len());
    for ((line, texts), ours) in stated.lines.iter().zip(&record.lines) {
        let columns = columns.lines;
        let mut values = [0i64; 3];
        for (k, text) in texts.iter().enumerate() {
            values[k] = stated_sen(text, *line, columns[k], reference, lang)?;
        }
        let mine = [ours.tax_base, ours.vat, ours.stlg];
        for k in 0..3 {
            if (values[k] - mine[k]).abs() > 100 {
                let note = format!(
                    "{} ≠ {}",
                    texts[k],
                    crate::invoices::amount_text(mine[k], &record.era)
                );
                return Err(problem_at(
                    *line,
                    columns[k],
                    reference,
                    "ETAX-20028",
                    Severity::Error,
                    &note,
                    lang,
                ));
            }
        }
        adopted.push(values);
    }
    let sums = (0..3)
        .map(|k| adopted.iter().map(|v| v[k]).sum::<i64>())
        .collect::<Vec<_>>();
    if sums != computed {
        return Err(problem_at(
            stated.line,
            columns.totals[0],
            reference,
            "ETAX-20028",
            Severity::Error,
            "Σ lines ≠ totals",
            lang,
        ));
    }
    for (line, values) in record.lines.iter_mut().zip(adopted) {
        line.tax_base = values[0];
        line.vat = values[1];
        line.stlg = values[2];
        if record.era == "efaktur" {
            // No separate other base in the e-Faktur era: it is the DPP.
            line.other_tax_base = values[0];
        }
    }
    Ok(())
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

fn source_json(
    source: &std::collections::BTreeMap<String, String>,
    fapr: &Option<(String, String)>,
) -> String {
    let mut map = serde_json::Map::new();
    for (key, value) in source {
        map.insert(key.clone(), serde_json::Value::String(value.clone()));
    }
    if let Some((name, address)) = &fapr {
        map.insert("FAPR".into(), serde_json::json!([name, address]));
    }
    serde_json::Value::Object(map).to_string()
}
