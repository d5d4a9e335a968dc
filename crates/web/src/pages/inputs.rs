//! Input invoices of a masa and where their VAT goes (credited in a masa
//! of the window, kept out, or reported as not creditable), and the export
//! page.

use super::dashboard::{current_masa, MasaQuery};
use super::Page;
use super::{csrf_field, layout, t, Form, Frame};
use crate::accounts::Role;
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use faktur_core::Lang;
use maud::html;
use serde::Deserialize;

fn decision_text(decision: Option<&faktur_store::spt::CreditDecision>, lang: Lang) -> String {
    match decision {
        None => t(lang, "dikreditkan di masanya", "credited in its own masa").to_string(),
        Some(d) => match (&d.masa, d.creditable) {
            (None, _) => t(
                lang,
                "ditahan (tidak di SPT mana pun)",
                "kept out of every return",
            )
            .into(),
            (Some(m), true) => format!("{} {m}", t(lang, "dikreditkan di", "credited in")),
            (Some(m), false) => format!(
                "{} {m}",
                t(
                    lang,
                    "tidak dapat dikreditkan, dilaporkan di",
                    "not creditable, reported in"
                )
            ),
        },
    }
}

pub(crate) async fn page(
    State(state): State<AppState>,
    Query(query): Query<MasaQuery>,
    Page { caller, lang }: Page,
) -> Result<Response, ApiError> {
    let masa = query.masa.clone().unwrap_or_else(current_masa);
    let (state2, caller2, masa2) = (state.clone(), caller.clone(), masa.clone());
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        faktur_db::parse_masa(&masa2)?;
        let filter = faktur_store::InvoiceFilter {
            masa: Some(masa2),
            kind: Some("input".into()),
            limit: Some(500),
            ..Default::default()
        };
        let mut rows = Vec::new();
        for record in faktur_db::list_invoices(&cref, &filter)? {
            let decision = cref
                .store
                .store()
                .credit_of(cref.company.id, record.id)
                .map_err(faktur_db::DbError::from)?;
            rows.push((faktur_db::invoice_json(&record), decision));
        }
        Ok((cref.company.name.clone(), rows))
    })
    .await;
    let (name, rows) = result??;
    let may_decide = caller.role >= Role::Approver;
    let frame = Frame {
        lang,
        title: t(lang, "Faktur masukan", "Input invoices"),
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let body = html! {
        form.inline method="get" action="/inputs" {
            label for="masa" { (t(lang, "Masa faktur", "Invoice period")) }
            input #masa name="masa" type="month" value=(masa);
            button type="submit" { (t(lang, "Tampilkan", "Show")) }
        }
        p { (t(lang, "Faktur masukan datang dari impor (FM, daftar prepopulated, XML QR) dan dari sinkronisasi dengan otoritas.",
               "Input invoices come from imports (FM rows, the prepopulated list, QR XML) and from sync with the authority.")) }
        div.scroll { table #input-list {
            thead { tr { th scope="col" { "ID" } th scope="col" { (t(lang, "Nomor", "Number")) } th scope="col" { (t(lang, "Penjual", "Seller")) }
                th scope="col" { (t(lang, "Tanggal", "Date")) } th.num scope="col" { "PPN" } th scope="col" { "Status" }
                th scope="col" { (t(lang, "Pengkreditan", "Crediting")) } @if may_decide { th scope="col" { "" } } } }
            tbody {
                @for (invoice, decision) in &rows {
                    @let id = invoice.id.clone().unwrap_or_default();
                    tr {
                        td { a href=(format!("/invoices/{id}")) { (id) } }
                        td { (invoice.number.as_deref().unwrap_or("—")) }
                        td { (invoice.seller.as_ref().map(|p| p.name.clone()).unwrap_or_default()) }
                        td { (invoice.date.as_deref().unwrap_or("")) }
                        td.num { (invoice.totals.as_ref().map(|t| t.vat.clone()).unwrap_or_default()) }
                        td { (invoice.status) }
                        td { (decision_text(decision.as_ref(), lang)) }
                        @if may_decide && invoice.status == "approved" {
                            td { form.inline method="post" action="/inputs/credit" {
                                (csrf_field(&caller))
                                input type="hidden" name="id" value=(id);
                                label { span.sr { (t(lang, "Tindakan", "Action")) }
                                    select name="action" {
                                        option value="credit" { (t(lang, "kreditkan di", "credit in")) }
                                        option value="not-creditable" { (t(lang, "tidak dapat dikreditkan", "not creditable")) }
                                        option value="uncredit" { (t(lang, "tahan", "keep out")) }
                                        option value="default" { (t(lang, "bawaan", "default")) }
                                    } }
                                label { span.sr { (t(lang, "Masa", "Period")) } input name="masa" type="month" value=(masa); }
                                button type="submit" { (t(lang, "Simpan", "Save")) }
                            } }
                        } @else if may_decide { td {} }
                    }
                }
                @if rows.is_empty() { tr { td colspan="8" { (t(lang, "Tidak ada faktur masukan di masa ini.", "No input invoices in this period.")) } } }
            }
        } }
    };
    Ok(layout(&frame, body).into_response())
}

