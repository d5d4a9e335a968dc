//! Writing a `resValidateFakturPm` document: the service's prolog
//! (`standalone="yes"`), element order, two-space indentation.

use super::{QrResponse, DETAIL_ELEMENTS, HEADER_ELEMENTS, ROOT};
use crate::xml::element;
use std::io::Write;

/// Writes the answer.
pub fn write(response: &QrResponse, mut out: impl Write) -> std::io::Result<()> {
    let mut b = String::with_capacity(2048);
    b.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<");
    b.push_str(ROOT);
    b.push_str(">\n");
    for (name, value) in HEADER_ELEMENTS.iter().zip(&response.fields) {
        element(&mut b, "  ", name, value);
    }
    if let Some(reference) = &response.reference {
        element(&mut b, "  ", "referensi", reference);
    }
    for detail in &response.details {
        b.push_str("  <detailTransaksi>\n");
        for (name, value) in DETAIL_ELEMENTS.iter().zip(&detail.fields) {
            element(&mut b, "    ", name, value);
        }
        b.push_str("  </detailTransaksi>\n");
    }
    b.push_str("</");
    b.push_str(ROOT);
    b.push_str(">\n");
    out.write_all(b.as_bytes())?;
    out.flush()
}
