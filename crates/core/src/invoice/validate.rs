//! Validation of a draft and its computed amounts. Every check runs; every
//! finding is collected with its rule code and field path.

use super::engine::{compute, Computation, ComputeError};
use super::model::{Draft, Kind, Line, Party};
use crate::codes::{check_goods_code, facility_for, unit_name, TrxCode};
use crate::finding::{codes, Finding};
use crate::ids::{no_npwp_rule, IdType, Nik, Nitku, NoNpwpRule, Npwp15, Npwp16, NpwpError};
use crate::number::InvoiceNumber;
use crate::regime::{regime_on, Era};
use rust_decimal::Decimal;
use time::Date;

/// What validation needs to know beyond the draft.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// Today's date, to refuse invoices dated in the future; `None` skips it.
    pub today: Option<Date>,
}

/// A computed and validated draft.
#[derive(Debug, Clone)]
pub struct Calculation {
    /// The amounts, unless the draft could not be computed at all.
    pub computation: Option<Computation>,
    /// Every finding, errors first, in the order of the draft's fields.
    pub findings: Vec<Finding>,
}

impl Calculation {
    /// True when no finding is an error.
    pub fn accepted(&self) -> bool {
        !crate::finding::has_errors(&self.findings)
    }
}

/// Computes `draft` and validates it.
pub fn calculate(draft: &Draft, context: &Context) -> Calculation {
    let mut findings = validate(draft, context);
    let computation = match compute(draft) {
        Ok(computation) => Some(computation),
        Err(ComputeError::NoRegime(date)) => {
            findings.push(Finding::error(codes::DATE_UNSUPPORTED, "date").with_note(date));
            None
        }
        Err(ComputeError::Overflow(_)) => {
            findings.push(Finding::error(codes::AMOUNT_TOO_LARGE, "lines"));
            None
        }
    };
    if let Some(computation) = &computation {
        check_amounts(draft, computation, &mut findings);
    }
    findings.sort_by_key(|f| f.severity);
    Calculation {
        computation,
        findings,
    }
}

/// Checks the draft's fields (everything that needs no computed amount).
pub fn validate(draft: &Draft, context: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    check_header(draft, context, &mut out);
    check_facility(draft, &mut out);
    check_number(draft, &mut out);
    match (&draft.seller, draft.kind) {
        (Some(seller), _) => check_party(seller, "seller", draft.date, true, &mut out),
        (None, Kind::Input) | (None, Kind::Output) => {
            out.push(Finding::error(codes::SELLER_MISSING, "seller"));
        }
    }
    match &draft.buyer {
        Some(buyer) => check_party(buyer, "buyer", draft.date, false, &mut out),
        None => out.push(Finding::error(codes::BUYER_MISSING, "buyer")),
    }
    if let (Some(seller), Some(buyer)) = (&draft.seller, &draft.buyer) {
        let id = |p: &Party| {
            p.tin
                .as_deref()
                .and_then(|t| Npwp16::parse_any(t).ok())
                .filter(|n| !n.is_zero())
        };
        if id(seller).is_some() && id(seller) == id(buyer) {
            out.push(Finding::warning(codes::SAME_PARTY, "buyer.tin"));
        }
    }
    check_lines(draft, &mut out);
    out
}

fn check_header(draft: &Draft, context: &Context, out: &mut Vec<Finding>) {
    if let Some(today) = context.today {
        if draft.date > today {
            out.push(Finding::error(codes::DATE_IN_FUTURE, "date").with_note(draft.date));
        }
    }
    let info = draft.trx_code.info();
    if draft.date < info.valid_from {
        out.push(
            Finding::error(codes::TRX_CODE_NOT_YET, "trx_code")
                .with_note(format!("{} ≥ {}", draft.trx_code, info.valid_from)),
        );
    }
    check_text(draft.reference.as_deref(), "reference", out);
    check_text(draft.custom_doc.as_deref(), "custom_doc", out);
    if draft.lines.is_empty() {
        out.push(Finding::error(codes::NO_LINES, "lines"));
    }
    let era = regime_on(draft.date).map(|r| r.era);
    if era == Some(Era::Coretax) {
        let luxury = draft.lines.iter().filter(|l| l.luxury).count();
        if luxury > 0 && luxury < draft.lines.len() {
            out.push(Finding::warning(codes::MIXED_LUXURY, "lines"));
        }
        for (i, line) in draft.lines.iter().enumerate() {
            let path = format!("lines[{i}].luxury");
            match (draft.trx_code.value(), line.luxury) {
                (1, false) => out.push(Finding::warning(codes::NON_LUXURY_UNDER_01, path)),
                (4, true) => out.push(Finding::warning(codes::LUXURY_UNDER_04, path)),
                _ => {}
            }
        }
    }
}

