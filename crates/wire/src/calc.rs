//! One entry point for every caller that turns draft JSON into a computed
//! invoice (CLI `calc`, `invoice create`, the HTTP API).

use crate::{parse_draft_json, ComputedInvoice, JsonError, PartyDto};
use faktur_core::invoice::{calculate, Context, Draft, Party};
use faktur_core::Lang;

/// The outcome of a calculation.
#[derive(Debug, Clone)]
pub struct CalcOutcome {
    /// The computed invoice, findings included.
    pub invoice: ComputedInvoice,
    /// The domain draft, when it could be read.
    pub draft: Option<Draft>,
    /// True when no finding is an error.
    pub accepted: bool,
}

/// Reads draft JSON, applies the company default, computes and validates.
/// Malformed JSON is an `Err`; everything else is an outcome whose findings
/// say what is wrong.
pub fn calculate_json(
    bytes: &[u8],
    company: Option<&Party>,
    context: &Context,
    lang: Lang,
) -> Result<CalcOutcome, JsonError> {
    let dto = parse_draft_json(bytes)?;
    Ok(match dto.to_domain(company) {
        Ok(draft) => {
            let calculation = calculate(&draft, context);
            let parties = (
                draft.seller.as_ref().map(PartyDto::from_domain),
                draft.buyer.as_ref().map(PartyDto::from_domain),
            );
            let invoice = ComputedInvoice::new(
                &dto,
                parties,
                Some(&calculation),
                &calculation.findings,
                lang,
            );
            CalcOutcome {
                accepted: calculation.accepted(),
                invoice,
                draft: Some(draft),
            }
        }
        Err(findings) => {
            let invoice = ComputedInvoice::new(
                &dto,
                (dto.seller.clone(), dto.buyer.clone()),
                None,
                &findings,
                lang,
            );
            CalcOutcome {
                accepted: false,
                invoice,
                draft: None,
            }
        }
    })
}
