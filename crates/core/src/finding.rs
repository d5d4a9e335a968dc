//! Findings: what validation says about a draft, each naming its rule code,
//! the field path (`lines[2].vat`) and a severity.

use crate::catalogue;
use crate::lang::Lang;
use std::fmt;

/// How serious a finding is. Only errors refuse a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The draft is refused.
    Error,
    /// Accepted, but probably not what the user meant.
    Warning,
    /// Accepted; something worth knowing.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding about one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A catalogue code.
    pub code: &'static str,
    /// The field path, e.g. `buyer.tin` or `lines[0].price`; empty for the
    /// whole invoice.
    pub path: String,
    /// Error, warning or info.
    pub severity: Severity,
    /// Language-neutral specifics (the offending value, the expected one).
    pub note: Option<String>,
}

impl Finding {
    /// An error finding.
    pub fn error(code: &'static str, path: impl Into<String>) -> Self {
        Self::new(code, path, Severity::Error)
    }

    /// A warning finding.
    pub fn warning(code: &'static str, path: impl Into<String>) -> Self {
        Self::new(code, path, Severity::Warning)
    }

    /// An info finding.
    pub fn info(code: &'static str, path: impl Into<String>) -> Self {
        Self::new(code, path, Severity::Info)
    }

    fn new(code: &'static str, path: impl Into<String>, severity: Severity) -> Self {
        Finding {
            code,
            path: path.into(),
            severity,
            note: None,
        }
    }

    /// Adds the specifics.
    pub fn with_note(mut self, note: impl fmt::Display) -> Self {
        self.note = Some(note.to_string());
        self
    }

    /// The message in `lang`: the catalogue message, plus the note.
    pub fn message(&self, lang: Lang) -> String {
        let base = catalogue::lookup(self.code).map_or(self.code, |entry| entry.message.get(lang));
        match &self.note {
            Some(note) => format!("{base}: {note}"),
            None => base.to_string(),
        }
    }
}

/// True when any finding is an error.
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// The codes OpenFaktur's own checks use, named for what they check. Official
/// DJP codes are used where the condition is exactly theirs.
pub mod codes {
    /// An amount is not a plain decimal (`ETAX-20004` Format Angka salah).
    pub const NUMBER_FORMAT: &str = "ETAX-20004";
    /// An NPWP has the wrong check digit or characters.
    pub const NPWP_FORMAT: &str = "ETAX-20005";
    /// An NPWP is empty or too short.
    pub const NPWP_INCOMPLETE: &str = "ETAX-20001";
    /// A date is not `YYYY-MM-DD`.
    pub const DATE_FORMAT: &str = "ETAX-20006";
    /// An invoice number is malformed.
    pub const NUMBER_INCOMPLETE: &str = "ETAX-20007";
    /// A required value is empty.
    pub const VALUE_EMPTY: &str = "ETAX-20014";
    /// A replacement is dated before the invoice it replaces.
    pub const REPLACEMENT_DATE: &str = "ETAX-20027";
    /// PPnBM negative.
    pub const PPNBM_NEGATIVE: &str = "ETAX-20037";
    /// Kode 07/08 without a valid keterangan tambahan.
    pub const FACILITY_MISSING: &str = "ETAX-20040";
    /// Item price ≤ 0.
    pub const PRICE_NOT_POSITIVE: &str = "ETAX-30024";
    /// The year in the number differs from the invoice year.
    pub const NUMBER_YEAR: &str = "ETAX-30029";
    /// The kode transaksi is not allowed or empty.
    pub const TRX_CODE_INVALID: &str = "ETAX-API-10002";
    /// The invoice is dated after today.
    pub const DATE_IN_FUTURE: &str = "ETAX-API-10005";

    /// The database cannot be reached or opened.
    pub const DB_UNAVAILABLE: &str = "FKT-1001";
    /// The connection dropped during an operation; nothing was written.
    pub const DB_CONNECTION_LOST: &str = "FKT-1002";
    /// The database failed an integrity check; writes are refused.
    pub const DB_DAMAGED: &str = "FKT-1003";
    /// The database was written by a newer OpenFaktur.
    pub const DB_TOO_NEW: &str = "FKT-1004";
    /// No such company (or none at all).
    pub const COMPANY_NOT_FOUND: &str = "FKT-1005";
    /// Several companies and none chosen.
    pub const COMPANY_AMBIGUOUS: &str = "FKT-1006";
    /// Already exists (company, migration target).
    pub const ALREADY_EXISTS: &str = "FKT-1007";
    /// A backup, restore or copy failed or did not verify.
    pub const BACKUP_FAILED: &str = "FKT-1008";
    /// Any other database error.
    pub const DB_OTHER: &str = "FKT-1009";
    /// Repair found no usable backup.
    pub const NO_GOOD_BACKUP: &str = "FKT-1010";
    /// The backup is not usable for this request.
    pub const BACKUP_UNUSABLE: &str = "FKT-1011";
    /// The database is busy (locked by another writer).
    pub const DB_BUSY: &str = "FKT-1012";

