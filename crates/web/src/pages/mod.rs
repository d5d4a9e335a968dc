//! Server-rendered pages (maud: every value is escaped unless marked
//! otherwise), Indonesian by default and English on request, built for a
//! laptop and a phone: one column under 48em, labelled fields, a skip link,
//! landmarks, and no page that needs script to read (script only adds the
//! invoice form's live totals).
//!
//! Forms post with the session's CSRF token in a hidden field (`Form`);
//! the pages call the same services as the API.

mod admin;
mod dashboard;
mod import;
mod inputs;
mod invoices;
mod login;
mod spt;

use crate::auth::Caller;
use crate::error::{message, ApiError};
use crate::state::AppState;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use faktur_core::finding::codes;
use faktur_core::Lang;
use maud::{html, Markup, DOCTYPE};

/// The language cookie's name (set by `?lang=`).
const LANG_COOKIE: &str = "faktur_lang";

/// The page routes.
pub(crate) fn router(upload_limit: usize) -> Router<AppState> {
    Router::new()
        .route("/", get(dashboard::page))
        .route("/login", get(login::page).post(login::submit))
        .route("/logout", post(login::sign_out))
        .route("/company", post(login::choose_company))
        .route("/invoices", get(invoices::list))
        .route("/invoices/new", get(invoices::new))
        .route("/invoices/{id}", get(invoices::show))
        .route("/invoices/{id}/cancel", post(invoices::cancel))
        .route("/invoices/{id}/retur", post(invoices::retur))
        .route(
            "/import",
            get(import::page)
                .post(import::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    upload_limit + 64 * 1024,
                )),
        )
        .route("/inputs", get(inputs::page))
        .route("/inputs/credit", post(inputs::credit))
        .route("/export", get(inputs::export))
        .route("/spt", get(spt::page))
        .route("/spt/post", post(spt::post))
        .route("/spt/lampiran", get(spt::lampiran))
        .route("/spt/pay", post(spt::pay))
        .route("/spt/file", post(spt::file))
        .route("/spt/amend", post(spt::amend))
        .route("/admin", get(admin::page))
        .route("/admin/members", post(admin::add_member))
        .route("/admin/tokens", post(admin::create_token))
        .route("/admin/tokens/revoke", post(admin::revoke_token))
        .route("/admin/sync", post(admin::sync_now))
        .route("/admin/doctor", post(admin::doctor_fix))
        .route("/admin/check", post(admin::db_check))
        .route(
            "/admin/restore",
            post(admin::restore).layer(axum::extract::DefaultBodyLimit::max(
                upload_limit + 64 * 1024,
            )),
        )
        .route("/lang/{lang}", get(set_lang))
        .route("/explain/{code}", get(login::explain))
        .route("/assets/app.css", get(css))
        .route("/assets/app.js", get(js))
}

async fn css() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../../assets/app.css"),
    )
        .into_response()
}

async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../../assets/app.js"),
    )
        .into_response()
}

async fn set_lang(axum::extract::Path(lang): axum::extract::Path<String>) -> Response {
    let lang = if lang == "en" { "en" } else { "id" };
    (
        [(
            header::SET_COOKIE,
            format!("{LANG_COOKIE}={lang}; Path=/; SameSite=Lax; Max-Age=31536000"),
        )],
        Redirect::to("/"),
    )
        .into_response()
}

/// The page language: the `faktur_lang` cookie, else `Accept-Language`.
pub(crate) fn lang_of_request(headers: &HeaderMap) -> Lang {
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .map(|(_, v)| v.to_string());
    match cookie.as_deref() {
        Some("en") => Lang::En,
        Some("id") => Lang::Id,
        _ => crate::error::lang_of(headers),
    }
}

/// Indonesian or English.
pub(crate) fn t(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Rupiah with the language's grouping (sen when there are any).
pub(crate) fn money(sen: i64, lang: Lang) -> String {
    let (sep, dec) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let negative = sen < 0;
    let abs = sen.unsigned_abs();
    let digits = (abs / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let cents = abs % 100;
    let sign = if negative { "-" } else { "" };
    if cents == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{dec}{cents:02}")
    }
}

/// What the layout knows of the caller.
pub(crate) struct Frame<'a> {
    pub lang: Lang,
    pub title: &'a str,
    pub caller: Option<&'a Caller>,
    pub company_name: Option<&'a str>,
}

