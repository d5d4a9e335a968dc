//! What the books hand out page by page: the change feed of a taxpayer,
//! the invoices a seller filed, and the invoice behind a QR code.

use super::AuthorityDb;
use crate::rules;
use faktur_protocol::{Approval, Event, Events, FiledInvoice, FiledInvoices};
use faktur_sql::{args, Arg, DbError, DbResult};

impl AuthorityDb {
    /// What changed for `npwp` after `after`, at most `limit` events.
    pub fn events(&self, npwp: &str, after: i64, limit: u32) -> DbResult<Events> {
        let rows = self.db.read(|tx| {
            tx.query(
                "SELECT e.seq, e.role, e.number, e.seller, e.status, i.body FROM events e
                 LEFT JOIN invoices i ON i.number = e.number AND e.role = 'buyer'
                 WHERE e.npwp = ?1 AND e.seq > ?2 ORDER BY e.seq LIMIT ?3",
                args![npwp, after, limit],
            )
        })?;
        let events = rows
            .iter()
            .map(|r| {
                Ok(Event {
                    seq: r.int(0)?,
                    role: r.text(1)?,
                    number: r.text(2)?,
                    seller: r.text(3)?,
                    status: r.text(4)?,
                    invoice: r
                        .opt_text(5)?
                        .and_then(|b| serde_json::from_str(&b).ok())
                        .map(Box::new),
                })
            })
            .collect::<DbResult<Vec<_>>>()?;
        let next = events.last().map_or(after, |e| e.seq);
        Ok(Events { events, next })
    }

    /// The invoices `seller` issued, after the authority id `after`, at
    /// most `limit`.
    pub fn filed(&self, seller: &str, after: i64, limit: u32) -> DbResult<FiledInvoices> {
        let rows = self.db.read(|tx| {
            tx.query(
                "SELECT id, status, number, approved_at, signature, token, body FROM invoices
                 WHERE seller = ?1 AND id > ?2 ORDER BY id LIMIT ?3",
                args![seller, after, limit],
            )
        })?;
        let mut invoices = Vec::with_capacity(rows.len());
        for r in rows {
            // A body that no longer parses is the sandbox's own damage:
            // report it rather than skip an invoice the taxpayer relies on.
            let invoice: faktur_wire::ComputedInvoice =
                serde_json::from_str(&r.text(6)?).map_err(|e| {
                    DbError::new(format!("invoice body {}: {e}", r.int(0).unwrap_or(0)))
                })?;
            invoices.push(FiledInvoice {
                id: r.int(0)?,
                status: r.text(1)?,
                approval: Approval {
                    number: r.text(2)?,
                    approved_at: r.int(3)?,
                    signature: r.text(4)?,
                    token: r.text(5)?,
                },
                invoice: Box::new(invoice),
            });
        }
        let next = invoices.last().map_or(after, |i| i.id);
        Ok(FiledInvoices { invoices, next })
    }

    /// The invoice a QR code points at: seller NPWP (15 or 16 digits) and
    /// the 13-digit NSFP (e-Faktur) or the whole number; its body, status
    /// and token.
    pub fn for_qr(&self, seller: &str, number: &str) -> DbResult<Option<(String, String, String)>> {
        let seller = rules::party_npwp(Some(seller)).unwrap_or_default();
        let (sql, key) = if number.len() == 13 {
            (
                "SELECT body, status, token FROM invoices WHERE seller = ?1 AND nsfp = ?2 ORDER BY id DESC LIMIT 1",
                Arg::Int(number.parse::<i64>().unwrap_or(-1)),
            )
        } else {
            (
                "SELECT body, status, token FROM invoices WHERE seller = ?1 AND number = ?2",
                Arg::Text(number),
            )
        };
        let row = self
            .db
            .read(|tx| tx.first(sql, &[Arg::Text(&seller), key]))?;
        row.map(|r| Ok((r.text(0)?, r.text(1)?, r.text(2)?)))
            .transpose()
    }
}
