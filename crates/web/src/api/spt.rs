//! The VAT return of a masa, and where input VAT is credited.

use super::json_body;
use crate::accounts::Role;
use crate::auth::Caller;
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use faktur_core::Lang;
use faktur_store::spt::SptVersion;
use serde::Deserialize;
use serde_json::{json, Value};

/// The return of a masa as JSON with its status: the latest posted version
/// when there is one, else the draft built from the books.
pub(crate) fn spt_value(
    cref: &faktur_db::CompanyRef,
    masa: &str,
    lang: Lang,
) -> Result<Value, ApiError> {
    let masa = faktur_db::parse_masa(masa)?;
    let stored = faktur_db::latest_version(cref, masa)?;
    let spt = match &stored {
        Some(version) => faktur_db::Posted::of(version)?.spt(version)?,
        None => faktur_db::build_spt(cref, masa)?,
    };
    let mut value = faktur_db::spt_json(&spt, lang);
    value["status"] = stored
        .as_ref()
        .map_or("draft", |v| v.status.as_str())
        .into();
    value["bpe"] = stored.as_ref().and_then(|v| v.bpe.clone()).into();
    Ok(value)
}

pub(crate) async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Viewer)?;
    let lang = crate::error::lang_of(&headers);
    let value = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        spt_value(&cref, &masa, lang)
    })
    .await??;
    Ok(Json(value))
}

fn version_json(version: &SptVersion) -> Value {
    json!({
        "id": version.id, "masa": version.masa, "revision": version.revision,
        "status": version.status, "form": version.form,
        "result": faktur_db::spt_rupiah(version.result), "bpe": version.bpe,
        "created_at": version.created_at, "filed_at": version.filed_at,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SptPost {
    /// Manual entries, `name` → whole rupiah.
    #[serde(default)]
    pub entries: std::collections::BTreeMap<String, i64>,
    /// Ask for a refund of a lebih bayar instead of compensating it.
    #[serde(default)]
    pub refund: bool,
}

/// A masa, its manual entries and the choice for a lebih bayar.
type PostParts = (
    faktur_core::spt::Masa,
    Vec<(String, i64)>,
    Option<faktur_db::Choice>,
);

impl SptPost {
    fn parts(&self, masa: &str) -> Result<PostParts, ApiError> {
        let masa = faktur_db::parse_masa(masa)?;
        let entries = self
            .entries
            .iter()
            .map(|(name, rupiah)| faktur_db::parse_entry(&format!("{name}={rupiah}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((
            masa,
            entries,
            self.refund.then_some(faktur_db::Choice::Refund),
        ))
    }
}

/// Posts the masa's return (the web form and the API).
pub(crate) fn post_masa(
    cref: &faktur_db::CompanyRef,
    masa: &str,
    form: &SptPost,
    actor: &str,
) -> Result<SptVersion, ApiError> {
    let (masa, entries, choice) = form.parts(masa)?;
    Ok(faktur_db::post_spt(cref, masa, &entries, choice, actor)?)
}

/// Posting and amending: a version made from the books (201).
async fn new_version(
    state: AppState,
    caller: Caller,
    masa: String,
    body: Bytes,
    make: fn(&faktur_db::CompanyRef, &str, &SptPost, &str) -> Result<SptVersion, ApiError>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    caller.require(Role::Approver)?;
    let form: SptPost = if body.is_empty() {
        SptPost::default()
    } else {
        json_body(&body)?
    };
    let version = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        make(&cref, &masa, &form, &caller.actor())
    })
    .await??;
    Ok((StatusCode::CREATED, Json(version_json(&version))))
}

pub(crate) async fn post(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    new_version(state, caller, masa, body, post_masa).await
}

/// The authority's answer as an API error: a refusal (422) is the
/// caller's to fix, anything else is the connection's.
fn authority_error(failure: faktur_sync::spt::SptFailure) -> ApiError {
    match failure {
        faktur_sync::spt::SptFailure::Db(e) => e.into(),
        faktur_sync::spt::SptFailure::Authority(f) => {
            let code = faktur_core::catalogue::lookup(&f.code).map_or("FKT-4005", |e| e.code);
            let status = if f.status == Some(422) {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            };
            ApiError::new(status, code, f.detail)
        }
    }
}

/// Pays the masa's kurang bayar at the authority (the web form and the API).
pub(crate) fn pay_masa(state: &AppState, company: &str, masa: &str) -> Result<Value, ApiError> {
    let cref = state.companies().get(company)?;
    let masa = faktur_db::parse_masa(masa)?;
    // Nothing owed, or nothing posted: answered without the authority.
    match faktur_db::latest_version(&cref, masa)? {
        None => {
            return Err(faktur_db::DbError::new(
                "ETAX-50003",
                faktur_db::Exit::Refused,
                format!("{masa}: post the return first"),
            )
            .into())
        }
        Some(version) if version.result <= 0 => {
            return Ok(json!({"paid": false, "version": version_json(&version)}))
        }
        Some(_) => {}
    }
    let (client, _) = super::admin::client_for(state, &cref)?;
    Ok(
        match faktur_sync::spt::pay_spt(&cref, &client, masa).map_err(authority_error)? {
            faktur_sync::spt::Paid::Nothing(version) => {
                json!({"paid": false, "version": version_json(&version)})
            }
            faktur_sync::spt::Paid::Paid {
                billing,
                ntpn,
                version,
                ..
            } => json!({"paid": true, "billing": billing, "ntpn": ntpn,
                        "version": version_json(&version)}),
        },
    )
}

/// Files the masa's latest version at the authority.
pub(crate) fn file_masa(state: &AppState, company: &str, masa: &str) -> Result<Value, ApiError> {
    let cref = state.companies().get(company)?;
    let masa = faktur_db::parse_masa(masa)?;
    let (client, _) = super::admin::client_for(state, &cref)?;
    let version = faktur_sync::spt::file_spt(&cref, &client, masa).map_err(authority_error)?;
    Ok(version_json(&version))
}

pub(crate) async fn pay(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Approver)?;
    let value = blocking(move || pay_masa(&state, &caller.company, &masa)).await??;
    Ok(Json(value))
}

pub(crate) async fn file(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Approver)?;
    let value = blocking(move || file_masa(&state, &caller.company, &masa)).await??;
    Ok(Json(value))
}