    /// The invoice has no lines.
    pub const NO_LINES: &str = "FKT-2001";
    /// A quantity is zero or negative.
    pub const QTY_NOT_POSITIVE: &str = "FKT-2002";
    /// A discount is negative.
    pub const DISCOUNT_NEGATIVE: &str = "FKT-2003";
    /// A discount exceeds the line amount (negative DPP).
    pub const DISCOUNT_EXCEEDS: &str = "FKT-2004";
    /// A 0 % VAT line under a kode that must collect VAT.
    pub const ZERO_RATE_NOT_ALLOWED: &str = "FKT-2005";
    /// PPnBM (STLG) on a line that is not marked luxury.
    pub const STLG_WITHOUT_LUXURY: &str = "FKT-2006";
    /// A rate outside 0–100 %.
    pub const RATE_OUT_OF_RANGE: &str = "FKT-2007";
    /// The VAT rate differs from the rate in force on the date.
    pub const RATE_DIFFERS: &str = "FKT-2008";
    /// Kode 05 needs the specified VAT rate.
    pub const BESARAN_TERTENTU_RATE: &str = "FKT-2009";
    /// Non-luxury line under kode 01 in the Coretax era.
    pub const NON_LUXURY_UNDER_01: &str = "FKT-2010";
    /// Luxury line under kode 04.
    pub const LUXURY_UNDER_04: &str = "FKT-2011";
    /// Luxury and non-luxury lines on one invoice.
    pub const MIXED_LUXURY: &str = "FKT-2012";
    /// Facility codes on an invoice that is not kode 07/08.
    pub const FACILITY_NOT_EXPECTED: &str = "FKT-2013";
    /// AddInfo / FacilityStamp malformed, mismatched or not in the list.
    pub const FACILITY_INVALID: &str = "FKT-2014";
    /// `custom_doc_period` is not `MMYYYY`.
    pub const CUSTOM_DOC_PERIOD: &str = "FKT-2015";
    /// The kode transaksi is not valid on the invoice date.
    pub const TRX_CODE_NOT_YET: &str = "FKT-2016";
    /// A line has no name.
    pub const LINE_NAME_EMPTY: &str = "FKT-2017";
    /// Unknown unit of measure.
    pub const UNIT_UNKNOWN: &str = "FKT-2018";
    /// Malformed goods/services code.
    pub const GOODS_CODE_INVALID: &str = "FKT-2019";
    /// A text longer than 255 characters.
    pub const TEXT_TOO_LONG: &str = "FKT-2020";
    /// Invisible or control characters in a text.
    pub const TEXT_INVISIBLE_CHARS: &str = "FKT-2021";
    /// The date is before any rate regime OpenFaktur knows.
    pub const DATE_UNSUPPORTED: &str = "FKT-2022";
    /// An amount too large for exact arithmetic.
    pub const AMOUNT_TOO_LARGE: &str = "FKT-2023";
    /// A value outside its list (kind, id_type, opt).
    pub const VALUE_NOT_ALLOWED: &str = "FKT-2024";
    /// Buyer missing.
    pub const BUYER_MISSING: &str = "FKT-2101";
    /// Seller missing.
    pub const SELLER_MISSING: &str = "FKT-2102";
    /// A 15-digit NPWP after 30 Jun 2024.
    pub const NPWP15_AFTER_CUTOVER: &str = "FKT-2103";
    /// A 16-digit individual number that does not look like a NIK.
    pub const NIK_STRUCTURE: &str = "FKT-2104";
    /// Document number missing for a non-TIN buyer.
    pub const ID_NUMBER_MISSING: &str = "FKT-2105";
    /// A non-TIN buyer must carry an all-zero TIN.
    pub const TIN_NOT_ZERO: &str = "FKT-2106";
    /// NPWP 000 for a domestic buyer from 20 Jul 2024.
    pub const NPWP_ZERO_NOT_ALLOWED: &str = "FKT-2107";
    /// NITKU/IDTKU malformed.
    pub const IDTKU_INVALID: &str = "FKT-2108";
    /// NITKU/IDTKU does not start with the party's NPWP16.
    pub const IDTKU_MISMATCH: &str = "FKT-2109";
    /// Country not an ISO 3166-1 alpha-3 code.
    pub const COUNTRY_INVALID: &str = "FKT-2110";
    /// E-mail address malformed.
    pub const EMAIL_INVALID: &str = "FKT-2111";
    /// Seller and buyer are the same taxpayer.
    pub const SAME_PARTY: &str = "FKT-2112";
    /// A party has no name.
    pub const PARTY_NAME_EMPTY: &str = "FKT-2113";
    /// The kode in the number differs from `trx_code`.
    pub const NUMBER_KODE: &str = "FKT-2201";
    /// A 17-digit number on an invoice dated before 2025.
    pub const NUMBER_ERA: &str = "FKT-2202";
    /// Replacement status and `replaces` disagree.
    pub const NUMBER_STATUS: &str = "FKT-2203";
    /// An NSFP range breaks the range rules.
    pub const NSFP_RANGE_INVALID: &str = "FKT-2301";
    /// An NSFP given back that was never taken.
    pub const NSFP_NOT_TAKEN: &str = "FKT-2303";
    /// The input is not well-formed JSON.
    pub const JSON_MALFORMED: &str = "FKT-3001";
    /// The input has a field the draft does not know.
    pub const JSON_UNKNOWN_FIELD: &str = "FKT-3002";
    /// A field has the wrong JSON type (e.g. a number instead of a string).
    pub const JSON_WRONG_TYPE: &str = "FKT-3003";
    /// An XML file with a DTD or custom entities (refused, never expanded).
    pub const XML_DTD_REFUSED: &str = "FKT-3004";
    /// Malformed or truncated XML.
    pub const XML_MALFORMED: &str = "FKT-3005";
    /// An element the template does not have.
    pub const XML_UNKNOWN_ELEMENT: &str = "FKT-3006";
    /// A record type the command does not import (skipped).
    pub const RECORD_NOT_IMPORTED: &str = "FKT-3007";
    /// The file's seller is not the company.
    pub const FILE_OTHER_SELLER: &str = "FKT-3008";
    /// An input invoice addressed to another buyer than the company.
    pub const FILE_OTHER_BUYER: &str = "FKT-3009";
    /// The QR validation answer says the invoice is not valid at DJP.
    pub const NOT_VALID_AT_DJP: &str = "FKT-3010";
    /// An Excel workbook that cannot be read as the Coretax template.
    pub const XLSX_UNREADABLE: &str = "FKT-3011";
    /// An invoice without a number whose reference was already imported.
    pub const REFERENCE_ALREADY_IMPORTED: &str = "FKT-3012";
    /// A file runs on too long without a record or element boundary.
    pub const RUN_TOO_LONG: &str = "FKT-3013";
    /// A retur row names an invoice whose counterparty, kode or date differ.
    pub const RETUR_MISMATCH: &str = "FKT-3014";
    /// An output dokumen lain in a masa other than its date's month.
    pub const DOCUMENT_MASA: &str = "FKT-3015";
    /// An idempotency key reused for a different operation (authority).
    pub const KEY_REUSED: &str = "FKT-4001";
    /// Uploaded after the deadline (authority).
    pub const UPLOAD_DEADLINE: &str = "FKT-4002";
    /// A number where the era wants none, or none where it wants one.
    pub const NUMBER_FOR_ERA: &str = "FKT-4003";
    /// A server cannot listen on its address.
    pub const CANNOT_LISTEN: &str = "FKT-4004";
    /// The authority's answer could not be read.
    pub const ANSWER_UNREADABLE: &str = "FKT-4005";
    /// The authority speaks another API version.
    pub const API_VERSION: &str = "FKT-4006";
    /// The company's signing key cannot be read or created.
    pub const KEY_FILE: &str = "FKT-4007";
    /// Billing code unknown, or the request is not valid.
    pub const BILLING_UNKNOWN: &str = "FKT-4008";
    /// The billing code has expired.
    pub const BILLING_EXPIRED: &str = "FKT-4009";
    /// The SPT cannot be received in this order.
    pub const SPT_ORDER: &str = "FKT-4010";
    /// Cancel, replace or retur asked of an invoice that is not approved
    /// (or of the wrong kind).
    pub const NOT_CORRECTABLE: &str = "FKT-4011";
    /// Edit asked of an invoice that is no longer an unsent draft.
    pub const NOT_EDITABLE: &str = "FKT-4012";
    /// Not an approved input invoice of this company: nothing to credit.
    pub const NOT_CREDITABLE_HERE: &str = "FKT-5001";
    /// A manual SPT entry that does not exist or has no valid amount.
    pub const SPT_ENTRY: &str = "FKT-5002";
    /// An unknown error code was asked about.
    pub const UNKNOWN_CODE: &str = "FKT-6001";
    /// A usage error on the command line.
    pub const USAGE: &str = "FKT-6002";

