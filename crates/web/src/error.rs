//! The error shape of the API, `{"code", "message", "details"}`, with the
//! message in the language the request asks for.
//!
//! A handler returns an [`ApiError`] that carries the code and specifics
//! only; the `localize` layer renders it once it knows the request's
//! language (JSON under `/api`, a page elsewhere). Errors axum raises on
//! its own (unknown route, body over the limit) get codes there too.

use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use faktur_core::finding::codes;
use faktur_core::{catalogue, Lang};
use faktur_db::{DbError, Exit};
use serde_json::{json, Value};

/// An error answer before it is rendered.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Catalogue code.
    pub code: String,
    /// Specifics, in no particular language (names, values).
    pub details: Vec<Value>,
}

impl ApiError {
    /// An error with a code and its specifics.
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Self {
        let detail = detail.into();
        ApiError {
            status,
            code: code.to_string(),
            details: if detail.is_empty() {
                Vec::new()
            } else {
                vec![json!({ "detail": detail })]
            },
        }
    }

    /// 404, the answer for anything the caller may not see.
    pub fn not_found(what: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, what)
    }

    /// 400 for a body that is not what the route reads.
    pub fn body(detail: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, codes::BODY, detail)
    }

    /// A failure of the server's own books.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!("{detail}");
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "FKT-1001", "")
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        let status = match (e.code, e.exit) {
            ("ETAX-10004" | "FKT-1005", _) => StatusCode::NOT_FOUND,
            (_, Exit::Refused) => StatusCode::UNPROCESSABLE_ENTITY,
            (_, Exit::Usage) => StatusCode::BAD_REQUEST,
            (_, Exit::Environment) => StatusCode::SERVICE_UNAVAILABLE,
        };
        if status == StatusCode::SERVICE_UNAVAILABLE {
            tracing::warn!("{}: {}", e.code, e.detail);
        }
        ApiError::new(status, e.code, e.detail)
    }
}

impl From<faktur_sql::DbError> for ApiError {
    fn from(e: faktur_sql::DbError) -> Self {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// The language a request asks for: `Accept-Language` starting with `en`
/// is English; anything else Indonesian (the default).
pub fn lang_of(headers: &axum::http::HeaderMap) -> Lang {
    let wanted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if wanted.trim_start().to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::Id
    }
}

/// The catalogue message of a code in a language.
pub fn message(code: &str, lang: Lang) -> String {
    catalogue::lookup(code).map_or_else(|| code.to_string(), |e| e.message.get(lang).to_string())
}

/// The JSON of an error.
pub fn error_json(error: &ApiError, lang: Lang) -> Value {
    json!({
        "code": error.code,
        "message": message(&error.code, lang),
        "details": error.details,
    })
}

/// Renders errors in the request's language; gives axum's own refusals
/// (unknown route or method, body over the limit, unreadable body) their
/// codes.
pub async fn localize(request: Request, next: Next) -> Response {
    let lang = crate::pages::lang_of_request(request.headers());
    let api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let status = response.status();
    let error = match response.extensions().get::<ApiError>() {
        Some(error) => error.clone(),
        None if status == StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::new(status, codes::TOO_LARGE, "")
        }
        None if status == StatusCode::NOT_FOUND || status == StatusCode::METHOD_NOT_ALLOWED => {
            ApiError::new(status, codes::NOT_FOUND, "")
        }
        None if status == StatusCode::UNSUPPORTED_MEDIA_TYPE
            || (status == StatusCode::BAD_REQUEST
                && response
                    .headers()
                    .get(header::CONTENT_TYPE)
                    .is_some_and(|v| v.to_str().is_ok_and(|t| t.starts_with("text/plain")))) =>
        {
            ApiError::body("")
        }
        None => return response,
    };
    let mut rendered = if api {
        (status, axum::Json(error_json(&error, lang))).into_response()
    } else {
        // A page error sets its own status (a redirect to the login page
        // for a missing session).
        crate::pages::error_page(&ApiError { status, ..error }, lang)
    };
    for name in [header::SET_COOKIE, header::RETRY_AFTER, header::LOCATION] {
        if let Some(value) = response.headers().get(&name) {
            rendered.headers_mut().insert(name, value.clone());
        }
    }
    rendered
}
