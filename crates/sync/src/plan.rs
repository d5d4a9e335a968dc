//! The pure part of sync: which failures are worth retrying, how long to
//! wait, and what an exchange with the authority means for the books. No
//! I/O: every function here takes what happened and returns what to write.

use faktur_core::finding::codes;
use faktur_protocol::{Event, Outcome, Outcomes};
use faktur_store::sync::operation;
use faktur_store::{
    InvoiceKey, NewApproval, NewInvoice, OutboxItem, ReturnChange, Settled, Settlement,
    StatusChange, SyncWrite,
};

/// Whether a failure may go away by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The network, the authority's load or maintenance: send again later.
    Transient,
    /// The authority judged the operation and refused it: sending it again
    /// cannot change the answer.
    Permanent,
}

/// A failure of an exchange or of one operation: a catalogue code and what
/// happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Catalogue code.
    pub code: String,
    /// Specifics.
    pub detail: String,
    /// HTTP status, when the authority answered.
    pub status: Option<u16>,
}

impl Failure {
    /// A failure with a code and detail.
    pub fn new(code: &str, detail: impl Into<String>, status: Option<u16>) -> Self {
        Failure {
            code: code.to_string(),
            detail: detail.into(),
            status,
        }
    }

    /// `CODE: detail`, as the outbox and the sync state keep it.
    pub fn text(&self) -> String {
        format!("{}: {}", self.code, self.detail)
    }

    /// Transient or permanent.
    pub fn class(&self) -> Class {
        classify(&self.code, self.status)
    }

    /// True when the authority could not be reached at all.
    pub fn is_unreachable(&self) -> bool {
        self.code == UNREACHABLE
    }
}

/// The code of an authority that cannot be reached (no connection,
/// connection reset, time-out): "Tidak dapat menghubungi E-TaxInvoice
/// Server".
pub const UNREACHABLE: &str = "ETAX-40001";

/// Codes that say "not now" rather than "no": the authority's database,
/// session and maintenance answers, and OpenFaktur's own transport codes.
const TRANSIENT_CODES: &[&str] = &[
    UNREACHABLE,
    "ETAX-10001",
    "ETAX-10002",
    "ETAX-40002",
    "ETAX-40003",
    "ETAX-API-00001",
    "ETAXSERVICE-10001",
    "ETAXSERVICE-10002",
    "ETAXSERVICE-40002",
    "ETAX-40004",
    codes::ANSWER_UNREADABLE,
    codes::API_VERSION,
    codes::KEY_FILE,
];

/// Transient or permanent, by code and HTTP status. Anything the authority
/// answers with 5xx, 408 or 429 is transient whatever its code; so are
/// signature, clock and registration problems (401), which a fix on this
/// side (`faktur doctor --fix`) clears without touching the operation.
pub fn classify(code: &str, status: Option<u16>) -> Class {
    if TRANSIENT_CODES.contains(&code) {
        return Class::Transient;
    }
    match status {
        Some(s) if s >= 500 || s == 408 || s == 429 || s == 401 => Class::Transient,
        _ => Class::Permanent,
    }
}

/// Exponential backoff with jitter and a cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failure, before jitter (ms).
    pub base_ms: i64,
    /// The longest wait (ms).
    pub cap_ms: i64,
}

impl Default for Backoff {
    /// 200 ms, doubling, at most 5 minutes: a dropped connection is
    /// retried at once, an authority down for hours is asked every few
    /// minutes.
    fn default() -> Self {
        Backoff {
            base_ms: 200,
            cap_ms: 5 * 60 * 1000,
        }
    }
}

impl Backoff {
    /// The wait before attempt `attempts + 1` after `attempts` failures
    /// (≥ 1), with `random` supplying the jitter: between half and all of
    /// `base × 2^(attempts-1)`, capped ("equal jitter", so that clients
    /// that failed together do not come back together, and none waits
    /// less than half its share).
    pub fn delay_ms(&self, attempts: i64, random: u64) -> i64 {
        let exponent = attempts.saturating_sub(1).clamp(0, 30) as u32;
        let full = self
            .base_ms
            .saturating_mul(1_i64 << exponent)
            .min(self.cap_ms)
            .max(1);
        let half = full / 2;
        half + (random % (full - half + 1) as u64) as i64
    }
}

/// What a round's sends add up to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Answered and accepted.
    pub accepted: usize,
    /// Refused for good.
    pub refused: usize,
    /// To be sent again.
    pub retrying: usize,
}

