//! Who is asking: a bearer token (`Authorization: Bearer fkt_…`) or the
//! session cookie, resolved against the accounts on every request (a
//! revoked token or a removed role takes effect at once, in every server
//! process). Unsafe methods through a session must echo its CSRF token
//! (`X-CSRF-Token` for scripts; forms are checked by `pages::form`).

use crate::accounts::{Grant, Role, Via};
use crate::state::{blocking, AppState};
use crate::ApiError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use faktur_core::finding::codes;

/// The session cookie's name.
pub const COOKIE: &str = "faktur_session";

/// A signed-in user, maybe without a company chosen yet.
#[derive(Debug, Clone)]
pub struct Signed {
    /// The grant.
    pub grant: Grant,
    /// The session secret (to switch company or sign out).
    pub session: Option<String>,
}

/// A caller acting in one company with one role.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The grant.
    pub grant: Grant,
    /// The company (NPWP16).
    pub company: String,
    /// The role there.
    pub role: Role,
}

impl Caller {
    /// Refuses (403) unless the caller's role is at least `role`.
    pub fn require(&self, role: Role) -> Result<(), ApiError> {
        if self.role >= role {
            Ok(())
        } else {
            Err(ApiError::new(
                StatusCode::FORBIDDEN,
                codes::ROLE,
                format!("{} < {role}", self.role),
            ))
        }
    }

    /// Who, for the audit log: the user and how they came.
    pub fn actor(&self) -> String {
        match self.grant.via {
            Via::Session { .. } => format!("web:{}", self.grant.user.login),
            Via::Token { id } => format!("token:{id}:{}", self.grant.user.login),
        }
    }

    /// The session's CSRF token, if this is a session.
    pub fn csrf(&self) -> Option<&str> {
        match &self.grant.via {
            Via::Session { csrf } => Some(csrf),
            Via::Token { .. } => None,
        }
    }
}

/// The session secret in the cookie header.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_string())
        .filter(|t| !t.is_empty() && t.len() <= 128)
}

fn sign_in_required() -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, codes::SIGN_IN, "")
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(signed) = parts.extensions.get::<Signed>() {
            return Ok(signed.clone());
        }
        let token = bearer(&parts.headers);
        let session = if token.is_none() {
            session_cookie(&parts.headers)
        } else {
            None
        };
        let cached = match (&token, &session) {
            (Some(token), _) => state.accounts().cached(true, token),
            (None, Some(secret)) => state.accounts().cached(false, secret),
            (None, None) => None,
        };
        let grant = match cached {
            Some(grant) => grant,
            None => {
                let (state2, token2, session2) = (state.clone(), token.clone(), session.clone());
                blocking(move || match (token2, session2) {
                    (Some(token), _) => state2.accounts().token(&token),
                    (None, Some(secret)) => state2.accounts().session(&secret, crate::now_ms()),
                    (None, None) => Ok(None),
                })
                .await??
                .ok_or_else(sign_in_required)?
            }
        };
        // Scripts using the cookie must prove they came from our pages;
        // forms carry the token in a field, checked by `pages::form`.
        if let Via::Session { csrf } = &grant.via {
            let api = parts.uri.path().starts_with("/api/");
            if api && !is_safe(&parts.method) {
                let sent = parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok());
                if sent != Some(csrf.as_str()) {
                    return Err(ApiError::new(StatusCode::FORBIDDEN, codes::CSRF, ""));
                }
            }
        }
        let signed = Signed {
            grant,
            session: session.filter(|_| token.is_none()),
        };
        parts.extensions.insert(signed.clone());
        Ok(signed)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let signed = Signed::from_request_parts(parts, state).await?;
        let (Some(company), Some(role)) = (signed.grant.company.clone(), signed.grant.role) else {
            // Signed in, but working in no company (none chosen, or the role
            // there was taken away): nothing of any company is visible.
            return Err(ApiError::not_found("no company chosen"));
        };
        Ok(Caller {
            grant: signed.grant,
            company,
            role,
        })
    }
}
