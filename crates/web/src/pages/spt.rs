//! The VAT return of a masa: every line with its amounts and the result,
//! its versions, and posting it.

use super::dashboard::{current_masa, MasaQuery};
use super::Page;
use super::{layout, t, Form, Frame};
use crate::api::spt::{post_masa, spt_value, SptPost};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

fn rupiah(value: &serde_json::Value, lang: faktur_core::Lang) -> String {
    super::money(value.as_i64().unwrap_or(0) * 100, lang)
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
        Ok((cref.company.name.clone(), spt_value(&cref, &masa2, lang)?))
    })
    .await;
    let (name, spt) = result??;
    let status = spt["status"].as_str().unwrap_or("draft").to_string();
    let title = format!("SPT Masa PPN {masa}");
    let frame = Frame {
        lang,
        title: &title,
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let body = html! {
        form.inline method="get" action="/spt" {
            label for="masa" { (t(lang, "Masa pajak", "Tax period")) }
            input #masa name="masa" type="month" value=(masa);
            button type="submit" { (t(lang, "Tampilkan", "Show")) }
        }
        dl.facts {
            dt { (t(lang, "Formulir", "Form")) } dd { (spt["form"].as_str().unwrap_or("")) }
            dt { "Status" } dd #spt-status { (status) }
            dt { "PPN" } dd #spt-result { (spt["ppn"]["result"].as_str().unwrap_or("")) " " (rupiah(&spt["ppn"]["amount"], lang)) }
            @if let Some(bpe) = spt["bpe"].as_str() { dt { "BPE" } dd { (bpe) } }
        }
        div.scroll { table #spt-lines {
            thead { tr { th scope="col" { (t(lang, "Baris", "Line")) } th scope="col" { (t(lang, "Uraian", "Description")) }
                th.num scope="col" { "DPP" } th.num scope="col" { (t(lang, "DPP Nilai Lain", "Other tax base")) }
                th.num scope="col" { "PPN" } th.num scope="col" { "PPnBM" } } }
            tbody { @for line in spt["lines"].as_array().into_iter().flatten() { tr {
                th scope="row" { (line["line"].as_str().unwrap_or("")) } td { (line["label"].as_str().unwrap_or("")) }
                td.num { (rupiah(&line["dpp"], lang)) } td.num { (rupiah(&line["dpp_other"], lang)) }
                td.num { (rupiah(&line["ppn"], lang)) } td.num { (rupiah(&line["ppnbm"], lang)) } } } }
        } }
        @if let Ok(m) = faktur_db::parse_masa(&masa) {
            p #lampiran-links { (t(lang, "Lampiran:", "Lampiran:")) " "
                @for name in crate::api::spt::lampiran_names(m) {
                    a href=(format!("/spt/lampiran?masa={masa}&id={name}")) { (name) } " "
                }
            }
        }
        @let action = |path: &str, id: &str, label: &str| html! {
            form.inline method="post" action=(path) {
                (super::csrf_field(&caller))
                input type="hidden" name="masa" value=(masa);
                button type="submit" id=(id) { (label) }
            }
        };
        @if status == "posted" && spt["ppn"]["result"].as_str() == Some("kurang_bayar") {
            (action("/spt/pay", "spt-pay", t(lang, "Bayar (kode billing, NTPN)", "Pay (kode billing, NTPN)")))
        }
        @if matches!(status.as_str(), "posted" | "paid") {
            (action("/spt/file", "spt-file", t(lang, "Laporkan ke otoritas", "File with the authority")))
        }
        @if status == "filed" {
            (action("/spt/amend", "spt-amend", t(lang, "Pembetulan", "Amend (pembetulan)")))
        }
        @if status == "draft" {
            form.card method="post" action="/spt/post" #spt-post-form {
                (super::csrf_field(&caller))
                input type="hidden" name="masa" value=(masa);
                label { input type="checkbox" name="refund" value="true" ; " "
                    (t(lang, "Minta restitusi jika lebih bayar", "Ask for a refund if overpaid")) }
                button type="submit" #spt-post { (t(lang, "Posting SPT", "Post the return")) }
            }
        }
    };
    Ok(layout(&frame, body).into_response())
}

#[derive(Deserialize)]
pub(crate) struct PostForm {
    masa: String,
    #[serde(default)]
    refund: Option<String>,
}

