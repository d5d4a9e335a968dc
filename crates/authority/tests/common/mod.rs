//! Helpers shared by the authority's tests.

/// The computed invoice of a draft (JSON) that must have no error.
pub fn computed(draft: &serde_json::Value) -> faktur_wire::ComputedInvoice {
    let outcome = faktur_wire::calculate_json(
        draft.to_string().as_bytes(),
        None,
        &faktur_core::invoice::Context::default(),
        faktur_core::Lang::En,
    )
    .unwrap();
    assert!(outcome.accepted, "{:?}", outcome.invoice.findings);
    outcome.invoice
}
