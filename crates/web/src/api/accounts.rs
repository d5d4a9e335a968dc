//! Signing in and out, who one is, and the companies one works in.

use super::json_body;
use crate::accounts::{Refusal, Role, Via};
use crate::auth::{Signed, COOKIE};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use faktur_core::finding::codes;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignIn {
    login: String,
    password: String,
    #[serde(default)]
    company: Option<String>,
}

/// The session cookie: HttpOnly, SameSite=Lax, Secure unless the server
/// listens on loopback only (browsers drop Secure cookies over plain HTTP
/// on other hosts; put a TLS proxy in front there).
pub(crate) fn cookie(state: &AppState, secret: &str, max_age_s: i64) -> String {
    let secure = if state.config().secure_cookies {
        "; Secure"
    } else {
        ""
    };
    format!("{COOKIE}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_s}{secure}")
}

/// Signs in: the session's cookie and CSRF token; the company is the one
/// asked for, else the first the user has a role in.
pub(crate) async fn start_session(
    state: &AppState,
    login: String,
    password: String,
    company: Option<String>,
) -> Result<(String, String), ApiError> {
    let state2 = state.clone();
    blocking(move || {
        let accounts = state2.accounts();
        let user = accounts
            .sign_in(&login, &password, crate::now_ms())
            .map_err(|r| match r {
                Refusal::Wrong => ApiError::new(StatusCode::UNAUTHORIZED, codes::LOGIN, ""),
                Refusal::Throttled => {
                    ApiError::new(StatusCode::TOO_MANY_REQUESTS, codes::THROTTLED, "")
                }
                Refusal::Db(e) => ApiError::internal(e),
            })?;
        let roles = accounts.roles_of(user.id)?;
        let chosen = company
            .as_deref()
            .and_then(|c| faktur_db::normalize_npwp(c).ok())
            .filter(|c| roles.iter().any(|(r, _)| r == c))
            .or_else(|| roles.first().map(|(c, _)| c.clone()));
        Ok(accounts.start_session(user.id, chosen.as_deref(), crate::now_ms())?)
    })
    .await?
}

pub(crate) async fn sign_in(State(state): State<AppState>, body: Bytes) -> Response {
    let form: SignIn = match json_body(&body) {
        Ok(form) => form,
        Err(e) => return e.into_response(),
    };
    let (secret, _) = match start_session(&state, form.login, form.password, form.company).await {
        Ok(pair) => pair,
        Err(e) => return e.into_response(),
    };
    let mut headers = HeaderMap::new();
    headers.insert(
        header::COOKIE,
        format!("{COOKIE}={secret}")
            .parse()
            .expect("hex is a header"),
    );
    let me = match me_of(&state, &headers).await {
        Ok(me) => me,
        Err(e) => return e.into_response(),
    };
    (
        [(
            header::SET_COOKIE,
            cookie(&state, &secret, crate::accounts::SESSION_MS / 1000),
        )],
        Json(me),
    )
        .into_response()
}

async fn me_of(state: &AppState, headers: &HeaderMap) -> Result<Value, ApiError> {
    let secret = crate::auth::session_cookie(headers).unwrap_or_default();
    let state2 = state.clone();
    let grant = blocking(move || state2.accounts().session(&secret, crate::now_ms()))
        .await??
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, codes::SIGN_IN, ""))?;
    me_json(
        state,
        Signed {
            grant,
            session: None,
        },
    )
    .await
}

async fn me_json(state: &AppState, signed: Signed) -> Result<Value, ApiError> {
    let state2 = state.clone();
    let user_id = signed.grant.user.id;
    let roles = blocking(move || state2.accounts().roles_of(user_id)).await??;
    let csrf = match &signed.grant.via {
        Via::Session { csrf } => Some(csrf.clone()),
        Via::Token { .. } => None,
    };
    Ok(json!({
        "login": signed.grant.user.login,
        "name": signed.grant.user.name,
        "server_admin": signed.grant.user.server_admin,
        "company": signed.grant.company,
        "role": signed.grant.role,
        "csrf": csrf,
        "companies": roles.iter().map(|(c, r)| json!({"npwp": c, "role": r})).collect::<Vec<_>>(),
    }))
}

pub(crate) async fn sign_out(State(state): State<AppState>, signed: Signed) -> Response {
    if let Some(secret) = signed.session {
        let state2 = state.clone();
        if let Err(e) = blocking(move || state2.accounts().end_session(&secret)).await {
            return e.into_response();
        }
    }
    (
        StatusCode::NO_CONTENT,
        [(header::SET_COOKIE, cookie(&state, "", 0))],
    )
        .into_response()
}

pub(crate) async fn me(
    State(state): State<AppState>,
    signed: Signed,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(me_json(&state, signed).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChooseCompany {
    company: String,
}

pub(crate) async fn choose_company(
    State(state): State<AppState>,
    signed: Signed,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let wanted: ChooseCompany = json_body(&body)?;
    let Some(secret) = signed.session.clone() else {
        // A token is bound to its company for good.
        return Err(ApiError::not_found("tokens keep their company"));
    };
    let company = faktur_db::normalize_npwp(&wanted.company)
        .map_err(|_| ApiError::not_found(wanted.company.clone()))?;
    let state2 = state.clone();
    let user_id = signed.grant.user.id;
    let grant = blocking(move || {
        let accounts = state2.accounts();
        if !accounts
            .roles_of(user_id)?
            .iter()
            .any(|(c, _)| *c == company)
        {
            return Ok(None);
        }
        accounts.switch_company(&secret, &company)?;
        accounts.session(&secret, crate::now_ms())
    })
    .await??
    .ok_or_else(|| ApiError::not_found(wanted.company))?;
    Ok(Json(
        me_json(
            &state,
            Signed {
                grant,
                session: signed.session,
            },
        )
        .await?,
    ))
}

/// The companies of the caller: those it has a role in (a server admin
/// sees every one).
pub(crate) async fn companies(
    State(state): State<AppState>,
    signed: Signed,
) -> Result<Json<Value>, ApiError> {
    let state2 = state.clone();
    let list = blocking(move || -> Result<Vec<Value>, ApiError> {
        let roles = state2.accounts().roles_of(signed.grant.user.id)?;
        let all = state2.companies().list()?;
        Ok(all
            .into_iter()
            .filter_map(|c| {
                let role = roles.iter().find(|(n, _)| *n == c.npwp).map(|(_, r)| *r);
                (role.is_some() || signed.grant.user.server_admin).then(|| {
                    json!({"npwp": c.npwp, "name": c.name, "address": c.address,
                           "nitku": c.nitku, "role": role})
                })
            })
            .collect())
    })
    .await??;
    Ok(Json(json!({ "companies": list })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewCompany {
    npwp: String,
    name: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    nitku: Option<String>,
}

pub(crate) async fn create_company(
    State(state): State<AppState>,
    signed: Signed,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    if !signed.grant.user.server_admin {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            codes::ROLE,
            "server admin",
        ));
    }
    let new: NewCompany = json_body(&body)?;
    let state2 = state.clone();
    let company = blocking(move || -> Result<_, ApiError> {
        let company = faktur_db::company_init(
            state2.companies().target(),
            &new.npwp,
            &new.name,
            &new.address,
            new.nitku.as_deref(),
        )?;
        state2
            .accounts()
            .grant(signed.grant.user.id, &company.npwp, Role::Admin)?;
        Ok(company)
    })
    .await??;
    Ok((
        StatusCode::CREATED,
        Json(
            json!({"npwp": company.npwp, "name": company.name, "address": company.address,
                    "nitku": company.nitku, "role": Role::Admin}),
        ),
    ))
}
