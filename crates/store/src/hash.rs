//! Checksums: of invoice rows (verified by the full check), of the audit log
//! chain, and of whole tables (verified after a copy).

use crate::model::{NewInvoice, Value};
use sha2::{Digest, Sha256};

/// The `prev_hash` of a company's first audit entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Feeds typed fields into SHA-256 with lengths and tags, so that no two
/// different field sequences produce the same byte stream.
#[derive(Debug, Clone, Default)]
pub struct RowHasher(Sha256);

impl RowHasher {
    /// A hasher for one kind of row.
    pub fn new(domain: &str) -> Self {
        let mut hasher = RowHasher(Sha256::new());
        hasher.text(domain);
        hasher
    }

    /// An integer field.
    pub fn int(&mut self, value: i64) -> &mut Self {
        self.0.update([b'i']);
        self.0.update(value.to_le_bytes());
        self
    }

    /// A text field.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.0.update([b't']);
        self.0.update((value.len() as u64).to_le_bytes());
        self.0.update(value.as_bytes());
        self
    }

    /// An optional text field.
    pub fn opt(&mut self, value: Option<&str>) -> &mut Self {
        match value {
            Some(text) => self.text(text),
            None => {
                self.0.update([b'n']);
                self
            }
        }
    }

    /// A copied column value.
    pub fn value(&mut self, value: &Value) -> &mut Self {
        match value {
            Value::Null => self.opt(None),
            Value::Int(i) => self.int(*i),
            Value::Text(t) => self.text(t),
        }
    }

    /// The hex digest.
    pub fn finish(self) -> String {
        hex(&self.0.finalize())
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    out
}

/// The checksum of an invoice's content and lines. Ids are not part of it:
/// an invoice copied under another id (or company id) keeps its checksum.
pub fn invoice_hash(
    invoice: &NewInvoice,
    batch_id: &str,
    created_by: &str,
    created_at: i64,
    updated_at: i64,
) -> String {
    let i = invoice;
    let mut h = RowHasher::new("invoice/1");
    h.text(&i.kind)
        .text(&i.status)
        .text(&i.date)
        .text(&i.masa)
        .text(&i.trx_code);
    h.opt(i.number.as_deref())
        .opt(i.reference.as_deref())
        .opt(i.replaces.as_deref());
    h.text(&i.seller_tin)
        .text(&i.seller_json)
        .text(&i.buyer_tin)
        .text(&i.buyer_json);
    h.opt(i.add_info.as_deref())
        .opt(i.facility_stamp.as_deref());
    h.opt(i.custom_doc.as_deref())
        .opt(i.custom_doc_period.as_deref());
    h.int(i64::from(i.prices_include_vat))
        .text(&i.regime)
        .text(&i.era);
    h.int(i.tax_base)
        .int(i.other_tax_base)
        .int(i.vat)
        .int(i.stlg);
    h.int(i.lines.len() as i64)
        .text(batch_id)
        .text(created_by)
        .int(created_at);
    h.int(updated_at);
    if let Some(source) = i.source_json.as_deref() {
        h.text("source_json").text(source);
    }
    // Lines are read back ordered by line_no: hash them in that order too.
    let mut lines: Vec<_> = i.lines.iter().collect();
    lines.sort_by_key(|l| l.line_no);
    for l in lines {
        h.int(l.line_no)
            .text(&l.opt)
            .text(&l.code)
            .text(&l.name)
            .text(&l.unit);
        h.text(&l.price)
            .text(&l.qty)
            .text(&l.discount)
            .int(i64::from(l.luxury));
        h.text(&l.vat_rate)
            .text(&l.stlg_rate)
            .text(&l.price_ex_vat)
            .text(&l.discount_ex_vat);
        h.int(l.tax_base)
            .int(l.other_tax_base)
            .int(l.vat)
            .int(l.stlg);
        if let Some(code) = l.item_code.as_deref() {
            h.text("item_code").text(code);
        }
    }
    h.finish()
}

/// The checksum of a company row (its id is not part of it).
pub fn company_hash(npwp: &str, name: &str, address: &str, nitku: &str, created_at: i64) -> String {
    let mut h = RowHasher::new("company/1");
    h.text(npwp)
        .text(name)
        .text(address)
        .text(nitku)
        .int(created_at);
    h.finish()
}

/// What an audit entry says, before it is chained.
#[derive(Debug, Clone, Copy)]
pub struct AuditFields<'a> {
    /// Time (Unix ms).
    pub at: i64,
    /// Who.
    pub actor: &'a str,
    /// What.
    pub action: &'a str,
    /// Which kind of record.
    pub entity: &'a str,
    /// Which record.
    pub entity_id: i64,
    /// Specifics.
    pub detail: &'a str,
}

/// The hash of an audit entry, chained to the previous one.
pub fn audit_hash(prev_hash: &str, company_id: i64, f: &AuditFields<'_>) -> String {
    let mut h = RowHasher::new("audit/1");
    h.text(prev_hash)
        .int(company_id)
        .int(f.at)
        .text(f.actor)
        .text(f.action);
    h.text(f.entity).int(f.entity_id).text(f.detail);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_boundaries_matter() {
        let a = RowHasher::new("x").text("ab").text("c").clone().finish();
        let b = RowHasher::new("x").text("a").text("bc").clone().finish();
        assert_ne!(a, b);
        let none = RowHasher::new("x").opt(None).clone().finish();
        let empty = RowHasher::new("x").opt(Some("")).clone().finish();
        assert_ne!(none, empty);
        assert_eq!(GENESIS.len(), 64);
    }
}
