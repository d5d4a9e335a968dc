//! What the books say, read inside a request's transaction: the rules'
//! `Books`, the invoice a retur is against, the named counters, and the
//! change feed's writes.

use crate::rules::{self, Books, Filed, Standing};
use faktur_sql::{args, DbError, DbResult, Tx};
use std::cell::RefCell;

/// The books as the rules see them, inside the request's transaction. The
/// rules' questions cannot fail; the first database failure is kept and
/// handed back by `finish`, so a broken read never passes for "absent".
pub(super) struct TxBooks<'a> {
    tx: RefCell<&'a mut dyn Tx>,
    failure: RefCell<Option<DbError>>,
}

impl<'a> TxBooks<'a> {
    pub(super) fn new(tx: &'a mut dyn Tx) -> Self {
        TxBooks {
            tx: RefCell::new(tx),
            failure: RefCell::new(None),
        }
    }

    /// The decision, unless a read failed on the way.
    pub(super) fn finish<T>(self, decision: T) -> DbResult<T> {
        match self.failure.into_inner() {
            Some(error) => Err(error),
            None => Ok(decision),
        }
    }

    fn ask<T>(&self, read: impl FnOnce(&mut dyn Tx) -> DbResult<Option<T>>) -> Option<T> {
        let mut tx = self.tx.borrow_mut();
        match read(&mut **tx) {
            Ok(answer) => answer,
            Err(error) => {
                self.failure.borrow_mut().get_or_insert(error);
                None
            }
        }
    }
}

impl Books for TxBooks<'_> {
    fn standing(&self, npwp: &str) -> Standing {
        let marked = self.ask(|tx| {
            tx.first(
                "SELECT status FROM master_file WHERE npwp = ?1",
                args![npwp],
            )?
            .map(|r| r.text(0))
            .transpose()
        });
        match marked.as_deref() {
            Some("inactive") => Standing::Inactive,
            Some("unknown") => Standing::Unknown,
            Some(_) => Standing::Active,
            None if faktur_core::ids::Npwp16::parse_any(npwp).is_ok() => Standing::Active,
            None => Standing::Unknown,
        }
    }

    fn allocated_on(&self, seller: &str, nsfp: u64) -> Option<String> {
        self.ask(|tx| {
            tx.first(
                "SELECT allocated_on FROM nsfp_ranges WHERE npwp = ?1 AND first <= ?2 AND last >= ?2",
                args![seller, nsfp as i64],
            )?
            .map(|r| r.text(0))
            .transpose()
        })
    }

    fn nsfp_used(&self, seller: &str, nsfp: u64) -> bool {
        self.ask(|tx| {
            Ok(tx
                .first(
                    "SELECT 1 FROM invoices WHERE seller = ?1 AND nsfp = ?2 LIMIT 1",
                    args![seller, nsfp as i64],
                )?
                .map(|_| ()))
        })
        .is_some()
    }

    fn filed(&self, number: &str) -> Option<Filed> {
        self.ask(|tx| {
            tx.first(
                "SELECT seller, date, status FROM invoices WHERE number = ?1",
                args![number],
            )?
            .map(|r| {
                Ok(Filed {
                    seller: r.text(0)?,
                    date: r.text(1)?,
                    status: r.text(2)?,
                })
            })
            .transpose()
        })
    }
}

/// Takes `count` values of a named counter (starting at 1); the first.
pub(crate) fn take_counter(tx: &mut dyn Tx, name: &str, count: u64) -> DbResult<u64> {
    let next: u64 = tx
        .first("SELECT value FROM settings WHERE name = ?1", args![name])?
        .map(|r| r.text(0))
        .transpose()?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let value = (next + count).to_string();
    tx.execute(
        "INSERT INTO settings (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        args![name, &value],
    )?;
    Ok(next)
}

/// Sets an invoice's status and records the change in the feed.
pub(super) fn set_status(tx: &mut dyn Tx, number: &str, status: &str) -> DbResult<()> {
    let row = tx
        .first(
            "SELECT seller, buyer FROM invoices WHERE number = ?1",
            args![number],
        )?
        .ok_or_else(|| DbError::new(format!("invoice {number} vanished")))?;
    let (seller, buyer) = (row.text(0)?, row.opt_text(1)?);
    tx.execute(
        "UPDATE invoices SET status = ?2 WHERE number = ?1",
        args![number, status],
    )?;
    emit(tx, number, &seller, buyer.as_deref(), status)
}

/// Records the change for the seller and, when it has an NPWP, the buyer.
pub(super) fn emit(
    tx: &mut dyn Tx,
    number: &str,
    seller: &str,
    buyer: Option<&str>,
    status: &str,
) -> DbResult<()> {
    const INSERT: &str =
        "INSERT INTO events (npwp, role, number, seller, status) VALUES (?1, ?2, ?3, ?4, ?5)";
    tx.execute(INSERT, args![seller, "seller", number, seller, status])?;
    if let Some(buyer) = buyer {
        tx.execute(INSERT, args![buyer, "buyer", number, seller, status])?;
    }
    Ok(())
}

/// The invoice a retur is against, with what was returned so far.
pub(super) fn returnable(
    tx: &mut dyn Tx,
    seller: &str,
    invoice: &str,
    retur_number: &str,
) -> DbResult<Option<rules::Returnable>> {
    let Some(found) = tx.first(
        "SELECT seller, buyer, date, status, body FROM invoices WHERE number = ?1 AND seller = ?2",
        args![invoice, seller],
    )?
    else {
        return Ok(None);
    };
    let sen = |text: &str| {
        rust_decimal::Decimal::from_str_exact(text)
            .ok()
            .and_then(|d| {
                (d * rust_decimal::Decimal::ONE_HUNDRED)
                    .trunc()
                    .try_into()
                    .ok()
            })
            .unwrap_or(0_i64)
    };
    let totals = serde_json::from_str::<faktur_wire::ComputedInvoice>(&found.text(4)?)
        .ok()
        .and_then(|i| i.totals);
    let amounts = totals.map_or([0; 3], |t| [sen(&t.tax_base), sen(&t.vat), sen(&t.stlg)]);
    let sums = tx
        .first(
            "SELECT CAST(COALESCE(SUM(tax_base), 0) AS BIGINT),
                    CAST(COALESCE(SUM(vat), 0) AS BIGINT),
                    CAST(COALESCE(SUM(stlg), 0) AS BIGINT),
                    CAST(COALESCE(SUM(CASE WHEN number = ?3 THEN 1 ELSE 0 END), 0) AS BIGINT)
             FROM returs WHERE seller = ?1 AND invoice = ?2",
            args![seller, invoice, retur_number],
        )?
        .ok_or_else(|| DbError::new("an aggregate gave no row"))?;
    Ok(Some(rules::Returnable {
        seller: found.text(0)?,
        buyer: found.opt_text(1)?,
        date: found.text(2)?,
        status: found.text(3)?,
        amounts,
        returned: [sums.int(0)?, sums.int(1)?, sums.int(2)?],
        number_taken: sums.int(3)? > 0,
    }))
}
