//! Administration: sync state and a round on demand, the database (check,
//! backup download), members and API tokens.

use super::{csrf_field, layout, page_caller, t, Form, Frame};
use crate::accounts::{Role, TokenInfo};
use crate::api::admin::sync_round;
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use faktur_core::Lang;
use maud::{html, Markup};
use serde::Deserialize;

/// The role field of a form; `id` keeps the two forms' fields apart.
fn role_select(lang: Lang, id: &str) -> Markup {
    html! {
        label for=(id) { (t(lang, "Peran", "Role")) }
        select id=(id) name="role" { @for r in Role::ALL { option value=(r.as_str()) { (r.as_str()) } } }
    }
}

async fn render(
    state: &AppState,
    caller: crate::auth::Caller,
    lang: Lang,
    notice: Option<Markup>,
) -> Response {
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = blocking(move || -> Result<_, ApiError> {
        let cref = state2.companies().get(&caller2.company)?;
        let sync = faktur_sync::status::status(cref.store.store(), cref.company.id)?;
        let doctor = if caller2.role >= Role::Approver {
            crate::api::admin::doctor_value(&state2, &caller2.company, false)?
        } else {
            serde_json::Value::Null
        };
        let admin = caller2.role >= Role::Admin;
        let members = if admin {
            state2.accounts().members(&caller2.company)?
        } else {
            Vec::new()
        };
        let tokens: Vec<TokenInfo> = if admin {
            state2.accounts().tokens(&caller2.company)?
        } else {
            Vec::new()
        };
        Ok((cref.company.name.clone(), sync, members, tokens, doctor))
    })
    .await;
    let (name, sync, members, tokens, doctor) = match result {
        Ok(Ok(v)) => v,
        Ok(Err(e)) | Err(e) => return e.into_response(),
    };
    let admin = caller.role >= Role::Admin;
    let frame = Frame {
        lang,
        title: t(lang, "Administrasi", "Administration"),
        caller: Some(&caller),
        company_name: Some(&name),
    };
    let body = html! {
        @if let Some(notice) = notice { (notice) }
        section aria-labelledby="sync-h" {
            h2 #sync-h { (t(lang, "Sinkronisasi dengan otoritas", "Sync with the authority")) }
            dl.facts {
                dt { (t(lang, "Keadaan", "State")) } dd #sync-state { (sync.state.describe(lang)) }
                dt { (t(lang, "Antrean", "Outbox")) } dd { (sync.outbox.pending) }
                dt { (t(lang, "Gagal", "Failed")) } dd { (sync.outbox.failed) }
                @if let Some(e) = sync.sync.last_error.as_ref().or(sync.outbox.last_error.as_ref()) { dt { (t(lang, "Galat terakhir", "Last error")) } dd { (e) } }
            }
            @if caller.role >= Role::Approver {
                form method="post" action="/admin/sync" { (csrf_field(&caller)) button type="submit" #sync-now { (t(lang, "Sinkronkan sekarang", "Sync now")) } }
            }
        }
        @if !doctor.is_null() { section aria-labelledby="doctor-h" {
            h2 #doctor-h { (t(lang, "Diagnosis", "Diagnosis")) }
            div.scroll { table #doctor {
                tbody { @for c in doctor["checks"].as_array().into_iter().flatten() {
                    tr class=(if c["ok"] == true { "" } else { "error" }) {
                        th scope="row" { (c["check"].as_str().unwrap_or("")) }
                        td { @if c["ok"] == true { "OK" } @else if c["fixed"] == true { (t(lang, "DIPERBAIKI", "FIXED")) } @else {
                            a href=(format!("/explain/{}", c["code"].as_str().unwrap_or(""))) { (c["code"].as_str().unwrap_or("")) } } }
                        td { (c["detail"].as_str().unwrap_or("")) @if c["ok"] != true { br; em { (c["fix"].as_str().unwrap_or("")) } } }
                    }
                } }
            } }
            @if admin && doctor["healthy"] != true {
                form method="post" action="/admin/doctor" { (csrf_field(&caller)) button type="submit" #doctor-fix { (t(lang, "Perbaiki yang aman", "Mend what is safe")) } }
            }
        } }
        @if admin {
            section aria-labelledby="db-h" {
                h2 #db-h { (t(lang, "Database", "Database")) }
                form.inline method="post" action="/admin/check" { (csrf_field(&caller))
                    button type="submit" #db-check { (t(lang, "Periksa integritas sekarang", "Check integrity now")) } }
                p { a href="/api/v1/db/check" { (t(lang, "Periksa integritas (JSON)", "Check integrity (JSON)")) } " · "
                    a href="/api/v1/db/backup" download { (t(lang, "Unduh cadangan", "Download a backup")) } }
                form.card #restore-form method="post" action="/admin/restore" enctype="multipart/form-data" {
                    (csrf_field(&caller))
                    label for="backup" { (t(lang, "Pulihkan dari cadangan (berkas SQLite perusahaan ini)", "Restore from a backup (this company's SQLite file)")) }
                    input #backup name="file" type="file" required;
                    button type="submit" #restore { (t(lang, "Pulihkan", "Restore")) }
                }
            }
            section aria-labelledby="members-h" {
                h2 #members-h { (t(lang, "Anggota", "Members")) }
                div.scroll { table { thead { tr { th scope="col" { (t(lang, "Pengguna", "User")) } th scope="col" { (t(lang, "Nama", "Name")) } th scope="col" { (t(lang, "Peran", "Role")) } } }
                    tbody { @for m in &members { tr { td { (m.login) } td { (m.name) } td { (m.role.as_str()) } } } } } }
                form.card method="post" action="/admin/members" {
                    (csrf_field(&caller))
                    label for="m-login" { (t(lang, "Nama pengguna", "User name")) } input #m-login name="login" required;
                    label for="m-name" { (t(lang, "Nama", "Name")) } input #m-name name="name";
                    label for="m-password" { (t(lang, "Kata sandi (pengguna baru, min. 10)", "Password (new users, 10+)")) } input #m-password name="password" type="password" autocomplete="new-password";
                    (role_select(lang, "m-role"))
                    button type="submit" { (t(lang, "Tambahkan", "Add")) }
                }
            }
            section aria-labelledby="tokens-h" {
                h2 #tokens-h { (t(lang, "Token API", "API tokens")) }
                div.scroll { table { thead { tr { th scope="col" { "ID" } th scope="col" { (t(lang, "Nama", "Name")) } th scope="col" { (t(lang, "Peran", "Role")) } th scope="col" { (t(lang, "Dibuat oleh", "Made by")) } th scope="col" { "" } } }
                    tbody { @for tok in &tokens { tr { td { (tok.id) } td { (tok.name) } td { (tok.role.as_str()) } td { (tok.user) }
                        td { @if tok.revoked_ms.is_some() { (t(lang, "dicabut", "revoked")) } @else {
                            form method="post" action="/admin/tokens/revoke" { (csrf_field(&caller)) input type="hidden" name="id" value=(tok.id);
                                button.link type="submit" { (t(lang, "Cabut", "Revoke")) } } } } } } } } }
                form.card method="post" action="/admin/tokens" {
                    (csrf_field(&caller))
                    label for="t-name" { (t(lang, "Untuk apa", "What for")) } input #t-name name="name" required;
                    (role_select(lang, "t-role"))
                    button type="submit" { (t(lang, "Buat token", "Make a token")) }
                }
            }
        }
    };
    layout(&frame, body).into_response()
}

pub(crate) async fn page(
    State(state): State<AppState>,
    super::Page { caller, lang }: super::Page,
) -> Response {
    render(&state, caller, lang, None).await
}

fn notice_of(result: Result<String, ApiError>, lang: Lang) -> Markup {
    match result {
        Ok(text) => html! { div.ok role="status" { (text) } },
        Err(e) => {
            html! { div.error role="alert" { (e.code) " — " (crate::error::message(&e.code, lang))
            @for d in &e.details { " " (d.get("detail").and_then(|v| v.as_str()).unwrap_or("")) } } }
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct MemberForm {
    login: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    role: String,
}

pub(crate) async fn add_member(State(state): State<AppState>, form: Form<MemberForm>) -> Response {
    let (caller, lang, value) = (form.caller, form.lang, form.value);
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = async {
        caller2.require(Role::Admin)?;
        let role = Role::parse(&value.role).ok_or_else(|| ApiError::body("role"))?;
        blocking(move || -> Result<String, ApiError> {
            let user = crate::api::admin::admit(
                &state2,
                &caller2.company,
                &value.login,
                &value.name,
                &value.password,
                role,
            )?;
            Ok(format!("{} → {role}", user.login))
        })
        .await?
    }
    .await;
    let notice = notice_of(result, lang);
    render(&state, caller, lang, Some(notice)).await
}

#[derive(Deserialize)]
pub(crate) struct TokenForm {
    name: String,
    role: String,
}

pub(crate) async fn create_token(State(state): State<AppState>, form: Form<TokenForm>) -> Response {
    let (caller, lang, value) = (form.caller, form.lang, form.value);
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = async {
        caller2.require(Role::Admin)?;
        let role = Role::parse(&value.role).ok_or_else(|| ApiError::body("role"))?;
        blocking(move || {
            state2
                .accounts()
                .create_token(
                    caller2.grant.user.id,
                    &caller2.company,
                    role,
                    &value.name,
                    crate::now_ms(),
                )
                .map_err(|_| ApiError::body("name"))
        })
        .await?
    }
    .await;
    let notice = match result {
        Ok((_, secret)) => html! { div.ok role="status" {
        p { (t(lang, "Token dibuat. Salin sekarang: token ini tidak akan ditampilkan lagi.",
               "Token made. Copy it now: it will not be shown again.")) }
        code.secret #new-token { (secret) } } },
        Err(e) => notice_of(Err(e), lang),
    };
    render(&state, caller, lang, Some(notice)).await
}

#[derive(Deserialize)]
pub(crate) struct RevokeForm {
    id: i64,
}

pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    form: Form<RevokeForm>,
) -> Response {
    let (caller, lang, id) = (form.caller, form.lang, form.value.id);
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = async {
        caller2.require(Role::Admin)?;
        let done = blocking(move || {
            state2
                .accounts()
                .revoke_token(&caller2.company, id, crate::now_ms())
        })
        .await??;
        if done {
            Ok(format!(
                "{} {id}",
                t(lang, "Token dicabut:", "Token revoked:")
            ))
        } else {
            Err(ApiError::not_found("token"))
        }
    }
    .await;
    let notice = notice_of(result, lang);
    render(&state, caller, lang, Some(notice)).await
}

pub(crate) async fn sync_now(
    State(state): State<AppState>,
    form: Form<super::Nothing>,
) -> Response {
    let caller = form.caller;
    if let Err(e) = caller.require(Role::Approver) {
        return e.into_response();
    }
    let (state2, npwp) = (state.clone(), caller.company.clone());
    let _ = blocking(move || sync_round(&state2, &npwp)).await;
    Redirect::to("/admin").into_response()
}

/// Restores the company from an uploaded backup (multipart: the form's
/// token first, then the file).
pub(crate) async fn restore(
    State(state): State<AppState>,
    request: axum::extract::Request,
) -> Response {
    use axum::extract::FromRequest;
    let (mut parts, body) = request.into_parts();
    let lang = super::lang_of_request(&parts.headers);
    let caller = match page_caller(&mut parts, &state).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let request = axum::extract::Request::from_parts(parts, body);
    let multipart = match axum::extract::Multipart::from_request(request, &state).await {
        Ok(m) => m,
        Err(e) => return ApiError::body(e.body_text()).into_response(),
    };
    let limit = state.config().limits.upload_bytes;
    let result = async {
        caller.require(Role::Admin)?;
        let (file, _) = super::import::read_upload(multipart, limit, &caller).await?;
        let (state2, npwp) = (state.clone(), caller.company.clone());
        blocking(move || crate::api::admin::restore_upload(&state2, &npwp, file.path())).await?
    }
    .await;
    let notice = notice_of(
        result.map(|v| {
            format!(
                "{} {}",
                t(lang, "Dipulihkan:", "Restored:"),
                v["restored"].as_str().unwrap_or("")
            )
        }),
        lang,
    );
    render(&state, caller, lang, Some(notice)).await
}

pub(crate) async fn doctor_fix(
    State(state): State<AppState>,
    form: Form<super::Nothing>,
) -> Response {
    let (caller, lang) = (form.caller, form.lang);
    if let Err(e) = caller.require(Role::Admin) {
        return e.into_response();
    }
    let (state2, npwp) = (state.clone(), caller.company.clone());
    let result = blocking(move || crate::api::admin::doctor_value(&state2, &npwp, true))
        .await
        .and_then(|r| r);
    let notice = notice_of(
        result.map(|v| {
            if v["healthy"] == true {
                t(lang, "Semua pemeriksaan lulus.", "Every check passes.").to_string()
            } else {
                t(
                    lang,
                    "Yang aman sudah diperbaiki; sisanya di bawah.",
                    "What was safe is mended; the rest is below.",
                )
                .to_string()
            }
        }),
        lang,
    );
    render(&state, caller, lang, Some(notice)).await
}

/// A full integrity check of the company's database, its result shown on
/// the page.
pub(crate) async fn db_check(
    State(state): State<AppState>,
    form: Form<super::Nothing>,
) -> Response {
    let (caller, lang) = (form.caller, form.lang);
    let (state2, caller2) = (state.clone(), caller.clone());
    let result = async {
        caller2.require(Role::Admin)?;
        let report = blocking(move || -> Result<_, ApiError> {
            let target = faktur_db::Target {
                company: Some(caller2.company.clone()),
                ..state2.companies().target().clone()
            };
            Ok(faktur_db::check(&target)?)
        })
        .await??;
        if report.problems.is_empty() {
            let counts: Vec<String> = report
                .verified
                .iter()
                .map(|(what, n)| format!("{what} {n}"))
                .collect();
            Ok(format!(
                "{} {}",
                t(lang, "Sehat:", "Healthy:"),
                counts.join(", ")
            ))
        } else {
            Err(ApiError::new(
                axum::http::StatusCode::OK,
                "FKT-1003",
                report.problems.join("; "),
            ))
        }
    }
    .await;
    let notice = notice_of(result, lang);
    render(&state, caller, lang, Some(notice)).await
}