fn check_facility(draft: &Draft, out: &mut Vec<Finding>) {
    let add_info = draft.add_info.as_deref().filter(|s| !s.is_empty());
    let stamp = draft.facility_stamp.as_deref().filter(|s| !s.is_empty());
    if draft.trx_code.is_facility() {
        match (add_info, stamp) {
            (Some(info), Some(stamp)) => {
                if facility_for(draft.trx_code, info, stamp).is_err() {
                    out.push(
                        Finding::error(codes::FACILITY_INVALID, "add_info")
                            .with_note(format!("{info} / {stamp}")),
                    );
                }
            }
            (None, _) => out.push(Finding::error(codes::FACILITY_MISSING, "add_info")),
            (Some(_), None) => out.push(Finding::error(codes::FACILITY_MISSING, "facility_stamp")),
        }
    } else {
        for (value, path) in [(add_info, "add_info"), (stamp, "facility_stamp")] {
            if value.is_some() {
                out.push(Finding::warning(codes::FACILITY_NOT_EXPECTED, path));
            }
        }
    }
    if let Some(period) = draft.custom_doc_period.as_deref().filter(|s| !s.is_empty()) {
        if !is_month_year(period) {
            out.push(
                Finding::error(codes::CUSTOM_DOC_PERIOD, "custom_doc_period").with_note(period),
            );
        }
    }
}

fn is_month_year(text: &str) -> bool {
    text.len() == 6
        && text.bytes().all(|b| b.is_ascii_digit())
        && matches!(text[..2].parse::<u8>(), Ok(1..=12))
}

fn check_number(draft: &Draft, out: &mut Vec<Finding>) {
    let Some(text) = draft.number.as_deref().filter(|s| !s.is_empty()) else {
        return;
    };
    let number = match InvoiceNumber::parse(text) {
        Ok(number) => number,
        Err(_) => {
            out.push(Finding::error(codes::NUMBER_INCOMPLETE, "number").with_note(text));
            return;
        }
    };
    if number.kode() != draft.trx_code {
        out.push(
            Finding::error(codes::NUMBER_KODE, "number").with_note(format!(
                "{} ≠ {}",
                number.kode(),
                draft.trx_code
            )),
        );
    }
    let year2 = (draft.date.year().rem_euclid(100)) as u8;
    if number.year2() != year2 {
        out.push(
            Finding::error(codes::NUMBER_YEAR, "number").with_note(format!(
                "{:02} ≠ {:02}",
                number.year2(),
                year2
            )),
        );
    }
    if matches!(number, InvoiceNumber::Coretax(_))
        && regime_on(draft.date).map(|r| r.era) != Some(Era::Coretax)
    {
        out.push(Finding::error(codes::NUMBER_ERA, "number"));
    }
    let has_replaces = draft.replaces.as_deref().is_some_and(|s| !s.is_empty());
    if number.is_replacement() != has_replaces {
        out.push(Finding::error(
            codes::NUMBER_STATUS,
            if has_replaces { "number" } else { "replaces" },
        ));
    }
}

fn check_party(party: &Party, role: &str, date: Date, seller: bool, out: &mut Vec<Finding>) {
    let path = |field: &str| format!("{role}.{field}");
    if party.name.trim().is_empty() {
        out.push(Finding::error(codes::PARTY_NAME_EMPTY, path("name")));
    }
    check_text(Some(&party.name), &path("name"), out);
    check_text(Some(&party.address), &path("address"), out);
    if party.country.len() != 3 || !party.country.bytes().all(|b| b.is_ascii_uppercase()) {
        out.push(Finding::error(codes::COUNTRY_INVALID, path("country")).with_note(&party.country));
    }
    if let Some(email) = party.email.as_deref().filter(|s| !s.is_empty()) {
        let valid = email.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !email.contains(char::is_whitespace)
        });
        if !valid {
            out.push(Finding::warning(codes::EMAIL_INVALID, path("email")).with_note(email));
        }
    }
    let tin = party
        .tin
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let npwp16 = if party.id_type == IdType::Tin {
        check_tin(tin, &path("tin"), date, seller, out)
    } else if seller {
        // A seller is a PKP and is always identified by its NPWP.
        out.push(
            Finding::error(codes::VALUE_NOT_ALLOWED, path("id_type")).with_note(party.id_type),
        );
        None
    } else {
        check_document(party, role, date, out);
        None
    };
    check_idtku(party, npwp16.as_ref(), &path("idtku"), out);
}

