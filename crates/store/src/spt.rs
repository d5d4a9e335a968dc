//! What the monthly VAT return needs from the books: the masa's sums by
//! source, side, kode transaksi and creditable, in one query both dialects
//! run, and the company's crediting decisions for input invoices.

/// A crediting decision for an input invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditDecision {
    /// The masa it is reported in (`YYYY-MM`); `None`: in no return for now.
    pub masa: Option<String>,
    /// Whether its VAT is credited (otherwise it is listed as not
    /// creditable in that masa).
    pub creditable: bool,
    /// Who decided.
    pub decided_by: String,
    /// When (Unix ms).
    pub decided_at: i64,
}

/// Where a sum comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// Approved output invoices of the masa.
    Outputs,
    /// Approved input invoices credited (or not creditable) in the masa.
    Inputs,
    /// Nota retur of output invoices (RK) of the masa.
    OutputReturns,
    /// Nota retur of input invoices (RM) of the masa.
    InputReturns,
    /// Dokumen lain keluaran (DK) of the masa.
    OutputDocuments,
    /// Dokumen lain masukan (DM) of the masa.
    InputDocuments,
}

impl Source {
    fn parse(tag: &str) -> Option<Self> {
        Some(match tag {
            "output" => Source::Outputs,
            "input" => Source::Inputs,
            "return-output" => Source::OutputReturns,
            "return-input" => Source::InputReturns,
            "document-output" => Source::OutputDocuments,
            "document-input" => Source::InputDocuments,
            _ => return None,
        })
    }
}

/// One sum of the masa (amounts in sen, positive; returns are subtracted by
/// the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SptSum {
    /// Where it comes from.
    pub source: Source,
    /// Kode transaksi (of the returned invoice for a retur; empty for a
    /// document).
    pub trx_code: String,
    /// Whether the VAT is credited (inputs; 1 for outputs).
    pub creditable: bool,
    /// DPP.
    pub tax_base: i64,
    /// DPP Nilai Lain (invoices only).
    pub other_tax_base: i64,
    /// PPN.
    pub vat: i64,
    /// PPnBM.
    pub stlg: i64,
    /// How many records.
    pub count: i64,
}

impl SptSum {
    /// A row of [`sums_sql`]: source, kode, creditable, four sums, count.
    pub fn from_row(row: &[crate::model::Value]) -> Option<Self> {
        use crate::model::Value;
        let text = |i: usize| match row.get(i) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let int = |i: usize| match row.get(i) {
            Some(Value::Int(v)) => Some(*v),
            _ => None,
        };
        Some(SptSum {
            source: Source::parse(&text(0)?)?,
            trx_code: text(1).unwrap_or_default(),
            creditable: int(2)? != 0,
            tax_base: int(3)?,
            other_tax_base: int(4)?,
            vat: int(5)?,
            stlg: int(6)?,
            count: int(7)?,
        })
    }
}

/// How an input invoice's source says its VAT is not creditable (the
/// e-Faktur FM column `IS_CREDITABLE` 0, kept in `source_json`): the sums
/// query and every reader of single invoices test the same text.
pub const NOT_CREDITABLE_SOURCE: &str = r#""IS_CREDITABLE":"0""#;

/// Whether an input invoice counts as creditable when no decision was made.
pub fn creditable_by_default(source_json: Option<&str>) -> bool {
    !source_json.is_some_and(|s| s.contains(NOT_CREDITABLE_SOURCE))
}

/// The masa's sums, with parameters company (1) and masa (2) written
/// `{mark}N` (`?` for SQLite, `$` for PostgreSQL). Every column is text or
/// a 64-bit integer in both dialects (sums cast: PostgreSQL sums BIGINT as
/// NUMERIC).
///
/// An input invoice without a decision counts in its own masa, creditable
/// unless its source said `IS_CREDITABLE` 0 (the e-Faktur FM column);
/// a decision moves it (or keeps it out, masa NULL). Only approved
/// invoices count; returns and documents count unless rejected or
/// cancelled.
pub fn sums_sql(mark: char) -> String {
    const SUMS: &str = "CAST(COALESCE(SUM(x.tax_base), 0) AS BIGINT),
            CAST(COALESCE(SUM(x.other_tax_base), 0) AS BIGINT),
            CAST(COALESCE(SUM(x.vat), 0) AS BIGINT),
            CAST(COALESCE(SUM(x.stlg), 0) AS BIGINT),
            CAST(COUNT(*) AS BIGINT)";
    let sql = format!(
        "SELECT 'output', x.trx_code, CAST(1 AS BIGINT), {SUMS}
           FROM invoices x
          WHERE x.company_id = ?1 AND x.masa = ?2 AND x.kind = 'output' AND x.status = 'approved'
          GROUP BY x.trx_code
         UNION ALL
         SELECT 'input', x.trx_code,
                CAST(CASE WHEN x.source_json LIKE '%{NOT_CREDITABLE_SOURCE}%' THEN 0 ELSE 1 END AS BIGINT), {SUMS}
           FROM invoices x
          WHERE x.company_id = ?1 AND x.masa = ?2 AND x.kind = 'input' AND x.status = 'approved'
            AND NOT EXISTS (SELECT 1 FROM input_credits c WHERE c.invoice_id = x.id)
          GROUP BY 2, 3
         UNION ALL
         SELECT 'input', x.trx_code, CAST(c.creditable AS BIGINT), {SUMS}
           FROM input_credits c JOIN invoices x ON x.id = c.invoice_id
          WHERE c.company_id = ?1 AND c.masa = ?2 AND x.kind = 'input' AND x.status = 'approved'
          GROUP BY 2, 3
         UNION ALL
         SELECT 'return-' || r.kind, i.trx_code, CAST(COALESCE(r.creditable, 1) AS BIGINT),
                CAST(COALESCE(SUM(r.tax_base), 0) AS BIGINT), CAST(0 AS BIGINT),
                CAST(COALESCE(SUM(r.vat), 0) AS BIGINT), CAST(COALESCE(SUM(r.stlg), 0) AS BIGINT),
                CAST(COUNT(*) AS BIGINT)
           FROM returns r JOIN invoices i ON i.id = r.invoice_id
          WHERE r.company_id = ?1 AND r.masa = ?2 AND r.status NOT IN ('rejected', 'cancelled')
          GROUP BY 1, 2, 3
         UNION ALL
         SELECT 'document-' || d.kind, '', CAST(COALESCE(d.creditable, 1) AS BIGINT),
                CAST(COALESCE(SUM(d.tax_base), 0) AS BIGINT), CAST(0 AS BIGINT),
                CAST(COALESCE(SUM(d.vat), 0) AS BIGINT), CAST(COALESCE(SUM(d.stlg), 0) AS BIGINT),
                CAST(COUNT(*) AS BIGINT)
           FROM documents d
          WHERE d.company_id = ?1 AND d.masa = ?2 AND d.status NOT IN ('rejected', 'cancelled')
          GROUP BY 1, 2, 3"
    );
    sql.replace('?', &mark.to_string())
}