/// The page around `body`.
pub(crate) fn layout(frame: &Frame<'_>, body: Markup) -> Markup {
    let lang = frame.lang;
    let nav = [
        ("/", t(lang, "Dasbor", "Dashboard")),
        ("/invoices", t(lang, "Faktur", "Invoices")),
        ("/inputs", t(lang, "Faktur masukan", "Input invoices")),
        ("/import", t(lang, "Impor", "Import")),
        ("/export", t(lang, "Ekspor", "Export")),
        ("/spt", t(lang, "SPT Masa PPN", "VAT return")),
        ("/admin", t(lang, "Administrasi", "Administration")),
    ];
    html! {
        (DOCTYPE)
        html lang=(match lang { Lang::Id => "id", Lang::En => "en" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                @if let Some(csrf) = frame.caller.and_then(Caller::csrf) {
                    meta name="csrf-token" content=(csrf);
                }
                title { (frame.title) " · OpenFaktur" }
                link rel="stylesheet" href="/assets/app.css";
            }
            body {
                a.skip href="#main" { (t(lang, "Langsung ke isi", "Skip to content")) }
                header.top {
                    a.brand href="/" { "OpenFaktur" }
                    @if let Some(caller) = frame.caller {
                        nav aria-label=(t(lang, "Menu utama", "Main menu")) {
                            ul { @for (href, label) in nav { li { a href=(href) { (label) } } } }
                        }
                        div.who {
                            span { (caller.grant.user.login) " · " (frame.company_name.unwrap_or(&caller.company)) " · " (caller.role.as_str()) }
                            form method="post" action="/logout" {
                                (csrf_field(caller))
                                button.link type="submit" { (t(lang, "Keluar", "Sign out")) }
                            }
                        }
                    }
                    div.langs {
                        a href="/lang/id" lang="id" { "ID" } " | " a href="/lang/en" lang="en" { "EN" }
                    }
                }
                main #main { h1 { (frame.title) } (body) }
            }
        }
    }
}

/// The hidden CSRF field of a form.
pub(crate) fn csrf_field(caller: &Caller) -> Markup {
    html! { input type="hidden" name="csrf" value=(caller.csrf().unwrap_or("")); }
}

/// A page for an error (the API renders JSON instead).
pub(crate) fn error_page(error: &ApiError, lang: Lang) -> Response {
    if error.code == codes::SIGN_IN {
        return Redirect::to("/login").into_response();
    }
    let frame = Frame {
        lang,
        title: t(lang, "Tidak dapat diproses", "Could not be done"),
        caller: None,
        company_name: None,
    };
    let markup = layout(
        &frame,
        html! {
            div.error role="alert" {
                p { strong { (error.code) } " — " (message(&error.code, lang)) }
                @for detail in &error.details {
                    @if let Some(text) = detail.get("detail").and_then(|d| d.as_str()) { p { (text) } }
                }
                p { a href=(format!("/explain/{}", error.code)) { (t(lang, "Penyebab dan solusi", "Cause and remedy")) } }
                p { a href="/" { (t(lang, "Kembali ke dasbor", "Back to the dashboard")) } }
            }
        },
    );
    (error.status, markup).into_response()
}

/// A page's caller and language: signed in with a company, else the
/// rejection renders as a page (a missing session redirects to the login).
pub(crate) struct Page {
    pub caller: Caller,
    pub lang: Lang,
}

impl axum::extract::FromRequestParts<AppState> for Page {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, ApiError> {
        let lang = lang_of_request(&parts.headers);
        let caller = page_caller(parts, state).await?;
        Ok(Page { caller, lang })
    }
}

/// A page caller: signed in with a company (else to the login page).
pub(crate) async fn page_caller(
    parts: &mut axum::http::request::Parts,
    state: &AppState,
) -> Result<Caller, ApiError> {
    use axum::extract::FromRequestParts;
    Caller::from_request_parts(parts, state).await
}

/// A form with nothing but its token.
#[derive(serde::Deserialize)]
pub(crate) struct Nothing {}

/// A form body with its CSRF token checked against the session.
pub(crate) struct Form<T> {
    pub caller: Caller,
    pub lang: Lang,
    pub value: T,
}

#[derive(serde::Deserialize)]
struct CsrfOnly {
    csrf: String,
}

impl<T: serde::de::DeserializeOwned + Send> FromRequest<AppState> for Form<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, ApiError> {
        let (mut parts, body) = request.into_parts();
        let lang = lang_of_request(&parts.headers);
        let caller = page_caller(&mut parts, state).await?;
        let bytes = axum::body::to_bytes(body, crate::api::JSON_LIMIT)
            .await
            .map_err(|_| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, codes::TOO_LARGE, ""))?;
        let token: CsrfOnly = serde_urlencoded_from(&bytes)?;
        check_csrf(&caller, &token.csrf)?;
        let value: T = serde_urlencoded_from(&bytes)?;
        Ok(Form {
            caller,
            lang,
            value,
        })
    }
}

/// Refuses a form whose token is not the session's.
pub(crate) fn check_csrf(caller: &Caller, sent: &str) -> Result<(), ApiError> {
    match caller.csrf() {
        Some(csrf) if constant_time_eq(csrf.as_bytes(), sent.as_bytes()) => Ok(()),
        _ => Err(ApiError::new(StatusCode::FORBIDDEN, codes::CSRF, "")),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn serde_urlencoded_from<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_urlencoded::from_bytes(bytes).map_err(|e| ApiError::body(e.to_string()))
}
