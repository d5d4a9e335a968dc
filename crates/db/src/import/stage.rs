//! Staging: everything an import does to one invoice before it meets the
//! store — map the file's fields to a draft, validate, compute with the
//! engine, compare with the amounts the file states and build the record.
//! Pure and shareable between threads, so the bulk CSV import stages on one
//! core while the store writes on the other.

use super::{problem_at, row_problems, Problem};
use crate::invoices::{new_invoice, sen};
use faktur_core::decimal::parse_strict;
use faktur_core::finding::{Finding, Severity};
use faktur_core::invoice::{calculate, Context, Party};
use faktur_core::Lang;
use faktur_formats::coretax_xml::CtxInvoice;
use faktur_formats::efaktur_csv::map::{to_draft, Mapped, Stated};
use faktur_formats::efaktur_csv::CsvInvoice;
use faktur_formats::qr_xml::map::QrMapped;
use faktur_formats::RowError;
use faktur_store::{NewInvoice, Sealed, Stamp};
use faktur_wire::PartyDto;

/// What staging made of one invoice.
#[derive(Debug)]
pub(super) struct Staged {
    /// Every problem found (warnings too).
    pub problems: Vec<Problem>,
    /// The record to admit when no error was found (sealed, so the storing
    /// side only writes), with the place of its number in the file and its
    /// reference.
    pub admit: Option<(Sealed, (u64, usize), Option<String>)>,
}

impl Staged {
    fn refused(problems: Vec<Problem>) -> Self {
        Staged {
            problems,
            admit: None,
        }
    }
}

/// Stages invoices for one company.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stager<'a> {
    /// The company (seller of output invoices).
    pub company: &'a Party,
    /// Validation context.
    pub context: &'a Context,
    /// Language of messages.
    pub lang: Lang,
    /// The stamp of the session that will store the records.
    pub stamp: &'a Stamp,
    /// Who imports.
    pub actor: &'a str,
}

impl Stager<'_> {
    /// Stages one e-Faktur CSV invoice (FK + FAPR + OF rows); `row_errors`
    /// are its rows that could not be read.
    pub(super) fn invoice(&self, invoice: &CsvInvoice, row_errors: Vec<RowError>) -> Staged {
        let reference = invoice.fk.cell(19).to_string();
        let reference = Some(reference.as_str())
            .filter(|r| !r.is_empty())
            .or(Some(invoice.fk.cell(4)));
        let mut problems = row_problems(&row_errors, reference, self.lang);
        if !problems.is_empty() {
            // A row that could not be read refuses its invoice; what follows
            // from the missing row is not reported again.
            return Staged::refused(problems);
        }
        let Mapped {
            draft: dto,
            fapr,
            source,
            stated,
        } = match to_draft(invoice) {
            Ok(mapped) => mapped,
            Err(errors) => {
                problems.extend(row_problems(&errors, reference, self.lang));
                return Staged::refused(problems);
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

    /// Stages one Coretax XML (or Excel) invoice.
    pub(super) fn coretax_invoice(&self, invoice: &CtxInvoice) -> Staged {
        let reference = Some(invoice.get("RefDesc")).filter(|r| !r.is_empty());
        let (dto, stated) = match faktur_formats::coretax_xml::map::to_draft(invoice) {
            Ok(mapped) => mapped,
            Err(errors) => return Staged::refused(row_problems(&errors, reference, self.lang)),
        };
        let seller = self.company.clone();
        let incoming = XmlIncoming { invoice, stated };
        self.stage(dto, Some(&seller), &incoming, reference)
    }

    /// Stages one QR validation answer (an input invoice).
    pub(super) fn qr_invoice(&self, mapped: QrMapped) -> Staged {
        let reference = mapped.draft.number.clone();
        let incoming = QrIncoming {
            stated: mapped.stated,
            status: mapped.status,
        };
        self.stage(mapped.draft, None, &incoming, reference.as_deref())
    }

    /// The steps every format shares: validate, compute, and reconcile with
    /// the stated amounts. `seller`
    /// replaces the file's seller (output invoices are the company's).
    fn stage(
        &self,
        mut dto: faktur_wire::DraftDto,
        seller: Option<&faktur_core::invoice::Party>,
        incoming: &dyn Incoming,
        reference: Option<&str>,
    ) -> Staged {
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
                return Staged::refused(problems);
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
            return Staged::refused(problems);
        };
        if problems.iter().any(|p| p.severity == "error") {
            return Staged::refused(problems);
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
                return Staged::refused(problems);
            }
        };
        if let Err(problem) = incoming.reconcile(&mut record, reference, lang) {
            problems.push(problem);
            return Staged::refused(problems);
        }
        record.source_json = incoming.source_json(&record);
        if let Some(status) = incoming.status() {
            record.status = status.to_string();
        }
        Staged {
            problems,
            admit: Some((
                self.stamp.seal(record, self.actor),
                incoming.locate("number"),
                reference.map(str::to_string),
            )),
        }
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

    /// The file's fields the draft does not carry, as JSON (none when an
    /// export would write them anyway).
    fn source_json(&self, record: &NewInvoice) -> Option<String>;

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

    fn source_json(&self, record: &NewInvoice) -> Option<String> {
        let defaults = crate::export::fk_defaults(record);
        let kept = || {
            self.source
                .iter()
                .filter(|(key, value)| !defaults.iter().any(|(k, v)| k == key && v == *value))
        };
        (kept().next().is_some() || self.fapr.is_some()).then(|| source_json(kept(), &self.fapr))
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

    fn source_json(&self, _record: &NewInvoice) -> Option<String> {
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

    fn source_json(&self, _record: &NewInvoice) -> Option<String> {
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

pub(super) fn stated_sen(
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

fn source_json<'a>(
    source: impl Iterator<Item = (&'a String, &'a String)>,
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
