//! Invoices: the list (filters, search, keyset pages), one invoice, and
//! the create form whose totals follow the typing (the engine computes
//! them server-side through `/api/v1/calc`: one arithmetic everywhere).

use super::Page;
use super::{layout, t, Frame};
use crate::api::invoices::{page as invoice_page, ListQuery};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use faktur_core::Lang;
use faktur_wire::ComputedInvoice;
use maud::{html, Markup};

fn status_label(status: &str, lang: Lang) -> &'static str {
    match status {
        "draft" => t(lang, "draf", "draft"),
        "approved" => t(lang, "disetujui", "approved"),
        "rejected" => t(lang, "ditolak", "rejected"),
        "cancelled" => t(lang, "dibatalkan", "cancelled"),
        "replaced" => t(lang, "diganti", "replaced"),
        _ => t(lang, "lainnya", "other"),
    }
}

fn opt(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

fn total(invoice: &ComputedInvoice, pick: fn(&faktur_wire::TotalsDto) -> &String) -> String {
    invoice
        .totals
        .as_ref()
        .map(|t| pick(t).clone())
        .unwrap_or_default()
}

fn party_name(invoice: &ComputedInvoice) -> String {
    let party = if invoice.kind == "input" {
        &invoice.seller
    } else {
        &invoice.buyer
    };
    party.as_ref().map(|p| p.name.clone()).unwrap_or_default()
}

pub(crate) async fn list(
    State(state): State<AppState>,
    Query(query): Query<ListQuery>,
    Page { caller, lang }: Page,
) -> Result<Response, ApiError> {
    let (state2, caller2, query2) = (state.clone(), caller.clone(), query.clone());
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        Ok((cref.company.name.clone(), invoice_page(&cref, &query2)?))
    })
    .await;
    let (name, (invoices, next)) = result??;
    let keep = |after: Option<i64>| {
        let mut pairs = vec![];
        for (k, v) in [
            ("period", &query.period),
            ("kind", &query.kind),
            ("status", &query.status),
            ("q", &query.q),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                pairs.push((k.to_string(), v.to_string()));
            }
        }
        if let Some(after) = after {
            pairs.push(("after".into(), after.to_string()));
        }
        format!(
            "/invoices?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    };
    let selected = |value: &Option<String>, option: &str| value.as_deref() == Some(option);
    let frame = Frame {
        lang,
        title: t(lang, "Faktur", "Invoices"),
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let body = html! {
        p { a.button href="/invoices/new" #new-invoice { (t(lang, "Buat faktur", "New invoice")) } }
        form.filters method="get" action="/invoices" role="search" {
            label { (t(lang, "Masa", "Period")) input name="period" type="month" value=[query.period.clone()]; }
            label { (t(lang, "Jenis", "Kind"))
                select name="kind" {
                    option value="" { (t(lang, "semua", "all")) }
                    option value="output" selected[selected(&query.kind, "output")] { (t(lang, "keluaran", "output")) }
                    option value="input" selected[selected(&query.kind, "input")] { (t(lang, "masukan", "input")) }
                }
            }
            label { "Status"
                select name="status" {
                    option value="" { (t(lang, "semua", "all")) }
                    @for s in ["draft", "approved", "rejected", "cancelled", "replaced"] {
                        option value=(s) selected[selected(&query.status, s)] { (status_label(s, lang)) }
                    }
                }
            }
            label { (t(lang, "Cari", "Search")) input name="q" type="search" value=[query.q.clone()]; }
            button type="submit" { (t(lang, "Saring", "Filter")) }
        }
        div.scroll {
            table #invoice-list {
                thead { tr {
                    th scope="col" { "ID" } th scope="col" { (t(lang, "Tanggal", "Date")) }
                    th scope="col" { (t(lang, "Nomor", "Number")) } th scope="col" { (t(lang, "Referensi", "Reference")) }
                    th scope="col" { (t(lang, "Lawan transaksi", "Counterparty")) }
                    th.num scope="col" { "DPP" } th.num scope="col" { "PPN" } th scope="col" { "Status" }
                } }
                tbody {
                    @for i in &invoices {
                        tr {
                            td { a href=(format!("/invoices/{}", i.id.as_deref().unwrap_or(""))) { (i.id.as_deref().unwrap_or("")) } }
                            td { (i.date.as_deref().unwrap_or("")) } td { (i.number.as_deref().unwrap_or("—")) } td { (i.reference.as_deref().unwrap_or("")) }
                            td { (party_name(i)) }
                            td.num { (total(i, |t| &t.tax_base)) } td.num { (total(i, |t| &t.vat)) }
                            td { (status_label(&i.status, lang)) }
                        }
                    }
                    @if invoices.is_empty() { tr { td colspan="8" { (t(lang, "Tidak ada faktur.", "No invoices.")) } } }
                }
            }
        }
        @if let Some(next) = next { p { a href=(keep(Some(next))) rel="next" { (t(lang, "Halaman berikutnya →", "Next page →")) } } }
    };
    Ok(layout(&frame, body).into_response())
}

fn invoice_table(i: &ComputedInvoice, lang: Lang) -> Markup {
    html! {
        dl.facts {
            dt { (t(lang, "Nomor", "Number")) } dd #number { (i.number.as_deref().unwrap_or("—")) }
            dt { "Status" } dd #status { (status_label(&i.status, lang)) }
            dt { (t(lang, "Tanggal", "Date")) } dd { (i.date.as_deref().unwrap_or("")) }
            dt { (t(lang, "Kode transaksi", "Transaction code")) } dd { (i.trx_code) }
            dt { (t(lang, "Referensi", "Reference")) } dd { (i.reference.as_deref().unwrap_or("")) }
            dt { (t(lang, "Penjual", "Seller")) } dd { (i.seller.as_ref().map(|p| format!("{} ({})", p.name, p.tin.as_deref().unwrap_or(""))).unwrap_or_default()) }
            dt { (t(lang, "Pembeli", "Buyer")) } dd { (i.buyer.as_ref().map(|p| format!("{} ({})", p.name, p.tin.as_deref().unwrap_or(""))).unwrap_or_default()) }
        }
        div.scroll { table {
            thead { tr { th scope="col" { (t(lang, "Barang/jasa", "Goods/services")) } th.num scope="col" { (t(lang, "Harga", "Price")) }
                th.num scope="col" { (t(lang, "Jumlah", "Qty")) } th.num scope="col" { "DPP" } th.num scope="col" { (t(lang, "DPP Nilai Lain", "Other tax base")) }
                th.num scope="col" { "PPN" } th.num scope="col" { "PPnBM" } } }
            tbody { @for l in &i.lines { tr { td { (l.line.name) } td.num { (opt(&l.line.price)) } td.num { (l.line.qty) }
                td.num { (opt(&l.tax_base)) } td.num { (opt(&l.other_tax_base)) } td.num { (opt(&l.vat)) } td.num { (opt(&l.stlg)) } } } }
            tfoot { tr { th scope="row" colspan="3" { (t(lang, "Jumlah", "Total")) } td.num #total-dpp { (total(i, |t| &t.tax_base)) }
                td.num { (total(i, |t| &t.other_tax_base)) } td.num #total-ppn { (total(i, |t| &t.vat)) } td.num { (total(i, |t| &t.stlg)) } } }
        } }
    }
}

pub(crate) async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Page { caller, lang }: Page,
) -> Result<Response, ApiError> {
    let Ok(id) = id.parse::<i64>() else {
        return Err(ApiError::not_found(id));
    };
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        Ok((
            cref.company.name.clone(),
            faktur_db::invoice_json(&faktur_db::show_invoice(&cref, id)?),
        ))
    })
    .await;
    let (name, invoice) = result??;
    let title = format!("{} {id}", t(lang, "Faktur", "Invoice"));
    let frame = Frame {
        lang,
        title: &title,
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let correctable = invoice.kind == "output"
        && invoice.status == "approved"
        && caller.role >= crate::accounts::Role::Approver;
    let body = html! {
        (invoice_table(&invoice, lang))
        @if invoice.status == "draft" && caller.role >= crate::accounts::Role::Maker && invoice.lines.len() == 1 {
            p { a.button href=(format!("/invoices/new?edit={id}")) #edit { (t(lang, "Ubah draf", "Edit the draft")) } }
        }
        @if invoice.kind == "input" && invoice.status == "approved" && caller.role >= crate::accounts::Role::Approver {
            form.card #retur-form method="post" action=(format!("/invoices/{id}/retur")) {
                h2 { (t(lang, "Nota retur", "Nota retur")) }
                (super::csrf_field(&caller))
                label for="r-number" { (t(lang, "Nomor nota retur", "Nota retur number")) }
                input #r-number name="number" required maxlength="100";
                label for="r-date" { (t(lang, "Tanggal", "Date")) }
                input #r-date name="date" type="date" required;
                label for="r-dpp" { (t(lang, "DPP dikembalikan", "DPP returned")) }
                input #r-dpp name="tax_base" inputmode="decimal" required;
                label for="r-ppn" { (t(lang, "PPN dikembalikan", "PPN returned")) }
                input #r-ppn name="vat" inputmode="decimal" required;
                label for="r-ppnbm" { (t(lang, "PPnBM dikembalikan", "PPnBM returned")) }
                input #r-ppnbm name="stlg" inputmode="decimal" value="0";
                button type="submit" #retur { (t(lang, "Catat nota retur", "Record the nota retur")) }
            }
        }
        @if correctable {
            div.actions {
                a.button href=(format!("/invoices/new?replaces={id}")) #replace { (t(lang, "Buat faktur pengganti", "Make a replacement")) }
                form.inline method="post" action=(format!("/invoices/{id}/cancel")) {
                    (super::csrf_field(&caller))
                    button type="submit" #cancel { (t(lang, "Batalkan faktur", "Cancel the invoice")) }
                }
            }
        }
    };
    Ok(layout(&frame, body).into_response())
}

#[derive(serde::Deserialize, Default)]
pub(crate) struct NewQuery {
    replaces: Option<i64>,
    edit: Option<i64>,
}

pub(crate) async fn new(
    Query(query): Query<NewQuery>,
    Page { caller, lang }: Page,
) -> Result<Response, ApiError> {
    let today = faktur_db::today()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let frame = Frame {
        lang,
        title: t(lang, "Faktur keluaran baru", "New output invoice"),
        caller: Some(&caller),
        company_name: None,
    };
    let body = html! {
        @if let Some(original) = query.replaces {
            p.lead { (t(lang, "Faktur pengganti untuk faktur", "Replacement for invoice")) " " a href=(format!("/invoices/{original}")) { (original) } }
        }
        form #invoice-form.card data-lang=(match lang { Lang::Id => "id", Lang::En => "en" })
            data-save=(match (query.edit, query.replaces) {
                (Some(id), _) => format!("/api/v1/invoices/{id}"),
                (None, Some(id)) => format!("/api/v1/invoices/{id}/replace"),
                (None, None) => "/api/v1/invoices".to_string(),
            })
            data-method=(if query.edit.is_some() { "PUT" } else { "POST" })
            data-load=[query.edit.map(|id| format!("/api/v1/invoices/{id}"))] {
            fieldset {
                legend { (t(lang, "Faktur", "Invoice")) }
                label for="date" { (t(lang, "Tanggal", "Date")) }
                input #date name="date" type="date" value=(today) required;
                label for="trx_code" { (t(lang, "Kode transaksi", "Transaction code")) }
                select #trx_code name="trx_code" {
                    @for code in ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"] {
                        option value=(code) selected[code == "04"] { (code) }
                    }
                }
                label for="reference" { (t(lang, "Referensi", "Reference")) }
                input #reference name="reference" type="text" maxlength="100";
            }
            fieldset {
                legend { (t(lang, "Pembeli", "Buyer")) }
                label for="buyer_tin" { "NPWP" }
                input #buyer_tin name="buyer_tin" type="text" inputmode="numeric" maxlength="16" required;
                label for="buyer_name" { (t(lang, "Nama", "Name")) }
                input #buyer_name name="buyer_name" type="text" required;
                label for="buyer_address" { (t(lang, "Alamat", "Address")) }
                input #buyer_address name="buyer_address" type="text";
            }
            fieldset {
                legend { (t(lang, "Barang atau jasa", "Goods or services")) }
                label for="line_name" { (t(lang, "Nama", "Name")) }
                input #line_name name="line_name" type="text" required;
                label for="line_price" { (t(lang, "Harga satuan", "Unit price")) }
                input #line_price name="line_price" type="text" inputmode="decimal" value="0";
                label for="line_qty" { (t(lang, "Jumlah", "Quantity")) }
                input #line_qty name="line_qty" type="text" inputmode="decimal" value="1";
                label for="line_discount" { (t(lang, "Potongan", "Discount")) }
                input #line_discount name="line_discount" type="text" inputmode="decimal" value="0";
            }
            section #live aria-live="polite" aria-labelledby="live-h" {
                h2 #live-h { (t(lang, "Dihitung", "Computed")) }
                dl.facts {
                    dt { "DPP" } dd #live-dpp { "0" }
                    dt { (t(lang, "DPP Nilai Lain", "Other tax base")) } dd #live-dpp-other { "0" }
                    dt { "PPN" } dd #live-ppn { "0" }
                    dt { "PPnBM" } dd #live-ppnbm { "0" }
                }
                ul #live-findings {}
            }
            button type="submit" #save { (t(lang, "Simpan", "Save")) }
        }
        script src="/assets/app.js" defer {}
    };
    Ok(layout(&frame, body).into_response())
}

