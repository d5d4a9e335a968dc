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
