//! The HTTP API under `/api/v1` (JSON) and the QR validation path, on axum.
//! Database work runs on blocking threads; every signed request is checked
//! against the registered key and the clock.

use crate::knobs::Knobs;
use crate::ledger::Refused;
use crate::store::{api_error, AuthorityDb, Clock};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use faktur_core::Lang;
use faktur_protocol as protocol;
use std::sync::{Arc, RwLock};

/// The sandbox: its books and its knobs.
#[derive(Debug, Clone)]
pub struct Authority {
    db: Arc<AuthorityDb>,
    knobs: Arc<RwLock<Knobs>>,
    /// The token of the sandbox administration endpoints; none: disabled.
    admin_token: Option<Arc<str>>,
}

impl Authority {
    /// A sandbox over `db`.
    pub fn new(db: AuthorityDb, knobs: Knobs, admin_token: Option<String>) -> Self {
        Authority {
            db: Arc::new(db),
            knobs: Arc::new(RwLock::new(knobs)),
            admin_token: admin_token.map(Into::into),
        }
    }

    /// The books (for tests and the embedding server).
    pub fn db(&self) -> &AuthorityDb {
        &self.db
    }

    fn knobs(&self) -> Knobs {
        self.knobs.read().map(|k| k.clone()).unwrap_or_default()
    }

    fn clock(&self, lang: Lang) -> Clock {
        let knobs = self.knobs();
        let now = time::OffsetDateTime::now_utc();
        let wib = wib(now);
        Clock {
            now_ms: i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(0),
            today: knobs.today.clone().unwrap_or_else(|| {
                wib.date()
                    .format(time::macros::format_description!("[year]-[month]-[day]"))
                    .unwrap_or_default()
            }),
            deadlines: knobs.deadlines,
            lang,
        }
    }
}

/// The routes.
pub fn router(authority: Authority) -> Router {
    Router::new()
        .route("/api/v1/health", get(health))
        .route("/api/v1/taxpayers", post(register))
        .route("/api/v1/taxpayers/me", get(me))
        .route("/api/v1/nsfp", post(nsfp))
        .route("/api/v1/operations", post(operations))
        .route("/api/v1/events", get(events))
        .route("/api/v1/billing", post(billing))
        .route("/api/v1/payments", post(payment))
        .route("/api/v1/spt", post(spt))
        .route("/api/v1/invoices", get(filed))
        .route("/api/v1/sandbox/knobs", put(set_knobs))
        .route("/api/v1/sandbox/master-file/{npwp}", put(set_standing))
        .route("/validasi/faktur/{npwp}/{nomor}/{token}", get(validate))
        .route("/VALIDASI/FAKTUR/{npwp}/{nomor}/{token}", get(validate))
        .layer(axum::middleware::from_fn_with_state(
            authority.clone(),
            misbehave,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .with_state(authority)
}

/// Largest request body: a batch of 1,000 invoices with many lines.
const MAX_BODY: usize = 32 * 1024 * 1024;

/// Serves until `shutdown` resolves, then finishes the requests under way.
pub async fn serve(
    listener: tokio::net::TcpListener,
    authority: Authority,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(authority))
        .with_graceful_shutdown(shutdown)
        .await
}

/// An error answer: status and body.
struct Failure(StatusCode, protocol::ApiError);

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.0, Json(self.1)).into_response()
    }
}

fn fail(status: StatusCode, code: &str, detail: &str, lang: Lang) -> Failure {
    Failure(status, api_error(code, detail, lang))
}

fn lang_of(headers: &HeaderMap) -> Lang {
    let wanted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if wanted.trim_start().starts_with("en") {
        Lang::En
    } else {
        Lang::Id
    }
}

/// Latency, maintenance windows and injected errors, before any work.
async fn misbehave(
    State(authority): State<Authority>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let knobs = authority.knobs();
    let lang = lang_of(request.headers());
    let admin = request.uri().path().starts_with("/api/v1/sandbox/");
    if knobs.latency_ms > 0 && !admin {
        tokio::time::sleep(std::time::Duration::from_millis(knobs.latency_ms)).await;
    }
    if !admin && request.uri().path() != "/api/v1/health" {
        if in_maintenance(&knobs) {
            return fail(
                StatusCode::SERVICE_UNAVAILABLE,
                "ETAX-API-00001",
                "maintenance",
                lang,
            )
            .into_response();
        }
        if knobs.error_rate_permille > 0 && random_permille() < knobs.error_rate_permille {
            return fail(
                StatusCode::INTERNAL_SERVER_ERROR,
                "ETAXSERVICE-10002",
                "injected",
                lang,
            )
            .into_response();
        }
    }
    next.run(request).await
}

