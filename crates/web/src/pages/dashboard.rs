//! The dashboard of a masa: output and input totals, what awaits the
//! authority, the sync state, the SPT's state and the coming deadlines.

use super::{layout, money, page_caller, t, Frame};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use faktur_core::Lang;
use faktur_store::spt::Source;
use maud::html;
use serde::Deserialize;
use time::Date;

#[derive(Deserialize, Default)]
pub(crate) struct MasaQuery {
    pub masa: Option<String>,
}

/// The masa shown by default: the current month (WIB).
pub(crate) fn current_masa() -> String {
    faktur_db::today()
        .map(|d| format!("{:04}-{:02}", d.year(), u8::from(d.month())))
        .unwrap_or_else(|_| "2025-01".into())
}

/// The deadlines of a masa's invoices and return: upload by the 15th of
/// the next month (the 20th from June 2025, the authority's rule), the SPT
/// paid and filed by the end of the next month (PMK 81/2024).
fn deadlines(masa: &str, lang: Lang) -> Vec<(String, String)> {
    let Ok(m) = faktur_db::parse_masa(masa) else {
        return Vec::new();
    };
    let text = m.to_string();
    let (year, month) = (
        text[..4].parse::<i32>().unwrap_or(2025),
        text[5..].parse::<u8>().unwrap_or(1),
    );
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let next = time::Month::try_from(nm).unwrap_or(time::Month::January);
    // The authority's own rule (the 15th, or the 20th from June 2025).
    let upload = faktur_authority::rules::upload_deadline(&format!("{text}-01"));
    let end = Date::from_calendar_date(ny, next, next.length(ny)).ok();
    vec![
        (
            t(lang, "Unggah faktur keluaran", "Upload output invoices").to_string(),
            upload.unwrap_or_default(),
        ),
        (
            t(
                lang,
                "Setor kurang bayar dan lapor SPT",
                "Pay and file the SPT",
            )
            .to_string(),
            end.map(|d| d.to_string()).unwrap_or_default(),
        ),
    ]
}

pub(crate) async fn page(
    State(state): State<AppState>,
    Query(query): Query<MasaQuery>,
    mut parts: Parts,
) -> Response {
    let lang = super::lang_of_request(&parts.headers);
    let caller = match page_caller(&mut parts, &state).await {
        Ok(caller) => caller,
        Err(e) if e.code == faktur_core::finding::codes::NOT_FOUND => {
            return Redirect::to("/login").into_response()
        }
        Err(e) => return e.into_response(),
    };
    let masa = query.masa.clone().unwrap_or_else(current_masa);
    let (state2, caller2, masa2) = (state.clone(), caller.clone(), masa.clone());
    let facts = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        let masa = faktur_db::parse_masa(&masa2)?;
        let sums = cref
            .store
            .store()
            .spt_sums(cref.company.id, &masa.to_string())
            .map_err(faktur_db::DbError::from)?;
        let drafts = faktur_db::list_invoices(
            &cref,
            &faktur_store::InvoiceFilter {
                kind: Some("output".into()),
                status: Some("draft".into()),
                limit: Some(1001),
                ..Default::default()
            },
        )?
        .len();
        let sync = faktur_sync::status::status(cref.store.store(), cref.company.id)?;
        let spt = faktur_db::latest_version(&cref, masa)?;
        Ok((cref.company.name.clone(), sums, drafts, sync, spt))
    })
    .await;
    let (name, sums, drafts, sync, spt) = match facts {
        Ok(Ok(facts)) => facts,
        Ok(Err(e)) | Err(e) => return e.into_response(),
    };
    let total = |source: Source| {
        sums.iter()
            .filter(|s| s.source == source)
            .fold((0i64, 0i64, 0i64), |(n, dpp, ppn), s| {
                (n + s.count, dpp + s.tax_base, ppn + s.vat)
            })
    };
    let (out_n, out_dpp, out_ppn) = total(Source::Outputs);
    let (in_n, in_dpp, in_ppn) = total(Source::Inputs);
    let frame = Frame {
        lang,
        title: t(lang, "Dasbor", "Dashboard"),
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let body = html! {
        form.inline method="get" action="/" {
            label for="masa" { (t(lang, "Masa pajak", "Tax period")) }
            input #masa name="masa" type="month" value=(masa);
            button type="submit" { (t(lang, "Tampilkan", "Show")) }
        }
        section.cards aria-label=(t(lang, "Ringkasan masa", "Period summary")) {
            article.card #outputs {
                h2 { (t(lang, "Faktur keluaran disetujui", "Approved output invoices")) }
                p.big { (out_n) }
                p { "DPP " (money(out_dpp, lang)) } p { "PPN " (money(out_ppn, lang)) }
            }
            article.card #inputs {
                h2 { (t(lang, "Faktur masukan dikreditkan", "Input invoices credited")) }
                p.big { (in_n) }
                p { "DPP " (money(in_dpp, lang)) } p { "PPN " (money(in_ppn, lang)) }
            }
            article.card #awaiting {
                h2 { (t(lang, "Menunggu persetujuan", "Awaiting approval")) }
                p.big { (if drafts > 1000 { "1000+".to_string() } else { drafts.to_string() }) }
                p { a href="/invoices?status=draft" { (t(lang, "Lihat draf", "See the drafts")) } }
            }
            article.card #sync {
                h2 { (t(lang, "Sinkronisasi", "Sync")) }
                p { (sync.state.describe(lang)) }
                p { (t(lang, "Antrean", "Outbox")) ": " (sync.outbox.pending) }
            }
            article.card #spt {
                h2 { "SPT " (masa) }
                @match &spt {
                    Some(v) => { p.big { (v.status) } @if let Some(bpe) = &v.bpe { p { "BPE " (bpe) } } }
                    None => { p.big { (t(lang, "belum diposting", "not posted")) } }
                }
                p { a href=(format!("/spt?masa={masa}")) { (t(lang, "Buka SPT", "Open the return")) } }
            }
        }
        section aria-labelledby="deadlines-h" {
            h2 #deadlines-h { (t(lang, "Tenggat", "Deadlines")) }
            table { tbody { @for (what, when) in deadlines(&masa, lang) { tr { th scope="row" { (what) } td { (when) } } } } }
        }
    };
    layout(&frame, body).into_response()
}
