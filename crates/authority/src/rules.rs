//! What the authority decides about an operation, as pure functions over
//! what its books say (`Books`). No I/O: the store gathers the facts inside
//! its transaction and applies the decision.

use faktur_core::finding::codes;
use faktur_core::ids::Npwp16;
use faktur_core::number::InvoiceNumber;
use faktur_wire::ComputedInvoice;

/// A refusal: a catalogue code and its specifics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// Catalogue code.
    pub code: &'static str,
    /// Specifics (a number, a date).
    pub detail: String,
}

fn refuse<T>(code: &'static str, detail: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal {
        code,
        detail: detail.into(),
    })
}

/// What the master file says of an NPWP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Registered and active (any well-formed NPWP unless marked otherwise).
    Active,
    /// Registered, not effective (non-efektif) or revoked.
    Inactive,
    /// Not in the master file.
    Unknown,
}

/// An invoice the authority holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filed {
    /// Seller NPWP (16 digits).
    pub seller: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `approved`, `replaced`, `cancelled`.
    pub status: String,
}

/// What the rules need to know from the books.
pub trait Books {
    /// The master file's standing of an NPWP (16 digits).
    fn standing(&self, npwp: &str) -> Standing;
    /// The allocation date of the seller's range holding this NSFP, if any.
    fn allocated_on(&self, seller: &str, nsfp: u64) -> Option<String>;
    /// Whether an invoice of the seller already uses this NSFP.
    fn nsfp_used(&self, seller: &str, nsfp: u64) -> bool;
    /// The invoice with this number.
    fn filed(&self, number: &str) -> Option<Filed>;
}

/// How the approved invoice gets its number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Numbering {
    /// e-Faktur era: the number the seller gave (16 digits).
    Given(String),
    /// Coretax era: a new 17-digit number of this kode and year.
    Assign {
        /// Kode transaksi, 2 digits.
        kode: String,
        /// Two-digit year.
        year2: u8,
    },
    /// Coretax era replacement: the original's number, next status.
    Next(String),
}

/// An upload the rules accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// How it is numbered.
    pub numbering: Numbering,
    /// The number it replaces, if a replacement.
    pub replaces: Option<String>,
    /// Buyer NPWP (16 digits), when the buyer has one.
    pub buyer: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// The last day to upload a document of `date`: the 15th of the following