/// Checks an NPWP/NIK given as TIN and returns its 16-digit form.
fn check_tin(
    tin: Option<&str>,
    path: &str,
    date: Date,
    seller: bool,
    out: &mut Vec<Finding>,
) -> Option<Npwp16> {
    let Some(tin) = tin else {
        out.push(Finding::error(codes::NPWP_INCOMPLETE, path));
        return None;
    };
    let bare = crate::ids::strip_separators(tin);
    let parsed = if bare.len() == 15 {
        Npwp15::parse(&bare).map(|n| {
            if date > crate::ids::LAST_NPWP15_DAY && !n.is_zero() {
                out.push(
                    Finding::warning(codes::NPWP15_AFTER_CUTOVER, path).with_note(n.to_npwp16()),
                );
            }
            n.to_npwp16()
        })
    } else {
        Npwp16::parse(&bare)
    };
    match parsed {
        Ok(npwp) if npwp.is_zero() => {
            // A zero TIN with id_type TIN: allowed only in the e-Faktur era
            // rules for buyers without NPWP, never for a seller.
            let allowed = !seller
                && no_npwp_rule(date) == NoNpwpRule::Zero15WithReference
                && bare.len() == 15;
            if !allowed {
                out.push(Finding::error(codes::NPWP_ZERO_NOT_ALLOWED, path));
            }
            None
        }
        Ok(npwp) => {
            if let Some(Err(_)) = npwp.nik() {
                out.push(Finding::warning(codes::NIK_STRUCTURE, path).with_note(npwp));
            }
            Some(npwp)
        }
        Err(NpwpError::Digits(crate::ids::DigitsError::Length { found, .. })) if found < 15 => {
            out.push(Finding::error(codes::NPWP_INCOMPLETE, path).with_note(tin));
            None
        }
        Err(_) => {
            out.push(Finding::error(codes::NPWP_FORMAT, path).with_note(tin));
            None
        }
    }
}

/// A buyer identified by NIK, passport or another document.
fn check_document(party: &Party, role: &str, date: Date, out: &mut Vec<Finding>) {
    let path = |field: &str| format!("{role}.{field}");
    if let Some(tin) = party.tin.as_deref().filter(|s| !s.trim().is_empty()) {
        if !crate::ids::strip_separators(tin).bytes().all(|b| b == b'0') {
            out.push(Finding::error(codes::TIN_NOT_ZERO, path("tin")).with_note(party.id_type));
        }
    }
    match party
        .id_number
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => out.push(Finding::error(codes::ID_NUMBER_MISSING, path("id_number"))),
        Some(number) => {
            if party.id_type == IdType::Nik && Nik::parse(number).is_err() {
                out.push(Finding::error(codes::NIK_STRUCTURE, path("id_number")).with_note(number));
            }
            check_text(Some(number), &path("id_number"), out);
        }
    }
    // e-Faktur 4.0 (20 Jul – 31 Dec 2024): NPWP 000 only for foreign
    // individuals; domestic buyers must be identified by NIK or NPWP16.
    if no_npwp_rule(date) == NoNpwpRule::Zero15ForeignOnly && party.id_type == IdType::Other {
        out.push(
            Finding::error(codes::NPWP_ZERO_NOT_ALLOWED, path("id_type")).with_note(party.id_type),
        );
    }
}

fn check_idtku(party: &Party, npwp: Option<&Npwp16>, path: &str, out: &mut Vec<Finding>) {
    let Some(idtku) = party
        .idtku
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    else {
        return;
    };
    match Nitku::parse(idtku) {
        Err(_) => out.push(Finding::error(codes::IDTKU_INVALID, path).with_note(idtku)),
        Ok(nitku) => {
            if let Some(npwp) = npwp {
                if nitku.npwp_digits() != npwp.digits() {
                    out.push(
                        Finding::warning(codes::IDTKU_MISMATCH, path).with_note(format!(
                            "{} ≠ {}",
                            nitku.npwp_digits(),
                            npwp.digits()
                        )),
                    );
                }
            }
        }
    }
}

fn check_lines(draft: &Draft, out: &mut Vec<Finding>) {
    let kode = draft.trx_code;
    for (i, line) in draft.lines.iter().enumerate() {
        let path = |field: &str| format!("lines[{i}].{field}");
        check_line_texts(line, &path, out);
        if line.price <= Decimal::ZERO {
            out.push(
                Finding::error(codes::PRICE_NOT_POSITIVE, path("price")).with_note(line.price),
            );
        }
        if line.qty <= Decimal::ZERO {
            out.push(Finding::error(codes::QTY_NOT_POSITIVE, path("qty")).with_note(line.qty));
        }
        if line.discount < Decimal::ZERO {
            out.push(
                Finding::error(codes::DISCOUNT_NEGATIVE, path("discount")).with_note(line.discount),
            );
        }
        check_rates(kode, line, &path, out);
    }
}

