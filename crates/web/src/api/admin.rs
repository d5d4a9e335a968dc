//! Administration of a company: sync, the database, members and tokens.

use super::json_body;
use crate::accounts::{Invalid, Role};
use crate::auth::Caller;
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use faktur_core::finding::codes;
use faktur_sync::status::SyncStatus;
use serde::Deserialize;
use serde_json::{json, Value};

/// The sync status as JSON.
pub(crate) fn status_json(status: &SyncStatus, lang: faktur_core::Lang) -> Value {
    json!({
        "state": status.state.describe(lang),
        "pending": status.outbox.pending,
        "retrying": status.outbox.retrying,
        "failed": status.outbox.failed,
        "done": status.outbox.done,
        "last_ok_at": status.sync.last_ok_at,
        "failing_since": status.sync.failing_since,
        "last_error": status.sync.last_error.as_ref().or(status.outbox.last_error.as_ref()),
    })
}

pub(crate) async fn sync_status(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Viewer)?;
    let lang = crate::error::lang_of(&headers);
    let status = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        Ok(faktur_sync::status::status(
            cref.store.store(),
            cref.company.id,
        )?)
    })
    .await??;
    Ok(Json(status_json(&status, lang)))
}

/// A signed client of the server's authority for a company (its key made
/// on first use: true when just made).
pub(crate) fn client_for(
    state: &AppState,
    cref: &faktur_db::CompanyRef,
) -> Result<(faktur_sync::Client, bool), ApiError> {
    let url = state.authority().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "FKT-4005",
            "no authority configured",
        )
    })?;
    let target = state.companies().target();
    let path = faktur_sync::keys::key_path(target.data_dir.root(), &cref.company.npwp);
    let (keys, created) = faktur_sync::keys::load_or_create(&path)
        .map_err(|f| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "FKT-4005", f.text()))?;
    Ok((
        faktur_sync::Client::new(url, &cref.company.npwp, keys),
        created,
    ))
}

/// One sync round for a company against the server's authority: its key
/// made and registered on first use, exactly as `faktur sync`.
pub(crate) fn sync_round(
    state: &AppState,
    npwp: &str,
) -> Result<Option<faktur_sync::Report>, ApiError> {
    if state.authority().is_none() {
        return Ok(None);
    }
    let cref = state.companies().get(npwp)?;
    let (client, created) = client_for(state, &cref)?;
    let syncer = faktur_sync::Syncer::new(&cref, client, faktur_sync::Options::default());
    if created {
        let _ = syncer.register();
    }
    Ok(Some(syncer.round()?))
}

pub(crate) async fn sync_now(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Approver)?;
    let report = blocking(move || sync_round(&state, &caller.company)).await??;
    Ok(Json(match report {
        None => json!({"authority": null}),
        Some(r) => json!({
            "queued": r.queued, "sent": r.sent, "accepted": r.tally.accepted,
            "refused": r.tally.refused, "retrying": r.tally.retrying, "events": r.events,
            "error": r.failure.as_ref().map(|f| json!({"code": f.code, "detail": f.detail})),
        }),
    }))
}

/// The doctor's checks for the caller's company (with `fix`, mending what
/// cannot lose data: the key, the registration, the outbox sent now).
pub(crate) fn doctor_value(state: &AppState, company: &str, fix: bool) -> Result<Value, ApiError> {
    let target = faktur_db::Target {
        company: Some(company.to_string()),
        ..state.companies().target().clone()
    };
    let url = state.authority().unwrap_or("none:");
    let held = state.companies().get(company);
    let checks =
        faktur_sync::doctor::diagnose(&target, held.as_deref().map_err(Clone::clone), url, fix)?;
    Ok(json!({
        "healthy": faktur_sync::doctor::healthy(&checks),
        "checks": faktur_sync::doctor::checks_json(&checks),
    }))
}

pub(crate) async fn doctor(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    // It names server paths and addresses: not for every viewer.
    caller.require(Role::Approver)?;
    Ok(Json(
        blocking(move || doctor_value(&state, &caller.company, false)).await??,
    ))
}

pub(crate) async fn doctor_fix(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Admin)?;
    Ok(Json(
        blocking(move || doctor_value(&state, &caller.company, true)).await??,
    ))
}

pub(crate) async fn db_check(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Admin)?;
    let report = blocking(move || -> Result<_, ApiError> {
        let target = faktur_db::Target {
            company: Some(caller.company.clone()),
            ..state.companies().target().clone()
        };
        Ok(faktur_db::check(&target)?)
    })
    .await??;
    Ok(Json(json!({
        "healthy": report.problems.is_empty(),
        "problems": report.problems,
        "verified": report.verified.iter().map(|(what, n)| json!({"what": what, "count": n})).collect::<Vec<_>>(),
    })))
}