/// month (PER-03/PJ/2022), or the 20th where that month is June 2025 or
/// later (PER-11/PJ/2025, in force from 22 May 2025, so a May 2025 invoice
/// has until 20 June). The switch month is our reading: `docs/authority.md`.
pub fn upload_deadline(date: &str) -> Option<String> {
    let year = date.get(0..4)?.parse::<i32>().ok()?;
    let month = date.get(5..7)?.parse::<u32>().ok()?;
    let (year, month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let last_day = if (year, month) >= (2025, 6) { 20 } else { 15 };
    Some(format!("{year:04}-{month:02}-{last_day:02}"))
}

/// Decides an upload by `signer` on `today`. `deadlines` off lets a
/// sandbox take documents of any past date (demos, old test data).
pub fn upload(
    books: &dyn Books,
    signer: &str,
    invoice: &ComputedInvoice,
    today: &str,
    deadlines: bool,
) -> Result<Accepted, Refusal> {
    let seller = party_npwp(invoice.seller.as_ref().and_then(|p| p.tin.as_deref()));
    if invoice.kind != "output" || seller.as_deref() != Some(signer) {
        return refuse("ETAX-40004", "the seller must be the signer");
    }
    if invoice.totals.is_none() || invoice.findings.iter().any(|f| f.severity == "error") {
        return refuse("ETAX-API-10004", "the invoice has errors or no totals");
    }
    let Some(date) = invoice.date.clone().filter(|d| valid_date(d)) else {
        return refuse("ETAX-API-10005", "no valid date");
    };
    if date.as_str() > today {
        return refuse("ETAX-API-10005", format!("{date} is after {today}"));
    }
    if deadlines && upload_deadline(&date).is_some_and(|last| today > last.as_str()) {
        return refuse(codes::UPLOAD_DEADLINE, date);
    }
    let buyer = party_npwp(invoice.buyer.as_ref().and_then(|p| p.tin.as_deref()));
    if let Some(buyer) = &buyer {
        match books.standing(buyer) {
            Standing::Active => {}
            Standing::Inactive => return refuse("ETAXSERVICE-20015", buyer.clone()),
            Standing::Unknown => return refuse("ETAX-API-10010", buyer.clone()),
        }
    }
    let replaces = invoice.replaces.clone().filter(|r| !r.is_empty());
    if let Some(number) = &replaces {
        replaced(books, signer, number, &date)?;
    }
    let coretax = date.as_str() >= "2025-01-01";
    let numbering = match (coretax, invoice.number.as_deref().filter(|n| !n.is_empty())) {
        (true, None) => match &replaces {
            Some(original) => Numbering::Next(original.clone()),
            None => Numbering::Assign {
                kode: invoice.trx_code.clone(),
                year2: date[2..4].parse().unwrap_or(0),
            },
        },
        (false, Some(number)) => {
            efaktur_number(books, signer, number, &date, replaces.as_deref())?;
            Numbering::Given(number.to_string())
        }
        (true, Some(_)) | (false, None) => {
            let era = if coretax {
                "Coretax era"
            } else {
                "e-Faktur era"
            };
            let number = invoice.number.as_deref().unwrap_or("no number");
            return refuse(codes::NUMBER_FOR_ERA, format!("{number} ({era})"));
        }
    };
    Ok(Accepted {
        numbering,
        replaces,
        buyer,
        date,
    })
}

/// The original of a replacement: it must be the signer's, approved, of the
/// same masa and not dated after the replacement.
fn replaced(books: &dyn Books, signer: &str, number: &str, date: &str) -> Result<Filed, Refusal> {
    let Some(original) = books.filed(number).filter(|f| f.seller == signer) else {
        return refuse("ETAXSERVICE-20006", number);
    };
    if original.status != "approved" {
        return refuse(
            "ETAXSERVICE-20009",
            format!("{number} is {}", original.status),
        );
    }
    if date < original.date.as_str() {
        return refuse("ETAXSERVICE-20007", format!("{date} < {}", original.date));
    }
    if date.get(0..7) != original.date.get(0..7) {
        return refuse("ETAX-API-10006", format!("{date} vs {}", original.date));
    }
    Ok(original)
}

/// e-Faktur era: the number's NSFP must be allocated to the seller for the
/// invoice's year, on or before its date, and not used yet (a replacement
/// reuses its original's NSFP with status 1).
fn efaktur_number(
    books: &dyn Books,
    signer: &str,
    number: &str,
    date: &str,
    original: Option<&str>,
) -> Result<(), Refusal> {
    let Ok(InvoiceNumber::Efaktur(parsed)) = InvoiceNumber::parse(number) else {
        return refuse("ETAX-API-10004", number);
    };
    let nsfp = parsed.nsfp();
    if format!("{:02}", nsfp.year2()) != date[2..4] {
        return refuse(
            "ETAX-API-10005",
            format!("{number} is not of {}", &date[0..4]),
        );
    }
    match (original, parsed.is_replacement()) {
        // A replacement keeps its original's NSFP, which is used by then.
        (Some(original), true) => {
            return match InvoiceNumber::parse(original) {
                Ok(first) if first.same_serial(&InvoiceNumber::Efaktur(parsed)) => Ok(()),
                _ => refuse(
                    "ETAXSERVICE-20009",
                    format!("{number} does not replace {original}"),
                ),
            };
        }
        (None, false) => {}
        _ => return refuse("ETAXSERVICE-20009", number),
    }
    let Some(allocated_on) = books.allocated_on(signer, nsfp.value()) else {
        return refuse("ETAXSERVICE-20020", number);
    };
    if date < allocated_on.as_str() {
        return refuse("ETAXSERVICE-20025", format!("{date} < {allocated_on}"));
    }
    if books.nsfp_used(signer, nsfp.value()) {
        return refuse("ETAXSERVICE-20008", number);
    }
    Ok(())
}

/// Decides a cancellation: the invoice must be the signer's and approved.
pub fn cancel(books: &dyn Books, signer: &str, number: &str) -> Result<(), Refusal> {
    match books.filed(number) {
        Some(filed) if filed.seller == signer && filed.status == "approved" => Ok(()),
        Some(filed) if filed.seller == signer => {
            refuse("ETAXSERVICE-20009", format!("{number} is {}", filed.status))
        }
        _ => refuse("ETAXSERVICE-20001", number),
    }
}

/// The invoice a nota retur is against, as the books hold it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returnable {
    /// Seller NPWP.
    pub seller: String,
    /// Buyer NPWP, if the buyer has one.
    pub buyer: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `approved`, `replaced`, `cancelled`.
    pub status: String,
    /// DPP, PPN and PPnBM of the invoice, sen.
    pub amounts: [i64; 3],
    /// Σ of the returs registered so far, sen.
    pub returned: [i64; 3],
    /// A retur with this retur number is registered for the invoice.
    pub number_taken: bool,
}

/// Checks a nota retur of `signer` (the buyer) dated `date` for `amounts`
/// (sen) against `target` on the authority's `today`.
pub fn retur(
    target: Option<&Returnable>,
    signer: &str,
    invoice: &str,
    date: &str,
    amounts: [i64; 3],
    today: &str,
) -> Result<(), Refusal> {
    let Some(target) = target.filter(|t| t.status == "approved") else {
        return refuse("ETAXSERVICE-20001", invoice);
    };
    if target.buyer.as_deref() != Some(signer) {
        return refuse(
            "ETAX-40004",
            format!("{invoice} was not issued to {signer}"),
        );
    }
    if !valid_date(date) || date < target.date.as_str() || date > today {
        return refuse("ETAX-API-10005", date);
    }
    if target.number_taken {
        return refuse("ETAXSERVICE-20010", invoice);
    }
    if amounts.iter().any(|a| *a < 0) || amounts.iter().all(|a| *a == 0) {
        return refuse("ETAXSERVICE-20011", format!("{amounts:?}"));
    }
    for (index, code) in [
        "ETAXSERVICE-20011",
        "ETAXSERVICE-20012",
        "ETAXSERVICE-20013",
    ]
    .into_iter()
    .enumerate()
    {
        let left = target.amounts[index] - target.returned[index];
        if amounts[index] > left {
            return refuse(code, format!("{} > {left} sen left", amounts[index]));
        }
    }
    Ok(())
}

/// A party's NPWP as 16 digits; `None` for none or all zeros (a buyer
/// identified by NIK or passport).
pub fn party_npwp(tin: Option<&str>) -> Option<String> {
    let tin = tin?.trim();
    if tin.is_empty() || tin.bytes().all(|b| b == b'0') {
        return None;
    }
    Some(
        Npwp16::parse_any(tin)
            .map(|n| n.digits().to_string())
            .unwrap_or_else(|_| tin.to_string()),
    )
}

fn valid_date(date: &str) -> bool {
    date.len() == 10
        && time::Date::parse(
            date,
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .is_ok()
}