pub(crate) async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: super::Form<super::Nothing>,
) -> Response {
    let caller = form.caller;
    let result = blocking(move || -> Result<(), ApiError> {
        caller.require(crate::accounts::Role::Approver)?;
        let cref = state.companies().get(&caller.company)?;
        faktur_sync::corrections::cancel_invoice(&cref, id)?;
        Ok(())
    })
    .await;
    match result {
        Ok(Ok(())) => axum::response::Redirect::to(&format!("/invoices/{id}")).into_response(),
        Ok(Err(e)) | Err(e) => e.into_response(),
    }
}

#[derive(serde::Deserialize)]
pub(crate) struct ReturForm {
    number: String,
    date: String,
    tax_base: String,
    vat: String,
    #[serde(default)]
    stlg: Option<String>,
}

pub(crate) async fn retur(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    form: super::Form<ReturForm>,
) -> Result<Response, ApiError> {
    let (caller, value) = (form.caller, form.value);
    caller.require(crate::accounts::Role::Approver)?;
    let body = serde_json::json!({
        "number": value.number, "date": value.date, "tax_base": value.tax_base,
        "vat": value.vat, "stlg": value.stlg.filter(|s| !s.trim().is_empty()),
    });
    blocking(move || -> Result<(), ApiError> {
        let cref = state.companies().get(&caller.company)?;
        faktur_db::retur_input(&cref, id, body.to_string().as_bytes(), &caller.actor())?;
        Ok(())
    })
    .await??;
    Ok(axum::response::Redirect::to(&format!("/invoices/{id}")).into_response())
}