/// Western Indonesian Time (UTC+7), DJP's clock.
fn wib(at: time::OffsetDateTime) -> time::OffsetDateTime {
    at.to_offset(time::macros::offset!(+7))
}

/// Whether a maintenance window is on now.
fn in_maintenance(knobs: &Knobs) -> bool {
    let now = wib(time::OffsetDateTime::now_utc());
    knobs.in_maintenance(u32::from(now.hour()) * 60 + u32::from(now.minute()))
}

/// A number in 0..1000 from the OS's randomness (no seeded state to share).
fn random_permille() -> u32 {
    let mut bytes = [0u8; 4];
    let _ = getrandom::getrandom(&mut bytes);
    u32::from_le_bytes(bytes) % 1000
}

async fn health(State(authority): State<Authority>, headers: HeaderMap) -> Json<protocol::Health> {
    let clock = authority.clock(lang_of(&headers));
    Json(protocol::Health {
        api_version: protocol::API_VERSION,
        now_ms: clock.now_ms,
        today: clock.today,
        maintenance: in_maintenance(&authority.knobs()),
    })
}

/// Runs database work on a blocking thread.
async fn blocking<T: Send + 'static>(
    lang: Lang,
    work: impl FnOnce() -> crate::store::DbResult<T> + Send + 'static,
) -> Result<T, Failure> {
    match tokio::task::spawn_blocking(work).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => {
            tracing::error!(%error, "authority database");
            Err(fail(
                StatusCode::INTERNAL_SERVER_ERROR,
                "ETAXSERVICE-10001",
                "",
                lang,
            ))
        }
        Err(_) => Err(fail(
            StatusCode::INTERNAL_SERVER_ERROR,
            "ETAXSERVICE-10001",
            "",
            lang,
        )),
    }
}

fn parse<T: serde::de::DeserializeOwned>(body: &[u8], lang: Lang) -> Result<T, Failure> {
    serde_json::from_slice(body).map_err(|e| {
        fail(
            StatusCode::BAD_REQUEST,
            "ETAXSERVICE-20021",
            &e.to_string(),
            lang,
        )
    })
}

async fn register(
    State(authority): State<Authority>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::Taxpayer>, Failure> {
    let lang = lang_of(&headers);
    let registration: protocol::Registration = parse(&body, lang)?;
    let Some(npwp) = faktur_core::ids::Npwp16::parse_any(&registration.npwp)
        .ok()
        .map(|n| n.digits().to_string())
    else {
        return Err(fail(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ETAX-API-10010",
            &registration.npwp,
            lang,
        ));
    };
    let text = protocol::registration_text(&registration.npwp, &registration.public_key);
    if protocol::verify(&registration.public_key, &text, &registration.proof).is_err() {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "ETAX-40004",
            "the proof does not verify",
            lang,
        ));
    }
    let now = authority.clock(lang).now_ms;
    let db = authority.db.clone();
    let taxpayer = blocking(lang, move || {
        db.register(
            &npwp,
            &registration.name,
            &registration.address,
            &registration.public_key,
            now,
        )
    })
    .await?;
    Ok(Json(taxpayer))
}

/// Checks a signed request; its signer's NPWP.
async fn signer(
    authority: &Authority,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<String, Failure> {
    let lang = lang_of(headers);
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (npwp, time, signature) = (
        text(protocol::HEADER_NPWP),
        text(protocol::HEADER_TIME),
        text(protocol::HEADER_SIGNATURE),
    );
    let Ok(time_ms) = time.parse::<i64>() else {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "ETAX-40004",
            "unsigned request",
            lang,
        ));
    };
    let db = authority.db.clone();
    let who = npwp.clone();
    let Some(taxpayer) = blocking(lang, move || db.taxpayer(&who)).await? else {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "ETAXSERVICE-40002",
            &npwp,
            lang,
        ));
    };
    let path = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    let canonical = protocol::canonical(method.as_str(), path, time_ms, body);
    if protocol::verify(&taxpayer.public_key, &canonical, &signature).is_err() {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "ETAX-40004",
            "the signature does not verify",
            lang,
        ));
    }
    let skew = time_ms - authority.clock(lang).now_ms;
    if skew.abs() > protocol::CLOCK_TOLERANCE_MS {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "ETAX-40002",
            &format!("clock off by {} s", skew / 1000),
            lang,
        ));
    }
    Ok(taxpayer.npwp)
}