pub(crate) async fn db_backup(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Response, ApiError> {
    caller.require(Role::Admin)?;
    let (name, bytes) = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let dir = tempfile::tempdir().map_err(ApiError::internal)?;
        let name = format!("{}-backup.sqlite", cref.company.npwp);
        let dest = dir.path().join(&name);
        faktur_db::backup_now(&cref, "manual", Some(&dest))?;
        Ok((name, std::fs::read(&dest).map_err(ApiError::internal)?))
    })
    .await??;
    Ok(super::files::download(
        &name,
        "application/vnd.sqlite3",
        bytes,
    ))
}

/// Restores the company's database from an uploaded backup (a SQLite file
/// of this company, checked before it replaces anything); the company is
/// out of service meanwhile.
pub(crate) fn restore_upload(
    state: &AppState,
    company: &str,
    file: &std::path::Path,
) -> Result<Value, ApiError> {
    // Refused before anything is touched: not a SQLite file at all.
    let mut head = [0u8; 16];
    let read = std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .map_err(ApiError::internal)?;
    if read < 16 || &head != b"SQLite format 3\0" {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "FKT-1008",
            "the upload is not a SQLite database (a backup from `faktur db backup` or this page)",
        ));
    }
    let target = faktur_db::Target {
        company: Some(company.to_string()),
        ..state.companies().target().clone()
    };
    let restored =
        state
            .companies()
            .exclusively(company, std::time::Duration::from_secs(30), || {
                faktur_db::restore(&target, file)
            })?;
    Ok(json!({"restored": restored.npwp, "name": restored.name}))
}

pub(crate) async fn db_restore(
    State(state): State<AppState>,
    caller: Caller,
    body: axum::body::Body,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Admin)?;
    let file = super::files::spool(body, state.config().limits.upload_bytes).await?;
    let value = blocking(move || restore_upload(&state, &caller.company, file.path())).await??;
    Ok(Json(value))
}

pub(crate) async fn members(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Admin)?;
    let list = blocking(move || state.accounts().members(&caller.company)).await??;
    Ok(Json(json!({ "members": list })))
}

fn invalid(e: Invalid) -> ApiError {
    match e {
        Invalid::Field(field, why) => ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: codes::ACCOUNT.into(),
            details: vec![json!({"field": field, "detail": why})],
        },
        Invalid::Db(e) => ApiError::internal(e),
    }
}

fn role_of(text: &str) -> Result<Role, ApiError> {
    Role::parse(text).ok_or_else(|| ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: codes::ACCOUNT.into(),
        details: vec![json!({"field": "role", "detail": "viewer, maker, approver or admin"})],
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewMember {
    login: String,
    role: String,
    #[serde(default)]
    name: String,
    /// Needed when the user is new.
    #[serde(default)]
    password: Option<String>,
}

/// Gives a user a role in `company`, creating the user when the name is
/// new (the API and the page).
pub(crate) fn admit(
    state: &AppState,
    company: &str,
    login: &str,
    name: &str,
    password: &str,
    role: Role,
) -> Result<crate::accounts::User, ApiError> {
    let accounts = state.accounts();
    let user = match accounts.user_by_login(login)? {
        Some(user) => user,
        None => accounts
            .create_user(login, name, password, false, crate::now_ms())
            .map_err(invalid)?,
    };
    accounts.grant(user.id, company, role)?;
    Ok(user)
}

pub(crate) async fn add_member(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    caller.require(Role::Admin)?;
    let new: NewMember = json_body(&body)?;
    let role = role_of(&new.role)?;
    let member = blocking(move || -> Result<_, ApiError> {
        let password = new.password.as_deref().unwrap_or("");
        let user = admit(
            &state,
            &caller.company,
            &new.login,
            &new.name,
            password,
            role,
        )?;
        // No display name: an admin may name any existing user, and another
        // company's user is none of its business.
        Ok(json!({"id": user.id, "login": user.login, "role": role}))
    })
    .await??;
    Ok((StatusCode::CREATED, Json(member)))
}

pub(crate) async fn remove_member(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Role::Admin)?;
    let id: i64 = id.parse().map_err(|_| ApiError::not_found(id))?;
    let removed = blocking(move || state.accounts().revoke(id, &caller.company)).await??;
    if removed {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("member {id}")))
    }
}

pub(crate) async fn tokens(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Admin)?;
    let list = blocking(move || state.accounts().tokens(&caller.company)).await??;
    Ok(Json(json!({ "tokens": list })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewToken {
    name: String,
    role: String,
}

pub(crate) async fn create_token(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    caller.require(Role::Admin)?;
    let new: NewToken = json_body(&body)?;
    let role = role_of(&new.role)?;
    let (id, secret) = blocking(move || {
        state
            .accounts()
            .create_token(
                caller.grant.user.id,
                &caller.company,
                role,
                &new.name,
                crate::now_ms(),
            )
            .map_err(invalid)
    })
    .await??;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": id, "token": secret, "role": role})),
    ))
}

pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    caller.require(Role::Admin)?;
    let id: i64 = id.parse().map_err(|_| ApiError::not_found(id))?;
    let revoked = blocking(move || {
        state
            .accounts()
            .revoke_token(&caller.company, id, crate::now_ms())
    })
    .await??;
    if revoked {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found(format!("token {id}")))
    }
}
