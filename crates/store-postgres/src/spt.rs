//! The masa's sums for the VAT return and the crediting decisions.

use crate::invoices::begin_company;
use crate::map_error;
use faktur_store::model::Value;
use faktur_store::spt::{sums_sql, CreditDecision, SptSum};
use faktur_store::{ErrorKind, Result, StoreError};
use postgres::Client;

pub fn set_credit(
    client: &mut Client,
    company_id: i64,
    invoice_id: i64,
    decision: Option<&CreditDecision>,
) -> Result<bool> {
    let mut tx = begin_company(client, company_id)?;
    let input = tx
        .query_opt(
            "SELECT 1 FROM invoices WHERE id = $1 AND company_id = $2 AND kind = 'input'",
            &[&invoice_id, &company_id],
        )
        .map_err(map_error)?
        .is_some();
    if !input {
        return Ok(false);
    }
    match decision {
        None => tx.execute(
            "DELETE FROM input_credits WHERE invoice_id = $1",
            &[&invoice_id],
        ),
        Some(d) => tx.execute(
            "INSERT INTO input_credits (invoice_id, company_id, masa, creditable, decided_by, decided_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (invoice_id) DO UPDATE SET masa = excluded.masa,
               creditable = excluded.creditable, decided_by = excluded.decided_by,
               decided_at = excluded.decided_at",
            &[
                &invoice_id,
                &company_id,
                &d.masa,
                &i64::from(d.creditable),
                &d.decided_by,
                &d.decided_at,
            ],
        ),
    }
    .map_err(map_error)?;
    tx.commit().map_err(map_error)?;
    Ok(true)
}

pub fn credit_of(
    client: &mut Client,
    company_id: i64,
    invoice_id: i64,
) -> Result<Option<CreditDecision>> {
    let row = client
        .query_opt(
            "SELECT masa, creditable, decided_by, decided_at FROM input_credits
             WHERE invoice_id = $1 AND company_id = $2",
            &[&invoice_id, &company_id],
        )
        .map_err(map_error)?;
    Ok(row.map(|r| CreditDecision {
        masa: r.get(0),
        creditable: r.get::<_, i64>(1) != 0,
        decided_by: r.get(2),
        decided_at: r.get(3),
    }))
}

pub fn sums(client: &mut Client, company_id: i64, masa: &str) -> Result<Vec<SptSum>> {
    let rows = client
        .query(sums_sql('$').as_str(), &[&company_id, &masa])
        .map_err(map_error)?;
    rows.iter()
        .map(|row| {
            let values = vec![
                Value::Text(row.get(0)),
                Value::Text(row.get(1)),
                Value::Int(row.get(2)),
                Value::Int(row.get(3)),
                Value::Int(row.get(4)),
                Value::Int(row.get(5)),
                Value::Int(row.get(6)),
                Value::Int(row.get(7)),
            ];
            SptSum::from_row(&values).ok_or_else(|| {
                StoreError::new(ErrorKind::Other, format!("unreadable sum row {values:?}"))
            })
        })
        .collect()
}

pub fn insert_version(
    client: &mut Client,
    company_id: i64,
    v: &faktur_store::spt::NewSptVersion,
) -> Result<i64> {
    let mut tx = begin_company(client, company_id)?;
    let row = tx
        .query_one(
            "INSERT INTO spt_versions (company_id, masa, revision, status, form, data_json, result, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[
                &company_id,
                &v.masa,
                &v.revision,
                &v.status,
                &v.form,
                &v.data_json,
                &v.result,
                &faktur_store::now_ms(),
            ],
        )
        .map_err(map_error)?;
    tx.commit().map_err(map_error)?;
    Ok(row.get(0))
}

pub fn set_status(
    client: &mut Client,
    company_id: i64,
    id: i64,
    status: &str,
    filed: Option<(&str, i64)>,
) -> Result<bool> {
    let (bpe, filed_at) = filed.unzip();
    client
        .execute(
            "UPDATE spt_versions SET status = $1, bpe = COALESCE($2, bpe), filed_at = COALESCE($3, filed_at)
             WHERE id = $4 AND company_id = $5",
            &[&status, &bpe, &filed_at, &id, &company_id],
        )
        .map(|n| n > 0)
        .map_err(map_error)
}

pub fn insert_payment(
    client: &mut Client,
    company_id: i64,
    spt_id: i64,
    billing_code: &str,
    amount: i64,
) -> Result<i64> {
    let mut tx = begin_company(client, company_id)?;
    tx.execute(
        "INSERT INTO payments (company_id, spt_id, billing_code, amount, created_at)
         SELECT $1, $2, $3, $4, $5 WHERE EXISTS
           (SELECT 1 FROM spt_versions WHERE id = $2 AND company_id = $1)
         ON CONFLICT (company_id, billing_code) DO NOTHING",
        &[
            &company_id,
            &spt_id,
            &billing_code,
            &amount,
            &faktur_store::now_ms(),
        ],
    )
    .map_err(map_error)?;
    let id = tx
        .query_opt(
            "SELECT id FROM payments WHERE company_id = $1 AND billing_code = $2",
            &[&company_id, &billing_code],
        )
        .map_err(map_error)?
        .map(|r| r.get(0))
        .ok_or_else(|| StoreError::new(ErrorKind::NotFound, format!("SPT version {spt_id}")))?;
    tx.commit().map_err(map_error)?;
    Ok(id)
}

pub fn set_paid(
    client: &mut Client,
    company_id: i64,
    billing_code: &str,
    ntpn: &str,
    paid_at: i64,
) -> Result<bool> {
    client
        .execute(
            "UPDATE payments SET ntpn = $1, paid_at = $2 WHERE company_id = $3 AND billing_code = $4",
            &[&ntpn, &paid_at, &company_id, &billing_code],
        )
        .map(|n| n > 0)
        .map_err(map_error)
}
