//! Wire types of OpenFaktur: the invoice draft JSON accepted by `faktur calc`,
//! `faktur invoice create` and `POST /api/v1/invoices`, and the computed
//! invoice they answer with.
//!
//! These types are the frozen public shape; the domain types of
//! `faktur-core` stay free to change. Amounts travel as JSON strings holding
//! decimals, never as JSON numbers, so no precision is ever lost.

mod calc;
mod computed;
mod draft;
mod error;

pub use calc::{calculate_json, CalcOutcome};
pub use computed::{ComputedInvoice, ComputedLine, FindingDto, RegimeDto, TotalsDto};
pub use draft::{draft_to_json, DraftDto, LineDto, PartyDto};
pub use error::{parse_draft_json, JsonError};

#[cfg(test)]
mod tests;
