//! Importing a file from the browser: a multipart upload streamed to a
//! temporary file (the form's token checked first), imported by the same
//! pipeline as `faktur import`, the report shown row by row and offered as
//! CSV.

use super::{check_csrf, layout, page_caller, t, Frame};
use crate::api::files::{import_upload, ImportQuery};
use crate::auth::Caller;
use crate::state::AppState;
use crate::ApiError;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::response::{IntoResponse, Response};
use faktur_core::finding::codes;
use faktur_core::Lang;
use maud::{html, Markup};
use serde_json::Value;
use std::io::Write;

fn form(caller: &Caller, lang: Lang) -> Markup {
    html! {
        form.card #import-form method="post" action="/import" enctype="multipart/form-data" {
            (super::csrf_field(caller))
            label for="file" { (t(lang, "Berkas (e-Faktur CSV, Coretax XML/Excel, XML QR, daftar prepopulated)",
                                 "File (e-Faktur CSV, Coretax XML/Excel, QR XML, prepopulated list)")) }
            input #file name="file" type="file" required;
            label for="format" { "Format" }
            select #format name="format" {
                option value="auto" { (t(lang, "kenali otomatis", "detect")) }
                @for f in ["efaktur-csv", "coretax-xml", "coretax-xlsx", "qr-xml", "prepopulated-csv"] { option value=(f) { (f) } }
            }
            label { input type="checkbox" name="dry_run" value="true" ; " " (t(lang, "Uji saja (tidak menyimpan)", "Dry run (store nothing)")) }
            label { input type="checkbox" name="partial" value="true" ; " " (t(lang, "Simpan yang sah saja", "Store the valid invoices only")) }
            button type="submit" #import-submit { (t(lang, "Impor", "Import")) }
            progress #upload-progress hidden aria-label=(t(lang, "Unggahan", "Upload")) {}
        }
        script src="/assets/app.js" defer {}
    }
}

pub(crate) async fn page(super::Page { caller, lang }: super::Page) -> Response {
    let frame = Frame {
        lang,
        title: t(lang, "Impor", "Import"),
        caller: Some(&caller),
        company_name: None,
    };
    layout(&frame, form(&caller, lang)).into_response()
}

fn report_csv(report: &Value) -> String {
    let mut out = String::from("line,column,code,severity,reference,message\n");
    let cell = |text: &str| {
        // Quoted, and a leading formula character neutralised so that a
        // spreadsheet never runs a file's text.
        let text = if text.starts_with(['=', '+', '-', '@']) {
            format!("'{text}")
        } else {
            text.to_string()
        };
        format!("\"{}\"", text.replace('"', "\"\""))
    };
    for p in report["problems"].as_array().into_iter().flatten() {
        out.push_str(&format!(
            "{},{},{},{},{},{}\n",
            p["line"],
            p["column"],
            cell(p["code"].as_str().unwrap_or("")),
            cell(p["severity"].as_str().unwrap_or("")),
            cell(p["reference"].as_str().unwrap_or("")),
            cell(p["message"].as_str().unwrap_or("")),
        ));
    }
    out
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn report(report: &Value, lang: Lang) -> Markup {
    let committed = report["committed"].as_bool().unwrap_or(false);
    let problems = report["problems"].as_array().cloned().unwrap_or_default();
    html! {
        div class=(if problems.iter().any(|p| p["severity"] == "error") { "error" } else { "ok" }) role="status" #import-summary {
            (t(lang, "Faktur dibaca", "Invoices read")) ": " (report["invoices"]) ", "
            (t(lang, "diterima", "accepted")) ": " (report["accepted"]) ", "
            (t(lang, "ditolak", "refused")) ": " (report["rejected"]) ", "
            (t(lang, "disimpan", "stored")) ": " (report["stored"])
            @if !committed { " — " (t(lang, "tidak ada yang disimpan", "nothing was stored")) }
        }
        @if !problems.is_empty() {
            p { a download="import-report.csv" href=(format!("data:text/csv;charset=utf-8,{}", percent_encode(&report_csv(report)))) #report-download {
                (t(lang, "Unduh laporan (CSV)", "Download the report (CSV)")) } }
            div.scroll { table #import-problems {
                thead { tr { th scope="col" { (t(lang, "Baris", "Line")) } th scope="col" { (t(lang, "Kolom", "Column")) }
                    th scope="col" { (t(lang, "Kode", "Code")) } th scope="col" { (t(lang, "Referensi", "Reference")) } th scope="col" { (t(lang, "Pesan", "Message")) } } }
                tbody { @for p in &problems { tr class=(p["severity"].as_str().unwrap_or("")) {
                    td { (p["line"]) } td { (p["column"]) }
                    td { a href=(format!("/explain/{}", p["code"].as_str().unwrap_or(""))) { (p["code"].as_str().unwrap_or("")) } }
                    td { (p["reference"].as_str().unwrap_or("")) } td { (p["message"].as_str().unwrap_or("")) } } } }
            } }
        }
    }
}

pub(crate) async fn read_upload(
    mut multipart: Multipart,
    limit: usize,
    caller: &Caller,
) -> Result<(tempfile::NamedTempFile, ImportQuery), ApiError> {
    let mut csrf = String::new();
    let mut query = ImportQuery::default();
    let mut file = None;
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(|e| ApiError::body(e.body_text()))?
    {
        match field.name().unwrap_or("") {
            "csrf" => {
                csrf = field
                    .text()
                    .await
                    .map_err(|e| ApiError::body(e.body_text()))?
            }
            "format" => {
                query.format = Some(
                    field
                        .text()
                        .await
                        .map_err(|e| ApiError::body(e.body_text()))?,
                )
            }
            "dry_run" => query.dry_run = Some(true),
            "partial" => query.partial = Some(true),
            "file" => {
                // The token comes first in the form: nothing is spooled for
                // a forged request.
                check_csrf(caller, &csrf)?;
                let mut spool = tempfile::NamedTempFile::new().map_err(ApiError::internal)?;
                let mut total = 0usize;
                while let Some(chunk) = field
                    .chunk()
                    .await
                    .map_err(|e| ApiError::body(e.body_text()))?
                {
                    total += chunk.len();
                    if total > limit {
                        return Err(ApiError::new(
                            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
                            codes::TOO_LARGE,
                            format!("over {} MB", limit >> 20),
                        ));
                    }
                    spool.write_all(&chunk).map_err(ApiError::internal)?;
                }
                file = Some(spool);
            }
            _ => {}
        }
    }
    let file = file.ok_or_else(|| ApiError::body("file"))?;
    Ok((file, query))
}

pub(crate) async fn submit(State(state): State<AppState>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let lang = super::lang_of_request(&parts.headers);
    let caller = match page_caller(&mut parts, &state).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let request = Request::from_parts(parts, body);
    let multipart = match Multipart::from_request(request, &state).await {
        Ok(m) => m,
        Err(e) => return ApiError::body(e.body_text()).into_response(),
    };
    let limit = state.config().limits.upload_bytes;
    let outcome = match read_upload(multipart, limit, &caller).await {
        Ok((file, query)) => import_upload(&state, &caller, file, &query, lang).await,
        Err(e) => Err(e),
    };
    let value = match outcome {
        Ok(value) => value,
        Err(e) => return e.into_response(),
    };
    let frame = Frame {
        lang,
        title: t(lang, "Hasil impor", "Import report"),
        caller: Some(&caller),
        company_name: None,
    };
    layout(
        &frame,
        html! { (report(&value, lang)) (form(&caller, lang)) },
    )
    .into_response()
}