/// The settlement of a batch the authority answered: each outcome settles
/// its item (matched by key); an accepted upload or cancellation changes the
/// invoice's status and number and stores the approval, an accepted retur
/// marks the retur `approved`; a refusal marks the invoice (or retur)
/// `rejected` with the reason; an item the answer does not mention
/// is retried.
pub fn settle_answered(
    items: &[OutboxItem],
    outcomes: &Outcomes,
    now: i64,
    backoff: &Backoff,
    random: &mut dyn FnMut() -> u64,
    write: &mut SyncWrite,
) -> Tally {
    let mut tally = Tally::default();
    let by_key: std::collections::HashMap<&str, &Outcome> = outcomes
        .results
        .iter()
        .map(|o| (o.key.as_str(), o))
        .collect();
    for item in items {
        let Some(outcome) = by_key.get(item.key.as_str()) else {
            let failure = Failure::new(
                codes::ANSWER_UNREADABLE,
                format!("no outcome for key {}", item.key),
                None,
            );
            retry(item, &failure, now, backoff, random(), write);
            tally.retrying += 1;
            continue;
        };
        if outcome.accepted {
            accept(item, outcome, write);
            tally.accepted += 1;
            continue;
        }
        let failure = outcome.error.as_ref().map_or_else(
            || Failure::new(codes::ANSWER_UNREADABLE, "refused without a reason", None),
            |e| Failure::new(&e.code, e.message.clone(), None),
        );
        if failure.class() == Class::Transient {
            retry(item, &failure, now, backoff, random(), write);
            tally.retrying += 1;
        } else {
            write.settled.push(Settled {
                outbox_id: item.id,
                settlement: Settlement::Failed {
                    error: failure.text(),
                },
            });
            if item.operation == operation::UPLOAD {
                write.changes.push(StatusChange {
                    invoice: InvoiceKey::Id(item.entity_id),
                    status: "rejected".into(),
                    number: None,
                    note: failure.text(),
                });
            } else if item.operation == operation::RETUR {
                write.returns.push(ReturnChange {
                    return_id: item.entity_id,
                    status: "rejected".into(),
                });
            }
            tally.refused += 1;
        }
    }
    tally
}

fn accept(item: &OutboxItem, outcome: &Outcome, write: &mut SyncWrite) {
    write.settled.push(Settled {
        outbox_id: item.id,
        settlement: Settlement::Done,
    });
    if item.operation == operation::RETUR {
        // A registered retur changes no invoice's status, only its own.
        write.returns.push(ReturnChange {
            return_id: item.entity_id,
            status: "approved".into(),
        });
        return;
    }
    let status = outcome.status.clone().unwrap_or_else(|| {
        if item.operation == operation::CANCEL {
            "cancelled".into()
        } else {
            "approved".into()
        }
    });
    let number = outcome.approval.as_ref().map(|a| a.number.clone());
    write.changes.push(StatusChange {
        invoice: InvoiceKey::Id(item.entity_id),
        status,
        number: number.clone(),
        note: format!("authority: {}", item.operation),
    });
    if let Some(approval) = &outcome.approval {
        write.approvals.push(NewApproval {
            invoice: InvoiceKey::Id(item.entity_id),
            number: approval.number.clone(),
            approved_at: approval.approved_at,
            signature: approval.signature.clone(),
            token: approval.token.clone(),
        });
    }
}

fn retry(
    item: &OutboxItem,
    failure: &Failure,
    now: i64,
    backoff: &Backoff,
    random: u64,
    write: &mut SyncWrite,
) {
    write.settled.push(Settled {
        outbox_id: item.id,
        settlement: Settlement::Retry {
            next_attempt_at: now + backoff.delay_ms(item.attempts + 1, random),
            error: failure.text(),
        },
    });
}

/// The settlement of a batch that got no usable answer: every item waits
/// its own backoff. Nothing is marked refused on a transport failure; a
/// permanent failure of the whole request (a 4xx the authority gives to any
/// batch, such as a body too large) is retried too, but at the cap, since
/// only a program fix changes it.
pub fn settle_unanswered(
    items: &[OutboxItem],
    failure: &Failure,
    now: i64,
    backoff: &Backoff,
    random: &mut dyn FnMut() -> u64,
    write: &mut SyncWrite,
) -> Tally {
    let slow = Backoff {
        base_ms: backoff.cap_ms,
        cap_ms: backoff.cap_ms,
    };
    let policy = match failure.class() {
        Class::Transient => backoff,
        Class::Permanent => &slow,
    };
    for item in items {
        retry(item, failure, now, policy, random(), write);
    }
    Tally {
        retrying: items.len(),
        ..Tally::default()
    }
}

/// What the feed's events mean for the books of `npwp`: a seller event is a
/// status change of an own output invoice (found by number); a buyer event
/// with the invoice is an input invoice to store (or whose status to
/// follow), one without is a status change of a held input invoice. Events
/// whose invoice cannot be read are returned as problems, not applied.
pub fn plan_events(
    npwp: &str,
    events: &[Event],
    convert: &dyn Fn(&faktur_wire::ComputedInvoice, &str) -> Result<NewInvoice, String>,
    write: &mut SyncWrite,
) -> Vec<String> {
    let mut problems = Vec::new();
    for event in events {
        let key = |kind: &str| InvoiceKey::Number {
            kind: kind.into(),
            seller_tin: event.seller.clone(),
            number: event.number.clone(),
        };
        match (event.role.as_str(), &event.invoice) {
            ("seller", _) if event.seller == npwp => write.changes.push(StatusChange {
                invoice: key("output"),
                status: event.status.clone(),
                number: None,
                note: format!("authority feed #{}", event.seq),
            }),
            ("buyer", Some(invoice)) => match convert(invoice, &event.status) {
                Ok(record) => write.received.push(record),
                Err(problem) => problems.push(format!("event {}: {problem}", event.seq)),
            },
            ("buyer", None) => write.changes.push(StatusChange {
                invoice: key("input"),
                status: event.status.clone(),
                number: None,
                note: format!("authority feed #{}", event.seq),
            }),
            _ => problems.push(format!("event {}: role {}", event.seq, event.role)),
        }
    }
    problems
}

#[cfg(test)]
mod tests;