pub(crate) async fn post(State(state): State<AppState>, form: Form<PostForm>) -> Response {
    if let Err(e) = form.caller.require(crate::accounts::Role::Approver) {
        return e.into_response();
    }
    let masa = form.value.masa.clone();
    let refund = form.value.refund.is_some();
    let caller = form.caller.clone();
    let masa2 = masa.clone();
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let post = SptPost {
            refund,
            ..SptPost::default()
        };
        post_masa(&cref, &masa2, &post, &caller.actor())
    })
    .await;
    match result {
        Ok(Ok(_)) => Redirect::to(&format!("/spt?masa={masa}")).into_response(),
        Ok(Err(e)) | Err(e) => e.into_response(),
    }
}

#[derive(Deserialize)]
pub(crate) struct MasaForm {
    masa: String,
}

/// Pay, file or amend from the page; back to the return, or the error.
async fn act(state: AppState, form: Form<MasaForm>, what: &'static str) -> Response {
    if let Err(e) = form.caller.require(crate::accounts::Role::Approver) {
        return e.into_response();
    }
    let masa = form.value.masa.clone();
    let caller = form.caller.clone();
    let masa2 = masa.clone();
    let result = blocking(move || -> Result<(), ApiError> {
        match what {
            "pay" => crate::api::spt::pay_masa(&state, &caller.company, &masa2).map(|_| ()),
            "file" => crate::api::spt::file_masa(&state, &caller.company, &masa2).map(|_| ()),
            _ => {
                let cref = state.companies().get(&caller.company)?;
                crate::api::spt::amend_masa(&cref, &masa2, &SptPost::default(), &caller.actor())
                    .map(|_| ())
            }
        }
    })
    .await;
    match result {
        Ok(Ok(())) => Redirect::to(&format!("/spt?masa={masa}")).into_response(),
        Ok(Err(e)) | Err(e) => e.into_response(),
    }
}

pub(crate) async fn pay(State(state): State<AppState>, form: Form<MasaForm>) -> Response {
    act(state, form, "pay").await
}

pub(crate) async fn file(State(state): State<AppState>, form: Form<MasaForm>) -> Response {
    act(state, form, "file").await
}

pub(crate) async fn amend(State(state): State<AppState>, form: Form<MasaForm>) -> Response {
    act(state, form, "amend").await
}

#[derive(Deserialize)]
pub(crate) struct LampiranQuery {
    masa: String,
    id: String,
}

/// One lampiran: its documents (the first 1,000) and its JUMLAH.
pub(crate) async fn lampiran(
    State(state): State<AppState>,
    Query(query): Query<LampiranQuery>,
    Page { caller, lang }: Page,
) -> Result<Response, ApiError> {
    let (state2, caller2) = (state.clone(), caller.clone());
    let (masa, id) = (query.masa.clone(), query.id.clone());
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        crate::api::spt::lampiran_value(&cref, &masa, &id)
    })
    .await;
    let value = result??;
    let title = format!("Lampiran {} — {}", query.id, query.masa);
    let frame = Frame {
        lang,
        title: &title,
        caller: Some(&caller),
        company_name: None,
    };
    let body = html! {
        p { a href=(format!("/spt?masa={}", query.masa)) { (t(lang, "← Kembali ke SPT", "← Back to the return")) } }
        @if value["truncated"].as_bool() == Some(true) {
            p { (t(lang, "Menampilkan 1.000 dokumen pertama dari", "Showing the first 1,000 documents of")) " " (value["count"]) "." }
        }
        div.scroll { table #lampiran-rows {
            thead { tr { th scope="col" { "No" } th scope="col" { (t(lang, "Nama", "Name")) } th scope="col" { "NPWP" }
                th scope="col" { (t(lang, "Nomor", "Number")) } th scope="col" { (t(lang, "Tanggal", "Date")) }
                th.num scope="col" { "DPP" } th.num scope="col" { "PPN" } th.num scope="col" { "PPnBM" } } }
            tbody { @for (n, row) in value["rows"].as_array().into_iter().flatten().enumerate() { tr {
                td { (n + 1) } td { (row["name"].as_str().unwrap_or("")) } td { (row["npwp"].as_str().unwrap_or("")) }
                td { (row["number"].as_str().unwrap_or("")) } td { (row["date"].as_str().unwrap_or("")) }
                td.num { (rupiah(&row["dpp"], lang)) } td.num { (rupiah(&row["ppn"], lang)) } td.num { (rupiah(&row["ppnbm"], lang)) } } } }
            tfoot { tr { th scope="row" colspan="5" { "JUMLAH (" (value["count"]) ")" }
                td.num #lampiran-dpp { (rupiah(&value["jumlah"]["dpp"], lang)) } td.num { (rupiah(&value["jumlah"]["ppn"], lang)) }
                td.num { (rupiah(&value["jumlah"]["ppnbm"], lang)) } } }
        } }
    };
    Ok(layout(&frame, body).into_response())
}
