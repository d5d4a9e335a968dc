//! Invoices: list, show, create, and the live calculation of a draft.

use crate::accounts::Role;
use crate::auth::Caller;
use crate::state::{blocking, quick, AppState};
use crate::ApiError;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use faktur_core::invoice::Context;
use faktur_store::InvoiceFilter;
use faktur_wire::ComputedInvoice;
use serde::Deserialize;
use serde_json::{json, Value};

/// The list's filters and page.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListQuery {
    pub period: Option<String>,
    pub kind: Option<String>,
    pub status: Option<String>,
    /// Words found in the reference, the number or the other party's name
    /// or NPWP (case-insensitive).
    pub q: Option<String>,
    pub after: Option<i64>,
    pub limit: Option<i64>,
}

/// The largest page.
pub(crate) const MAX_PAGE: i64 = 500;

fn matches(invoice: &ComputedInvoice, words: &[String]) -> bool {
    let party = |p: &Option<faktur_wire::PartyDto>| {
        p.as_ref()
            .map(|p| format!("{} {}", p.name, p.tin.as_deref().unwrap_or("")))
            .unwrap_or_default()
    };
    let text = format!(
        "{} {} {} {}",
        invoice.reference.as_deref().unwrap_or(""),
        invoice.number.as_deref().unwrap_or(""),
        party(&invoice.buyer),
        party(&invoice.seller)
    )
    .to_lowercase();
    words.iter().all(|w| text.contains(w.as_str()))
}

/// A page of invoices and the `after` of the next page (keyset: ids
/// ascending). A search reads on through the books page by page until the
/// page is full, so memory stays flat however many invoices there are.
pub(crate) fn page(
    cref: &faktur_db::CompanyRef,
    query: &ListQuery,
) -> Result<(Vec<ComputedInvoice>, Option<i64>), ApiError> {
    let limit = query.limit.unwrap_or(50).clamp(1, MAX_PAGE);
    let words: Vec<String> = query
        .q
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let mut filter = InvoiceFilter {
        masa: query.period.clone().filter(|p| !p.is_empty()),
        kind: query.kind.clone().filter(|k| !k.is_empty()),
        status: query.status.clone().filter(|s| !s.is_empty()),
        after_id: query.after,
        limit: Some(if words.is_empty() {
            limit + 1
        } else {
            MAX_PAGE
        }),
    };
    let mut out = Vec::new();
    loop {
        let records = faktur_db::list_invoices(cref, &filter)?;
        let exhausted = (records.len() as i64) < filter.limit.unwrap_or(0);
        for record in &records {
            filter.after_id = Some(record.id);
            let invoice = faktur_db::invoice_json(record);
            if words.is_empty() || matches(&invoice, &words) {
                out.push(invoice);
                if out.len() as i64 > limit {
                    out.pop();
                    let next = out.last().and_then(|i| i.id.as_deref()?.parse().ok());
                    return Ok((out, next));
                }
            }
        }
        if exhausted {
            return Ok((out, None));
        }
    }
}

pub(crate) async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Viewer)?;
    let (invoices, next) = blocking(move || {
        let cref = state.companies().get(&caller.company)?;
        page(&cref, &query)
    })
    .await??;
    Ok(Json(json!({ "invoices": invoices, "next_after": next })))
}

pub(crate) async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    caller.require(Role::Viewer)?;
    let id = parse_id(&id)?;
    let state2 = state.clone();
    let bytes = quick(&state, move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller.company)?;
        // Read the version first: an answer kept at it is still exact.
        let version = cref
            .store
            .sqlite()
            .and_then(|s| s.data_version().ok().flatten());
        if let Some(kept) = version.and_then(|v| state2.answers().get(&caller.company, id, v)) {
            return Ok(kept);
        }
        let invoice = faktur_db::invoice_json(&faktur_db::show_invoice(&cref, id)?);
        let bytes = Bytes::from(serde_json::to_vec(&invoice).map_err(ApiError::internal)?);
        if let Some(version) = version {
            state2
                .answers()
                .put(&caller.company, id, version, bytes.clone());
        }
        Ok(bytes)
    })
    .await??;
    Ok(([(header::CONTENT_TYPE, "application/json")], bytes).into_response())
}

/// The answer to a draft that was refused: 422 with every finding.
fn refused(invoice: &ComputedInvoice) -> ApiError {
    let first = invoice
        .findings
        .iter()
        .find(|f| f.severity == "error")
        .map_or("FKT-2001", |f| f.code.as_str());
    ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: first.to_string(),
        details: invoice
            .findings
            .iter()
            .filter_map(|f| serde_json::to_value(f).ok())
            .collect(),
    }
}

