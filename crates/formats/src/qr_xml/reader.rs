//! Reading one `resValidateFakturPm` document over the hardened XML layer.

use super::{QrDetail, QrResponse, ROOT};
use crate::xml::{Node, SafeXml, XML_MALFORMED, XML_UNKNOWN_ELEMENT};
use crate::RowError;
use std::io::BufRead;

/// Reads the answer. `Ok` carries the answer and the unknown elements met
/// (warnings); `Err` is the first error that stops reading.
pub fn read(input: impl BufRead) -> Result<(QrResponse, Vec<RowError>), RowError> {
    let mut xml = SafeXml::new(input, ROOT);
    let mut response: Option<QrResponse> = None;
    let mut detail: Option<QrDetail> = None;
    let mut text = String::new();
    let mut unknown = Vec::new();
    while let Some(node) = xml.next_node() {
        let (line, node) = node?;
        match node {
            Node::Open(name) => {
                text.clear();
                match (xml.parent(), name.as_str()) {
                    // The layer refuses anything after the root element.
                    ("", _) => response = Some(QrResponse::empty(line)),
                    (ROOT, "detailTransaksi") => detail = Some(QrDetail::empty(line)),
                    _ => {}
                }
            }
            Node::Text(part) => text.push_str(&part),
            Node::Close(name) => {
                let value = std::mem::take(&mut text);
                let known = match (xml.current(), name.as_str()) {
                    ("", _) => true,
                    (ROOT, "detailTransaksi") => {
                        if let (Some(d), Some(r)) = (detail.take(), response.as_mut()) {
                            r.details.push(d);
                        }
                        true
                    }
                    (ROOT, field) => response.as_mut().is_some_and(|r| r.set(field, value)),
                    ("detailTransaksi", field) => {
                        detail.as_mut().is_some_and(|d| d.set(field, value))
                    }
                    _ => false,
                };
                if !known {
                    let what = format!("{}/{name}", xml.current());
                    unknown.push(RowError::new(line, 0, XML_UNKNOWN_ELEMENT, what));
                }
            }
        }
    }
    match response {
        Some(response) => Ok((response, unknown)),
        None => Err(RowError::new(1, 0, XML_MALFORMED, format!("no {ROOT}"))),
    }
}