fn check_line_texts(line: &Line, path: &dyn Fn(&str) -> String, out: &mut Vec<Finding>) {
    if line.name.trim().is_empty() {
        out.push(Finding::error(codes::LINE_NAME_EMPTY, path("name")));
    }
    check_text(Some(&line.name), &path("name"), out);
    check_text(line.item_code.as_deref(), &path("item_code"), out);
    if unit_name(&line.unit).is_none() {
        out.push(Finding::error(codes::UNIT_UNKNOWN, path("unit")).with_note(&line.unit));
    }
    if check_goods_code(line.opt, &line.code).is_err() {
        out.push(
            Finding::error(codes::GOODS_CODE_INVALID, path("code"))
                .with_note(format!("{} {}", line.opt, line.code)),
        );
    }
}

fn check_rates(kode: TrxCode, line: &Line, path: &dyn Fn(&str) -> String, out: &mut Vec<Finding>) {
    let hundred = Decimal::ONE_HUNDRED;
    if line.stlg_rate < Decimal::ZERO {
        out.push(
            Finding::error(codes::PPNBM_NEGATIVE, path("stlg_rate")).with_note(line.stlg_rate),
        );
    } else if line.stlg_rate > hundred * Decimal::TWO {
        // PPnBM rates go up to 200 % (UU PPN art. 8).
        out.push(
            Finding::error(codes::RATE_OUT_OF_RANGE, path("stlg_rate")).with_note(line.stlg_rate),
        );
    }
    if line.stlg_rate > Decimal::ZERO && !line.luxury {
        out.push(Finding::error(
            codes::STLG_WITHOUT_LUXURY,
            path("stlg_rate"),
        ));
    }
    match line.vat_rate {
        Some(rate) if rate < Decimal::ZERO || rate > hundred => {
            out.push(Finding::error(codes::RATE_OUT_OF_RANGE, path("vat_rate")).with_note(rate));
        }
        Some(rate) if rate.is_zero() && !kode.is_facility() => {
            out.push(
                Finding::error(codes::ZERO_RATE_NOT_ALLOWED, path("vat_rate")).with_note(kode),
            );
        }
        None if kode.value() == 5 => {
            out.push(Finding::error(
                codes::BESARAN_TERTENTU_RATE,
                path("vat_rate"),
            ));
        }
        _ => {}
    }
}

/// Checks that need the computed amounts.
fn check_amounts(draft: &Draft, computation: &Computation, out: &mut Vec<Finding>) {
    let regime = computation.regime;
    for (i, (line, amounts)) in draft.lines.iter().zip(&computation.lines).enumerate() {
        if amounts.tax_base < Decimal::ZERO
            && line.discount >= Decimal::ZERO
            && line.price > Decimal::ZERO
        {
            out.push(
                Finding::error(codes::DISCOUNT_EXCEEDS, format!("lines[{i}].discount"))
                    .with_note(line.discount),
            );
        }
        let Some(stated) = line.vat_rate else {
            continue;
        };
        let standard = Decimal::from(regime.rule(line.luxury).rate);
        let alternative = regime
            .full_base_alternatives
            .iter()
            .any(|&a| Decimal::from(a) == stated);
        let expected_override =
            draft.trx_code.value() == 5 || (draft.trx_code.is_facility() && stated.is_zero());
        if stated != standard && !alternative && !expected_override {
            out.push(
                Finding::warning(codes::RATE_DIFFERS, format!("lines[{i}].vat_rate")).with_note(
                    format!("{} ≠ {} ({})", stated.normalize(), standard, regime.name),
                ),
            );
        }
    }
}

/// Length and character checks shared by every free text.
fn check_text(text: Option<&str>, path: &str, out: &mut Vec<Finding>) {
    let Some(text) = text else { return };
    let chars = text.chars().count();
    if chars > 255 {
        out.push(Finding::error(codes::TEXT_TOO_LONG, path).with_note(format!("{chars} > 255")));
    }
    if let Some((index, ch)) = text.char_indices().find(|(_, c)| is_invisible(*c)) {
        let column = text[..index].chars().count() + 1;
        out.push(
            Finding::error(codes::TEXT_INVISIBLE_CHARS, path)
                .with_note(format!("U+{:04X} at character {column}", u32::from(ch))),
        );
    }
}

/// Characters that do not show on screen but break DJP uploads: controls,
/// zero-width and direction marks, the byte-order mark, replacement char.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{FFFD}' | '\u{00AD}')
}