/// Creating, replacing and editing: the draft computed as the company
/// stores it, `work` storing it; a refused draft answers 422 with every
/// finding.
async fn store_draft(
    state: AppState,
    caller: Caller,
    headers: &HeaderMap,
    body: Bytes,
    work: impl FnOnce(
            &faktur_db::CompanyRef,
            &[u8],
            &Context,
            faktur_core::Lang,
            &str,
        ) -> Result<faktur_db::CreateOutcome, faktur_db::DbError>
        + Send
        + 'static,
) -> Result<ComputedInvoice, ApiError> {
    let lang = crate::error::lang_of(headers);
    let outcome = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let context = Context {
            today: Some(faktur_db::today()?),
        };
        Ok(work(&cref, &body, &context, lang, &caller.actor())?)
    })
    .await??;
    if !outcome.stored {
        return Err(refused(&outcome.invoice));
    }
    Ok(outcome.invoice)
}

fn parse_id(id: &str) -> Result<i64, ApiError> {
    id.parse().map_err(|_| ApiError::not_found(id))
}

pub(crate) async fn create(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<ComputedInvoice>), ApiError> {
    caller.require(Role::Maker)?;
    let invoice = store_draft(state, caller, &headers, body, faktur_db::create_invoices).await?;
    Ok((StatusCode::CREATED, Json(invoice)))
}

/// Computes a draft as the company would store it; findings included,
/// nothing stored. Answers 200 even for a refused draft: the form shows
/// the findings as the user types.
pub(crate) async fn calc(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<ComputedInvoice>, ApiError> {
    caller.require(Role::Viewer)?;
    let lang = crate::error::lang_of(&headers);
    let invoice = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let party = faktur_db::company_party(&cref);
        let context = Context {
            today: Some(faktur_db::today()?),
        };
        faktur_wire::calculate_json(&body, Some(&party), &context, lang)
            .map(|outcome| outcome.invoice)
            .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, e.code, e.to_string()))
    })
    .await??;
    Ok(Json(invoice))
}

/// A replacement of an approved output invoice (201), or 422 with every
/// finding of the replacing draft.
pub(crate) async fn replace(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<ComputedInvoice>), ApiError> {
    caller.require(Role::Approver)?;
    let id = parse_id(&id)?;
    let invoice = store_draft(
        state,
        caller,
        &headers,
        body,
        move |cref, json, context, lang, actor| {
            faktur_db::replace_invoice(cref, id, json, context, lang, actor)
        },
    )
    .await?;
    Ok((StatusCode::CREATED, Json(invoice)))
}

/// Queues the cancellation of an approved output invoice (202: the
/// authority answers through the next sync round).
pub(crate) async fn cancel(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<ComputedInvoice>), ApiError> {
    caller.require(Role::Approver)?;
    let id = parse_id(&id)?;
    let invoice = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let record = faktur_sync::corrections::cancel_invoice(&cref, id)?;
        Ok(faktur_db::invoice_json(&record))
    })
    .await??;
    Ok((StatusCode::ACCEPTED, Json(invoice)))
}

/// Edits a draft not yet queued for the authority (200), or 422 with every
/// finding; FKT-4012 for anything else.
pub(crate) async fn edit(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<ComputedInvoice>, ApiError> {
    caller.require(Role::Maker)?;
    let id = parse_id(&id)?;
    let invoice = store_draft(
        state,
        caller,
        &headers,
        body,
        move |cref, json, context, lang, actor| {
            faktur_db::edit_invoice(cref, id, json, context, lang, actor)
        },
    )
    .await?;
    Ok(Json(invoice))
}

/// A nota retur against an approved input invoice (201); sync registers it.
pub(crate) async fn retur(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    caller.require(Role::Approver)?;
    let id = parse_id(&id)?;
    let retur = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        Ok(faktur_db::retur_input(&cref, id, &body, &caller.actor())?)
    })
    .await??;
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "invoice": retur.invoice_number, "number": retur.number, "date": retur.date,
            "masa": retur.masa, "tax_base": faktur_db::amount_text(retur.tax_base, "coretax"),
            "vat": faktur_db::amount_text(retur.vat, "coretax"),
            "stlg": faktur_db::amount_text(retur.stlg, "coretax"), "status": retur.status,
        })),
    ))
}