#[derive(Deserialize)]
pub(crate) struct CreditForm {
    id: i64,
    action: String,
    #[serde(default)]
    masa: String,
}

pub(crate) async fn credit(State(state): State<AppState>, form: Form<CreditForm>) -> Response {
    let caller = form.caller;
    if let Err(e) = caller.require(Role::Approver) {
        return e.into_response();
    }
    let value = form.value;
    let back = format!("/inputs?masa={}", value.masa);
    let result = blocking(move || -> Result<(), ApiError> {
        let cref = state.companies().get(&caller.company)?;
        faktur_db::show_invoice(&cref, value.id)?;
        let masa = Some(value.masa.as_str())
            .filter(|m| !m.is_empty())
            .map(faktur_db::parse_masa)
            .transpose()?;
        let credit = match (value.action.as_str(), masa) {
            ("credit", Some(masa)) => faktur_db::Credit::In(masa),
            ("credit" | "default", _) => faktur_db::Credit::Default,
            ("not-creditable", masa) => faktur_db::Credit::NotCreditable(masa),
            ("uncredit", _) => faktur_db::Credit::Uncredit,
            (other, _) => return Err(ApiError::body(format!("action {other}"))),
        };
        faktur_db::credit_input(&cref, value.id, credit, &caller.actor())?;
        Ok(())
    })
    .await;
    match result {
        Ok(Ok(())) => Redirect::to(&back).into_response(),
        Ok(Err(e)) | Err(e) => e.into_response(),
    }
}

/// A masa's invoices as a file: the form downloads from `/api/v1/exports`
/// (a GET through the session; nothing changes).
pub(crate) async fn export(Page { caller, lang }: Page) -> Response {
    let frame = Frame {
        lang,
        title: t(lang, "Ekspor", "Export"),
        caller: Some(&caller),
        company_name: None,
    };
    let body = html! {
        form.card #export-form method="get" action="/api/v1/exports" {
            label for="period" { (t(lang, "Masa pajak", "Tax period")) }
            input #period name="period" type="month" value=(current_masa()) required;
            label for="format" { "Format" }
            select #format name="format" {
                option value="efaktur-csv" { "e-Faktur CSV" }
                option value="coretax-xml" { (t(lang, "Coretax XML (zip bila lebih dari 1.000 faktur)", "Coretax XML (zipped over 1,000 invoices)")) }
            }
            label for="kind" { (t(lang, "Jenis", "Kind")) }
            select #kind name="kind" {
                option value="output" { (t(lang, "keluaran", "output")) }
                option value="input" { (t(lang, "masukan", "input")) }
            }
            button type="submit" #export-submit { (t(lang, "Unduh", "Download")) }
        }
    };
    layout(&frame, body).into_response()
}