/// A pembetulan: the return computed again from the books, against the
/// latest filed version.
pub(crate) fn amend_masa(
    cref: &faktur_db::CompanyRef,
    masa: &str,
    form: &SptPost,
    actor: &str,
) -> Result<SptVersion, ApiError> {
    let (masa, entries, choice) = form.parts(masa)?;
    Ok(faktur_db::amend_spt(cref, masa, &entries, choice, actor)?)
}

pub(crate) async fn amend(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
    body: Bytes,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    new_version(state, caller, masa, body, amend_masa).await
}

/// The most rows a lampiran answer lists (its JUMLAH counts them all).
pub(crate) const LAMPIRAN_ROWS: usize = 1000;

/// The lampiran names of the masa's form.
pub(crate) fn lampiran_names(masa: faktur_core::spt::Masa) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for route in faktur_core::spt::Form::for_masa(masa).layout().routes {
        if let Some(name) = route.lampiran.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    names
}

/// One lampiran of the masa: its first [`LAMPIRAN_ROWS`] documents (money
/// in whole rupiah, returns negative) and its JUMLAH over all of them;
/// memory stays flat however many there are.
pub(crate) fn lampiran_value(
    cref: &faktur_db::CompanyRef,
    masa: &str,
    name: &str,
) -> Result<Value, ApiError> {
    let masa = faktur_db::parse_masa(masa)?;
    let known = lampiran_names(masa);
    let Some(name) = known.iter().find(|n| n.eq_ignore_ascii_case(name)) else {
        return Err(ApiError::not_found(format!("lampiran {name}")));
    };
    let (mut rows, mut count, mut sums) = (Vec::new(), 0usize, [0i64; 3]);
    faktur_db::lampiran_rows(cref, masa, &mut |id, row| {
        if id.eq_ignore_ascii_case(name) {
            count += 1;
            sums[0] += row.dpp;
            sums[1] += row.ppn;
            sums[2] += row.ppnbm;
            if rows.len() < LAMPIRAN_ROWS {
                rows.push(json!({
                    "name": row.name, "npwp": row.tin, "number": row.number, "date": row.date,
                    "dpp": row.dpp / 100, "ppn": row.ppn / 100, "ppnbm": row.ppnbm / 100,
                    "refers_to": row.refers_to,
                }));
            }
        }
        Ok(())
    })?;
    Ok(json!({
        "lampiran": name, "masa": masa.to_string(), "count": count,
        "truncated": count > rows.len(), "rows": rows,
        "jumlah": {"dpp": sums[0] / 100, "ppn": sums[1] / 100, "ppnbm": sums[2] / 100},
    }))
}

pub(crate) async fn lampiran(
    State(state): State<AppState>,
    caller: Caller,
    Path((masa, name)): Path<(String, String)>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Viewer)?;
    let value = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        lampiran_value(&cref, &masa, &name)
    })
    .await??;
    Ok(Json(value))
}

pub(crate) async fn versions(
    State(state): State<AppState>,
    caller: Caller,
    Path(masa): Path<String>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Viewer)?;
    let list = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        let masa = faktur_db::parse_masa(&masa)?;
        Ok(faktur_db::spt_versions(&cref, Some(masa))?
            .iter()
            .map(version_json)
            .collect::<Vec<_>>())
    })
    .await??;
    Ok(Json(json!({ "versions": list })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CreditChoice {
    /// `credit` (default), `uncredit`, `not-creditable` or `default`.
    #[serde(default)]
    action: Option<String>,
    /// The masa, for `credit` and `not-creditable`.
    #[serde(default)]
    masa: Option<String>,
}

pub(crate) async fn credit(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Approver)?;
    let id: i64 = id.parse().map_err(|_| ApiError::not_found(id))?;
    let choice: CreditChoice = json_body(&body)?;
    let decision = blocking(move || -> Result<_, ApiError> {
        let cref = state.companies().get(&caller.company)?;
        // Another company's invoice is "not found", like a missing one.
        faktur_db::show_invoice(&cref, id)?;
        let masa = choice
            .masa
            .as_deref()
            .map(faktur_db::parse_masa)
            .transpose()?;
        let credit = match (choice.action.as_deref().unwrap_or("credit"), masa) {
            ("credit", Some(masa)) => faktur_db::Credit::In(masa),
            ("credit" | "default", None) => faktur_db::Credit::Default,
            ("not-creditable", masa) => faktur_db::Credit::NotCreditable(masa),
            ("uncredit", _) => faktur_db::Credit::Uncredit,
            (other, _) => return Err(ApiError::body(format!("action {other}"))),
        };
        Ok(faktur_db::credit_input(&cref, id, credit, &caller.actor())?)
    })
    .await??;
    Ok(Json(match decision {
        Some(d) => json!({"masa": d.masa, "creditable": d.creditable, "decided_by": d.decided_by}),
        None => json!({"masa": null, "creditable": true, "decided_by": null, "default": true}),
    }))
}