async fn nsfp(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::NsfpRange>, Failure> {
    let npwp = signer(&authority, &method, &uri, &headers, &body).await?;
    let lang = lang_of(&headers);
    let request: protocol::NsfpRequest = parse(&body, lang)?;
    if !(1..=10_000).contains(&request.count) || !(2000..=2099).contains(&request.year) {
        return Err(fail(
            StatusCode::UNPROCESSABLE_ENTITY,
            "FKT-2301",
            "1–10,000 numbers of a year 2000–2099",
            lang,
        ));
    }
    let today = authority.clock(lang).today;
    let db = authority.db.clone();
    Ok(Json(
        blocking(lang, move || {
            db.allocate_nsfp(&npwp, request.year, request.count, &today)
        })
        .await?,
    ))
}

async fn operations(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::Outcomes>, Failure> {
    let npwp = signer(&authority, &method, &uri, &headers, &body).await?;
    let lang = lang_of(&headers);
    let request: protocol::Operations = parse(&body, lang)?;
    if request.operations.len() > protocol::MAX_OPERATIONS {
        return Err(fail(
            StatusCode::PAYLOAD_TOO_LARGE,
            "ETAXSERVICE-20021",
            "at most 1,000 operations",
            lang,
        ));
    }
    let clock = authority.clock(lang);
    let db = authority.db.clone();
    let results = blocking(lang, move || db.apply(&npwp, &request.operations, &clock)).await?;
    Ok(Json(protocol::Outcomes { results }))
}

#[derive(Debug, serde::Deserialize)]
struct Feed {
    #[serde(default)]
    after: i64,
    limit: Option<u32>,
}

/// A signed page of a feed (`?after=…&limit=…`, 1–5,000, default 1,000)
/// read for the signer.
async fn page<T: Send + 'static>(
    authority: &Authority,
    (method, uri, headers): (&Method, &Uri, &HeaderMap),
    feed: Feed,
    read: fn(&AuthorityDb, &str, i64, u32) -> crate::store::DbResult<T>,
) -> Result<Json<T>, Failure> {
    let npwp = signer(authority, method, uri, headers, b"").await?;
    let lang = lang_of(headers);
    let limit = feed.limit.unwrap_or(1_000).clamp(1, 5_000);
    let db = authority.db.clone();
    Ok(Json(
        blocking(lang, move || read(&db, &npwp, feed.after, limit)).await?,
    ))
}

async fn events(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(feed): Query<Feed>,
) -> Result<Json<protocol::Events>, Failure> {
    page(
        &authority,
        (&method, &uri, &headers),
        feed,
        AuthorityDb::events,
    )
    .await
}

/// The signer as the authority knows it: proves the key, the clock and the
/// registration in one call.
async fn me(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Json<protocol::Taxpayer>, Failure> {
    let npwp = signer(&authority, &method, &uri, &headers, b"").await?;
    let lang = lang_of(&headers);
    let db = authority.db.clone();
    let found = blocking(lang, move || db.taxpayer(&npwp)).await?;
    found.map(Json).ok_or_else(|| {
        fail(
            StatusCode::UNAUTHORIZED,
            "ETAXSERVICE-40002",
            "not registered",
            lang,
        )
    })
}

/// Ledger work for a signer: the books, its NPWP, the request, the clock.
type LedgerWork<R, T> =
    fn(&AuthorityDb, &str, R, &Clock) -> crate::store::DbResult<Result<T, Refused>>;

/// A signed ledger request: the signature checked, the body parsed, `work`
/// run on the books for the signer; a refusal answers 422 with its code.
async fn ledger<R, T>(
    authority: &Authority,
    (method, uri, headers, body): (&Method, &Uri, &HeaderMap, &Bytes),
    work: LedgerWork<R, T>,
) -> Result<Json<T>, Failure>
where
    R: serde::de::DeserializeOwned + Send + 'static,
    T: Send + 'static,
{
    let npwp = signer(authority, method, uri, headers, body).await?;
    let lang = lang_of(headers);
    let request: R = parse(body, lang)?;
    let (db, clock) = (authority.db.clone(), authority.clock(lang));
    blocking(lang, move || work(&db, &npwp, request, &clock))
        .await?
        .map(Json)
        .map_err(|r| fail(StatusCode::UNPROCESSABLE_ENTITY, r.code, &r.detail, lang))
}

async fn billing(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::Billing>, Failure> {
    ledger(
        &authority,
        (&method, &uri, &headers, &body),
        |db, npwp, request: protocol::BillingRequest, clock| {
            db.create_billing(npwp, &request, clock)
        },
    )
    .await
}

async fn payment(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::Billing>, Failure> {
    ledger(
        &authority,
        (&method, &uri, &headers, &body),
        |db, npwp, request: protocol::PaymentRequest, clock| db.pay(npwp, &request.code, clock),
    )
    .await
}

async fn spt(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<protocol::SptReceipt>, Failure> {
    ledger(
        &authority,
        (&method, &uri, &headers, &body),
        |db, npwp, filing: protocol::SptFiling, clock| db.file_spt(npwp, &filing, clock),
    )
    .await
}

async fn filed(
    State(authority): State<Authority>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(feed): Query<Feed>,
) -> Result<Json<protocol::FiledInvoices>, Failure> {
    page(
        &authority,
        (&method, &uri, &headers),
        feed,
        AuthorityDb::filed,
    )
    .await
}

async fn validate(
    State(authority): State<Authority>,
    headers: HeaderMap,
    Path((npwp, nomor, token)): Path<(String, String, String)>,
) -> Result<Response, Failure> {
    let lang = lang_of(&headers);
    let db = authority.db.clone();
    let found = blocking(lang, move || db.for_qr(&npwp, &nomor)).await?;
    let stored = found.and_then(|(body, status, stored_token)| {
        let invoice: faktur_wire::ComputedInvoice = serde_json::from_str(&body).ok()?;
        // The 64-hex form of old codes is the digest without its prefix:
        // the whole digest, never a shorter piece of it.
        let digest = &stored_token[stored_token.len().saturating_sub(64)..];
        (stored_token.eq_ignore_ascii_case(&token) || digest.eq_ignore_ascii_case(&token))
            .then_some((invoice, status))
    });
    let answer = crate::qr::answer(stored.as_ref().map(|(i, s)| (i, s.as_str())));
    let mut xml = Vec::new();
    faktur_formats::qr_xml::write(&answer, &mut xml).map_err(|e| {
        fail(
            StatusCode::INTERNAL_SERVER_ERROR,
            "ETAXSERVICE-10001",
            &e.to_string(),
            lang,
        )
    })?;
    Ok((
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response())
}

fn admin(authority: &Authority, headers: &HeaderMap) -> Result<(), Failure> {
    let given = headers.get("x-sandbox-admin").and_then(|v| v.to_str().ok());
    match (&authority.admin_token, given) {
        (Some(token), Some(given)) if token.as_bytes() == given.as_bytes() => Ok(()),
        _ => Err(fail(
            StatusCode::FORBIDDEN,
            "ETAX-40004",
            "sandbox administration",
            lang_of(headers),
        )),
    }
}

async fn set_knobs(
    State(authority): State<Authority>,
    headers: HeaderMap,
    Json(knobs): Json<Knobs>,
) -> Result<Json<Knobs>, Failure> {
    admin(&authority, &headers)?;
    knobs.check().map_err(|e| {
        fail(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ETAXSERVICE-20021",
            &e,
            lang_of(&headers),
        )
    })?;
    if let Ok(mut current) = authority.knobs.write() {
        *current = knobs.clone();
    }
    Ok(Json(knobs))
}

#[derive(Debug, serde::Deserialize)]
struct StandingBody {
    status: String,
}

async fn set_standing(
    State(authority): State<Authority>,
    headers: HeaderMap,
    Path(npwp): Path<String>,
    Json(body): Json<StandingBody>,
) -> Result<StatusCode, Failure> {
    admin(&authority, &headers)?;
    let lang = lang_of(&headers);
    if !["active", "inactive", "unknown"].contains(&body.status.as_str()) {
        return Err(fail(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ETAXSERVICE-20021",
            "status: active, inactive or unknown",
            lang,
        ));
    }
    let npwp = crate::rules::party_npwp(Some(&npwp)).unwrap_or(npwp);
    let db = authority.db.clone();
    blocking(lang, move || db.set_standing(&npwp, &body.status)).await?;
    Ok(StatusCode::NO_CONTENT)
}
