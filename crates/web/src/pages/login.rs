//! Signing in and out, choosing the company, and the error explanations.

use super::{layout, t, Form, Frame};
use crate::api::accounts::{cookie, start_session};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use faktur_core::{catalogue, Lang};
use maud::html;
use serde::Deserialize;

fn login_form(lang: Lang, problem: Option<&str>) -> maud::Markup {
    let frame = Frame {
        lang,
        title: t(lang, "Masuk", "Sign in"),
        caller: None,
        company_name: None,
    };
    layout(
        &frame,
        html! {
            @if let Some(problem) = problem { div.error role="alert" #login-error { (problem) } }
            form.card method="post" action="/login" {
                label for="login" { (t(lang, "Nama pengguna", "User name")) }
                input #login name="login" type="text" autocomplete="username" required autofocus;
                label for="password" { (t(lang, "Kata sandi", "Password")) }
                input #password name="password" type="password" autocomplete="current-password" required;
                button type="submit" #sign-in { (t(lang, "Masuk", "Sign in")) }
            }
        },
    )
}

pub(crate) async fn page(headers: HeaderMap) -> maud::Markup {
    login_form(super::lang_of_request(&headers), None)
}

#[derive(Deserialize)]
struct SignIn {
    login: String,
    password: String,
}

/// The login form; no CSRF token exists before a session (SameSite=Lax
/// cookies and the credentials themselves guard it).
pub(crate) async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = super::lang_of_request(&headers);
    let form: SignIn = match serde_urlencoded::from_bytes(&body) {
        Ok(form) => form,
        Err(_) => return (StatusCode::BAD_REQUEST, login_form(lang, None)).into_response(),
    };
    match start_session(&state, form.login, form.password, None).await {
        Ok((secret, _)) => (
            [(
                header::SET_COOKIE,
                cookie(&state, &secret, crate::accounts::SESSION_MS / 1000),
            )],
            Redirect::to("/"),
        )
            .into_response(),
        Err(error) => {
            let text = format!(
                "{} — {}",
                error.code,
                crate::error::message(&error.code, lang)
            );
            (error.status, login_form(lang, Some(&text))).into_response()
        }
    }
}

pub(crate) async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Form<super::Nothing>,
) -> Response {
    let _ = form.value;
    if let Some(secret) = crate::auth::session_cookie(&headers) {
        let state2 = state.clone();
        let _ = blocking(move || state2.accounts().end_session(&secret)).await;
    }
    (
        [(header::SET_COOKIE, cookie(&state, "", 0))],
        Redirect::to("/login"),
    )
        .into_response()
}

#[derive(Deserialize)]
pub(crate) struct Choose {
    company: String,
}

pub(crate) async fn choose_company(
    State(state): State<AppState>,
    headers: HeaderMap,
    form: Form<Choose>,
) -> Result<Redirect, ApiError> {
    let secret = crate::auth::session_cookie(&headers).unwrap_or_default();
    let user_id = form.caller.grant.user.id;
    let company = form.value.company;
    let state2 = state.clone();
    let ok = blocking(move || -> Result<bool, ApiError> {
        let accounts = state2.accounts();
        if !accounts
            .roles_of(user_id)?
            .iter()
            .any(|(c, _)| *c == company)
        {
            return Ok(false);
        }
        accounts.switch_company(&secret, &company)?;
        Ok(true)
    })
    .await??;
    if ok {
        Ok(Redirect::to("/"))
    } else {
        Err(ApiError::not_found("company"))
    }
}

/// `faktur explain CODE` as a page.
pub(crate) async fn explain(Path(code): Path<String>, headers: HeaderMap) -> Response {
    let lang = super::lang_of_request(&headers);
    let Some(entry) = catalogue::lookup(&code) else {
        return ApiError::not_found(code).into_response();
    };
    let frame = Frame {
        lang,
        title: entry.code,
        caller: None,
        company_name: None,
    };
    layout(
        &frame,
        html! {
            p.lead { (entry.message.get(lang)) }
            @if let Some(official) = entry.official { p { em { (official) } } }
            h2 { (t(lang, "Penyebab", "Cause")) }
            p { (entry.cause.get(lang)) }
            h2 { (t(lang, "Solusi", "Remedy")) }
            p { (entry.remedy.get(lang)) }
        },
    )
    .into_response()
}