    /// The web app: sign-in required (no live session or valid token).
    pub const SIGN_IN: &str = "FKT-7001";
    /// The web app: the caller's role is too low.
    pub const ROLE: &str = "FKT-7002";
    /// The web app: wrong user name or password.
    pub const LOGIN: &str = "FKT-7003";
    /// The web app: sign-in attempts throttled.
    pub const THROTTLED: &str = "FKT-7004";
    /// The web app: CSRF token missing or wrong.
    pub const CSRF: &str = "FKT-7005";
    /// The web app: request body over its limit.
    pub const TOO_LARGE: &str = "FKT-7006";
    /// The web app: request over its time limit.
    pub const TIMEOUT: &str = "FKT-7007";
    /// The web app: no such address or record (for this caller).
    pub const NOT_FOUND: &str = "FKT-7008";
    /// The web app: invalid user, role or token data.
    pub const ACCOUNT: &str = "FKT-7009";
    /// The web app: malformed request body.
    pub const BODY: &str = "FKT-7010";

    /// Every code used by findings, for the catalogue completeness test.
    pub const ALL: &[&str] = &[
        DB_UNAVAILABLE,
        DB_CONNECTION_LOST,
        DB_DAMAGED,
        DB_TOO_NEW,
        COMPANY_NOT_FOUND,
        COMPANY_AMBIGUOUS,
        ALREADY_EXISTS,
        BACKUP_FAILED,
        DB_OTHER,
        NO_GOOD_BACKUP,
        BACKUP_UNUSABLE,
        DB_BUSY,
        NUMBER_FORMAT,
        NPWP_FORMAT,
        NPWP_INCOMPLETE,
        DATE_FORMAT,
        NUMBER_INCOMPLETE,
        VALUE_EMPTY,
        REPLACEMENT_DATE,
        PPNBM_NEGATIVE,
        FACILITY_MISSING,
        PRICE_NOT_POSITIVE,
        NUMBER_YEAR,
        TRX_CODE_INVALID,
        DATE_IN_FUTURE,
        NO_LINES,
        QTY_NOT_POSITIVE,
        DISCOUNT_NEGATIVE,
        DISCOUNT_EXCEEDS,
        ZERO_RATE_NOT_ALLOWED,
        STLG_WITHOUT_LUXURY,
        RATE_OUT_OF_RANGE,
        RATE_DIFFERS,
        BESARAN_TERTENTU_RATE,
        NON_LUXURY_UNDER_01,
        LUXURY_UNDER_04,
        MIXED_LUXURY,
        FACILITY_NOT_EXPECTED,
        FACILITY_INVALID,
        CUSTOM_DOC_PERIOD,
        TRX_CODE_NOT_YET,
        LINE_NAME_EMPTY,
        UNIT_UNKNOWN,
        GOODS_CODE_INVALID,
        TEXT_TOO_LONG,
        TEXT_INVISIBLE_CHARS,
        DATE_UNSUPPORTED,
        AMOUNT_TOO_LARGE,
        VALUE_NOT_ALLOWED,
        BUYER_MISSING,
        SELLER_MISSING,
        NPWP15_AFTER_CUTOVER,
        NIK_STRUCTURE,
        ID_NUMBER_MISSING,
        TIN_NOT_ZERO,
        NPWP_ZERO_NOT_ALLOWED,
        IDTKU_INVALID,
        IDTKU_MISMATCH,
        COUNTRY_INVALID,
        EMAIL_INVALID,
        SAME_PARTY,
        PARTY_NAME_EMPTY,
        NUMBER_KODE,
        NUMBER_ERA,
        NUMBER_STATUS,
        NSFP_RANGE_INVALID,
        NSFP_NOT_TAKEN,
        JSON_MALFORMED,
        JSON_UNKNOWN_FIELD,
        JSON_WRONG_TYPE,
        XML_DTD_REFUSED,
        XML_MALFORMED,
        XML_UNKNOWN_ELEMENT,
        RECORD_NOT_IMPORTED,
        FILE_OTHER_SELLER,
        FILE_OTHER_BUYER,
        NOT_VALID_AT_DJP,
        XLSX_UNREADABLE,
        REFERENCE_ALREADY_IMPORTED,
        RUN_TOO_LONG,
        RETUR_MISMATCH,
        DOCUMENT_MASA,
        KEY_REUSED,
        UPLOAD_DEADLINE,
        NUMBER_FOR_ERA,
        CANNOT_LISTEN,
        ANSWER_UNREADABLE,
        API_VERSION,
        KEY_FILE,
        BILLING_UNKNOWN,
        BILLING_EXPIRED,
        SPT_ORDER,
        NOT_CORRECTABLE,
        NOT_EDITABLE,
        NOT_CREDITABLE_HERE,
        SPT_ENTRY,
        UNKNOWN_CODE,
        USAGE,
        SIGN_IN,
        ROLE,
        LOGIN,
        THROTTLED,
        CSRF,
        TOO_LARGE,
        TIMEOUT,
        NOT_FOUND,
        ACCOUNT,
        BODY,
    ];
}
