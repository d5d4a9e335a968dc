//! The authority's API as seen from the taxpayer's side: signed requests
//! over a pooled HTTP agent, every failure turned into a [`Failure`] with
//! a catalogue code.

use crate::plan::{Failure, UNREACHABLE};
use faktur_core::finding::codes;
use faktur_protocol::{self as protocol, KeyPair};
use serde::de::DeserializeOwned;
use std::time::Duration;

/// A connection to the authority for one taxpayer.
pub struct Client {
    base: String,
    npwp: String,
    keys: KeyPair,
    agent: ureq::Agent,
    clock_offset_ms: i64,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("Client")
            .field("base", &self.base)
            .field("npwp", &self.npwp)
            .finish()
    }
}

/// The authority's address without a trailing `/` or `/api/v1`, so that
/// both `http://host:8700` and `http://host:8700/api/v1` work.
pub fn normalize_base(url: &str) -> String {
    let trimmed = url.trim().trim_end_matches('/');
    trimmed
        .strip_suffix("/api/v1")
        .unwrap_or(trimmed)
        .to_string()
}

fn now_ms() -> i64 {
    faktur_store::now_ms()
}

impl Client {
    /// A client for `npwp` signing with `keys`. Time-outs: 5 s to connect,
    /// 60 s to read or write, so a stalled authority is noticed and the
    /// batch retried rather than waited on for ever.
    pub fn new(base: &str, npwp: &str, keys: KeyPair) -> Self {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(5))
            .timeout_read(Duration::from_secs(60))
            .timeout_write(Duration::from_secs(60))
            .build();
        Client {
            base: normalize_base(base),
            npwp: npwp.to_string(),
            keys,
            agent,
            clock_offset_ms: 0,
        }
    }

    /// The authority's address.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Signs requests as if the local clock were `offset_ms` off; only for
    /// tests of the clock check.
    pub fn set_clock_offset(&mut self, offset_ms: i64) {
        self.clock_offset_ms = offset_ms;
    }

    /// `GET /api/v1/health` (unsigned).
    pub fn health(&self) -> Result<protocol::Health, Failure> {
        let request = self.agent.get(&format!("{}/api/v1/health", self.base));
        answer(request.call())
    }

    /// Registers the taxpayer's public key (`POST /api/v1/taxpayers`).
    pub fn register(&self, name: &str, address: &str) -> Result<protocol::Taxpayer, Failure> {
        let public_key = self.keys.public_hex();
        let registration = protocol::Registration {
            npwp: self.npwp.clone(),
            name: name.to_string(),
            address: address.to_string(),
            proof: self
                .keys
                .sign_text(&protocol::registration_text(&self.npwp, &public_key)),
            public_key,
        };
        let body = serde_json::to_vec(&registration).unwrap_or_default();
        let request = self
            .agent
            .post(&format!("{}/api/v1/taxpayers", self.base))
            .set("Content-Type", "application/json");
        answer(request.send_bytes(&body))
    }

    /// The taxpayer as the authority knows it (`GET /api/v1/taxpayers/me`,
    /// signed: it proves the key, the clock and the registration).
    pub fn me(&self) -> Result<protocol::Taxpayer, Failure> {
        self.signed("GET", "/api/v1/taxpayers/me", b"")
    }

    /// Sends operations, each `(key, payload)` where the payload is the
    /// stored JSON of the action; the body is assembled around the stored
    /// bytes so that a retry sends exactly what the first attempt did.
    pub fn operations(&self, items: &[(&str, &str)]) -> Result<protocol::Outcomes, Failure> {
        let mut body = String::with_capacity(items.iter().map(|(_, p)| p.len() + 64).sum());
        body.push_str("{\"operations\":[");
        for (index, (key, payload)) in items.iter().enumerate() {
            if index > 0 {
                body.push(',');
            }
            let inner = payload.trim().strip_prefix('{').unwrap_or(payload);
            body.push_str("{\"key\":");
            body.push_str(&serde_json::to_string(key).unwrap_or_default());
            if !inner.trim_start().starts_with('}') {
                body.push(',');
            }
            body.push_str(inner);
        }
        body.push_str("]}");
        self.signed("POST", "/api/v1/operations", body.as_bytes())
    }

    /// `GET /api/v1/events?after=…&limit=…`.
    pub fn events(&self, after: i64, limit: u32) -> Result<protocol::Events, Failure> {
        self.signed(
            "GET",
            &format!("/api/v1/events?after={after}&limit={limit}"),
            b"",
        )
    }

    /// `GET /api/v1/invoices?after=…&limit=…`.
    pub fn filed(&self, after: i64, limit: u32) -> Result<protocol::FiledInvoices, Failure> {
        self.signed(
            "GET",
            &format!("/api/v1/invoices?after={after}&limit={limit}"),
            b"",
        )
    }

    /// Creates a kode billing (`POST /api/v1/billing`).
    pub fn billing(
        &self,
        request: &protocol::BillingRequest,
    ) -> Result<protocol::Billing, Failure> {
        let body = serde_json::to_vec(request).unwrap_or_default();
        self.signed("POST", "/api/v1/billing", &body)
    }

    /// Pays a kode billing in the sandbox (`POST /api/v1/payments`).
    pub fn pay(&self, code: &str) -> Result<protocol::Billing, Failure> {
        let body = serde_json::to_vec(&protocol::PaymentRequest {
            code: code.to_string(),
        })
        .unwrap_or_default();
        self.signed("POST", "/api/v1/payments", &body)
    }

    /// Files an SPT (`POST /api/v1/spt`): its BPE.
    pub fn file_spt(&self, filing: &protocol::SptFiling) -> Result<protocol::SptReceipt, Failure> {
        let body = serde_json::to_vec(filing).unwrap_or_default();
        self.signed("POST", "/api/v1/spt", &body)
    }

    fn signed<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
    ) -> Result<T, Failure> {
        let signed = self.keys.sign(
            &self.npwp,
            method,
            path,
            now_ms() + self.clock_offset_ms,
            body,
        );
        let request = self
            .agent
            .request(method, &format!("{}{path}", self.base))
            .set(protocol::HEADER_NPWP, &signed.npwp)
            .set(protocol::HEADER_TIME, &signed.time_ms.to_string())
            .set(protocol::HEADER_SIGNATURE, &signed.signature)
            .set("Accept-Language", "en");
        let result = if method == "GET" {
            request.call()
        } else {
            request
                .set("Content-Type", "application/json")
                .send_bytes(body)
        };
        answer(result)
    }
}

/// Reads an answer: the JSON body of a 2xx, the API error of any other
/// status, a transport failure as "cannot reach".
fn answer<T: DeserializeOwned>(result: Result<ureq::Response, ureq::Error>) -> Result<T, Failure> {
    match result {
        Ok(response) => {
            let status = response.status();
            serde_json::from_reader(response.into_reader())
                .map_err(|e| Failure::new(codes::ANSWER_UNREADABLE, e.to_string(), Some(status)))
        }
        Err(ureq::Error::Status(status, response)) => {
            let text = response.into_string().unwrap_or_default();
            Err(match serde_json::from_str::<protocol::ApiError>(&text) {
                Ok(error) => Failure::new(&error.code, error.message, Some(status)),
                Err(_) => Failure::new(
                    codes::ANSWER_UNREADABLE,
                    format!(
                        "HTTP {status}: {}",
                        text.chars().take(200).collect::<String>()
                    ),
                    Some(status),
                ),
            })
        }
        Err(ureq::Error::Transport(transport)) => {
            Err(Failure::new(UNREACHABLE, transport.to_string(), None))
        }
    }
}
