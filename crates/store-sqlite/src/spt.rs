//! The masa's sums for the VAT return and the crediting decisions.

use crate::invoices::begin_company;
use crate::map_error;
use faktur_store::model::Value;
use faktur_store::spt::{sums_sql, CreditDecision, SptSum};
use faktur_store::{ErrorKind, Result, StoreError};
use rusqlite::{params, Connection, OptionalExtension};

pub fn set_credit(
    conn: &mut Connection,
    company_id: i64,
    invoice_id: i64,
    decision: Option<&CreditDecision>,
) -> Result<bool> {
    let tx = begin_company(conn, company_id)?;
    let input = tx
        .query_row(
            "SELECT 1 FROM invoices WHERE id = ?1 AND company_id = ?2 AND kind = 'input'",
            params![invoice_id, company_id],
            |_| Ok(()),
        )
        .optional()
        .map_err(map_error)?
        .is_some();
    if !input {
        return Ok(false);
    }
    match decision {
        None => tx.execute(
            "DELETE FROM input_credits WHERE invoice_id = ?1",
            [invoice_id],
        ),
        Some(d) => tx.execute(
            "INSERT INTO input_credits (invoice_id, company_id, masa, creditable, decided_by, decided_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (invoice_id) DO UPDATE SET masa = excluded.masa,
               creditable = excluded.creditable, decided_by = excluded.decided_by,
               decided_at = excluded.decided_at",
            params![
                invoice_id,
                company_id,
                d.masa,
                i64::from(d.creditable),
                d.decided_by,
                d.decided_at
            ],
        ),
    }
    .map_err(map_error)?;
    tx.commit().map_err(map_error)?;
    Ok(true)
}

pub fn credit_of(
    conn: &Connection,
    company_id: i64,
    invoice_id: i64,
) -> Result<Option<CreditDecision>> {
    conn.query_row(
        "SELECT masa, creditable, decided_by, decided_at FROM input_credits
         WHERE invoice_id = ?1 AND company_id = ?2",
        params![invoice_id, company_id],
        |r| {
            Ok(CreditDecision {
                masa: r.get(0)?,
                creditable: r.get::<_, i64>(1)? != 0,
                decided_by: r.get(2)?,
                decided_at: r.get(3)?,
            })
        },
    )
    .optional()
    .map_err(map_error)
}

pub fn sums(conn: &Connection, company_id: i64, masa: &str) -> Result<Vec<SptSum>> {
    let mut statement = conn.prepare_cached(&sums_sql('?')).map_err(map_error)?;
    let mut rows = statement
        .query(params![company_id, masa])
        .map_err(map_error)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(map_error)? {
        let mut values = Vec::with_capacity(8);
        for i in 0..8 {
            values.push(match row.get_ref(i).map_err(map_error)? {
                rusqlite::types::ValueRef::Integer(v) => Value::Int(v),
                rusqlite::types::ValueRef::Text(t) => {
                    Value::Text(String::from_utf8_lossy(t).into_owned())
                }
                _ => Value::Null,
            });
        }
        out.push(SptSum::from_row(&values).ok_or_else(|| {
            StoreError::new(ErrorKind::Other, format!("unreadable sum row {values:?}"))
        })?);
    }
    Ok(out)
}

pub fn insert_version(
    conn: &mut Connection,
    company_id: i64,
    v: &faktur_store::spt::NewSptVersion,
) -> Result<i64> {
    let tx = begin_company(conn, company_id)?;
    tx.execute(
        "INSERT INTO spt_versions (company_id, masa, revision, status, form, data_json, result, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            company_id,
            v.masa,
            v.revision,
            v.status,
            v.form,
            v.data_json,
            v.result,
            faktur_store::now_ms()
        ],
    )
    .map_err(map_error)?;
    let id = tx.last_insert_rowid();
    tx.commit().map_err(map_error)?;
    Ok(id)
}

pub fn set_status(
    conn: &Connection,
    company_id: i64,
    id: i64,
    status: &str,
    filed: Option<(&str, i64)>,
) -> Result<bool> {
    let (bpe, filed_at) = filed.unzip();
    conn.execute(
        "UPDATE spt_versions SET status = ?1, bpe = COALESCE(?2, bpe), filed_at = COALESCE(?3, filed_at)
         WHERE id = ?4 AND company_id = ?5",
        params![status, bpe, filed_at, id, company_id],
    )
    .map(|n| n > 0)
    .map_err(map_error)
}

pub fn insert_payment(
    conn: &mut Connection,
    company_id: i64,
    spt_id: i64,
    billing_code: &str,
    amount: i64,
) -> Result<i64> {
    let tx = begin_company(conn, company_id)?;
    tx.execute(
        "INSERT INTO payments (company_id, spt_id, billing_code, amount, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS
           (SELECT 1 FROM spt_versions WHERE id = ?2 AND company_id = ?1)
         ON CONFLICT (company_id, billing_code) DO NOTHING",
        params![
            company_id,
            spt_id,
            billing_code,
            amount,
            faktur_store::now_ms()
        ],
    )
    .map_err(map_error)?;
    let id = tx
        .query_row(
            "SELECT id FROM payments WHERE company_id = ?1 AND billing_code = ?2",
            params![company_id, billing_code],
            |r| r.get(0),
        )
        .optional()
        .map_err(map_error)?
        .ok_or_else(|| StoreError::new(ErrorKind::NotFound, format!("SPT version {spt_id}")))?;
    tx.commit().map_err(map_error)?;
    Ok(id)
}

pub fn set_paid(
    conn: &Connection,
    company_id: i64,
    billing_code: &str,
    ntpn: &str,
    paid_at: i64,
) -> Result<bool> {
    conn.execute(
        "UPDATE payments SET ntpn = ?1, paid_at = ?2 WHERE company_id = ?3 AND billing_code = ?4",
        params![ntpn, paid_at, company_id, billing_code],
    )
    .map(|n| n > 0)
    .map_err(map_error)
}