/// Statuses of a stored SPT version.
pub mod status {
    /// Posted: its figures are frozen.
    pub const POSTED: &str = "posted";
    /// A kode billing was created for its kurang bayar.
    pub const AWAITING_PAYMENT: &str = "awaiting_payment";
    /// Paid (NTPN recorded).
    pub const PAID: &str = "paid";
    /// Filed: the authority answered with a BPE.
    pub const FILED: &str = "filed";
}

/// A version of a masa's return to store (normal or pembetulan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSptVersion {
    /// `YYYY-MM`.
    pub masa: String,
    /// 0 normal, n pembetulan.
    pub revision: i64,
    /// See [`status`].
    pub status: String,
    /// `1111` or `coretax`.
    pub form: String,
    /// Everything it was computed from and every line (JSON).
    pub data_json: String,
    /// PPN due: payable positive, overpaid negative, sen.
    pub result: i64,
}

/// A stored version (a row of `spt_versions`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SptVersion {
    /// Store id.
    pub id: i64,
    /// `YYYY-MM`.
    pub masa: String,
    /// 0 normal, n pembetulan.
    pub revision: i64,
    /// See [`status`].
    pub status: String,
    /// `1111` or `coretax`.
    pub form: String,
    /// What it was computed from (JSON).
    pub data_json: String,
    /// PPN due, sen (signed).
    pub result: i64,
    /// The authority's receipt, once filed.
    pub bpe: Option<String>,
    /// When it was posted (Unix ms).
    pub created_at: i64,
    /// When it was filed.
    pub filed_at: Option<i64>,
}

/// A payment of a version's kurang bayar (a row of `payments`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Store id.
    pub id: i64,
    /// The version it pays.
    pub spt_id: Option<i64>,
    /// The 15-digit kode billing.
    pub billing_code: String,
    /// Amount, sen.
    pub amount: i64,
    /// The NTPN, once paid.
    pub ntpn: Option<String>,
    /// When it was paid.
    pub paid_at: Option<i64>,
    /// When the billing was recorded.
    pub created_at: i64,
}

fn text_at(row: &[crate::model::Value], i: usize) -> Option<String> {
    match row.get(i) {
        Some(crate::model::Value::Text(t)) => Some(t.clone()),
        _ => None,
    }
}

fn int_at(row: &[crate::model::Value], i: usize) -> Option<i64> {
    match row.get(i) {
        Some(crate::model::Value::Int(v)) => Some(*v),
        _ => None,
    }
}

impl SptVersion {
    /// From a row of `spt_versions` in schema order.
    pub fn from_row(row: &[crate::model::Value]) -> Option<Self> {
        Some(SptVersion {
            id: int_at(row, 0)?,
            masa: text_at(row, 2)?,
            revision: int_at(row, 3)?,
            status: text_at(row, 4)?,
            form: text_at(row, 5)?,
            data_json: text_at(row, 6)?,
            result: int_at(row, 7)?,
            bpe: text_at(row, 8),
            created_at: int_at(row, 9)?,
            filed_at: int_at(row, 10),
        })
    }
}

impl Payment {
    /// From a row of `payments` in schema order.
    pub fn from_row(row: &[crate::model::Value]) -> Option<Self> {
        Some(Payment {
            id: int_at(row, 0)?,
            spt_id: int_at(row, 2),
            billing_code: text_at(row, 3)?,
            amount: int_at(row, 4)?,
            ntpn: text_at(row, 5),
            paid_at: int_at(row, 6),
            created_at: int_at(row, 7)?,
        })
    }
}
