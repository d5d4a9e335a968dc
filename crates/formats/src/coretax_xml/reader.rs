//! Streaming `TaxInvoiceBulk` reader. One invoice is held at a time. A DTD
//! or an entity other than the five XML ones and character references is
//! refused, never expanded (no "billion laughs", no external files).

use super::model::{CtxGood, CtxInvoice};
use crate::RowError;
use quick_xml::events::Event;
use std::io::BufRead;

/// The XML has a DTD or a custom entity (refused).
pub const XML_DTD_REFUSED: &str = "FKT-3004";
/// The XML is malformed or truncated.
pub const XML_MALFORMED: &str = "FKT-3005";
/// An element the template does not have.
pub const XML_UNKNOWN_ELEMENT: &str = "FKT-3006";

/// Reads `TaxInvoice` elements one by one.
#[derive(Debug)]
pub struct CoretaxReader<R: BufRead> {
    xml: quick_xml::Reader<R>,
    buf: Vec<u8>,
    line: u64,
    path: Vec<String>,
    text: String,
    tin: Option<String>,
    invoice: Option<CtxInvoice>,
    good: Option<CtxGood>,
    pending: Vec<RowError>,
    done: bool,
    seen_root: bool,
}

impl<R: BufRead> CoretaxReader<R> {
    /// A reader over `input`.
    pub fn new(input: R) -> Self {
        let mut xml = quick_xml::Reader::from_reader(input);
        xml.config_mut().trim_text(false);
        CoretaxReader {
            xml,
            buf: Vec::with_capacity(1024),
            line: 1,
            path: Vec::new(),
            text: String::new(),
            tin: None,
            invoice: None,
            good: None,
            pending: Vec::new(),
            done: false,
            seen_root: false,
        }
    }

    /// The seller TIN, once its element has been read.
    pub fn tin(&self) -> Option<&str> {
        self.tin.as_deref()
    }

    fn fail(&mut self, code: &'static str, detail: String) -> RowError {
        self.done = true;
        RowError::new(self.line, 0, code, detail)
    }

    fn end_element(&mut self, name: &str) -> Option<Result<CtxInvoice, RowError>> {
        let value = std::mem::take(&mut self.text);
        self.path.pop();
        let parent = self.path.last().map(String::as_str).unwrap_or("");
        match (parent, name) {
            (_, "TaxInvoice") => return self.invoice.take().map(Ok),
            (_, "GoodService") => {
                if let (Some(good), Some(invoice)) = (self.good.take(), self.invoice.as_mut()) {
                    invoice.goods.push(good);
                }
            }
            ("TaxInvoiceBulk", "TIN") => self.tin = Some(value),
            ("GoodService", field) => {
                let known = self.good.as_mut().is_some_and(|g| g.set(field, value));
                if !known {
                    self.pending.push(RowError::new(
                        self.line,
                        0,
                        XML_UNKNOWN_ELEMENT,
                        format!("GoodService/{field}"),
                    ));
                }
            }
            ("TaxInvoice", "ListOfGoodService")
            | ("TaxInvoiceBulk", "ListOfTaxInvoice")
            | ("", "TaxInvoiceBulk") => {}
            ("TaxInvoice", field) => {
                let known = self.invoice.as_mut().is_some_and(|i| i.set(field, value));
                if !known {
                    self.pending.push(RowError::new(
                        self.line,
                        0,
                        XML_UNKNOWN_ELEMENT,
                        format!("TaxInvoice/{field}"),
                    ));
                }
            }
            (parent, field) => {
                self.pending.push(RowError::new(
                    self.line,
                    0,
                    XML_UNKNOWN_ELEMENT,
                    format!("{parent}/{field}"),
                ));
            }
        }
        None
    }

    fn start_element(&mut self, name: String) {
        if name == "TaxInvoice" {
            self.invoice = Some(CtxInvoice::empty(self.line));
        } else if name == "GoodService" {
            self.good = Some(CtxGood::empty(self.line));
        }
        self.text.clear();
        self.path.push(name);
    }
}

fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

impl<R: BufRead> Iterator for CoretaxReader<R> {
    type Item = Result<CtxInvoice, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(error) = self.pending.pop() {
                return Some(Err(error));
            }
            if self.done {
                return None;
            }
            self.buf.clear();
            let event = self
                .xml
                .read_event_into(&mut self.buf)
                .map(quick_xml::events::Event::into_owned);
            let start_line = self.line;
            self.line += self.buf.iter().filter(|b| **b == b'\n').count() as u64;
            match event {
                Err(error) => {
                    self.line = start_line;
                    return Some(Err(self.fail(XML_MALFORMED, error.to_string())));
                }
                Ok(Event::DocType(_)) => {
                    return Some(Err(
                        self.fail(XML_DTD_REFUSED, "<!DOCTYPE> is not accepted".into())
                    ));
                }
                Ok(Event::Start(start)) => {
                    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                    if !self.seen_root && name != "TaxInvoiceBulk" {
                        return Some(Err(self.fail(
                            XML_MALFORMED,
                            format!("root element {name}, expected TaxInvoiceBulk"),
                        )));
                    }
                    self.seen_root = true;
                    let after = self.line;
                    self.line = start_line;
                    self.start_element(name);
                    self.line = after;
                }
                Ok(Event::Empty(empty)) => {
                    let name = String::from_utf8_lossy(empty.local_name().as_ref()).into_owned();
                    if !self.seen_root {
                        if name != "TaxInvoiceBulk" {
                            return Some(Err(self.fail(
                                XML_MALFORMED,
                                format!("root element {name}, expected TaxInvoiceBulk"),
                            )));
                        }
                        self.seen_root = true;
                        continue;
                    }
                    self.start_element(name.clone());
                    if let Some(invoice) = self.end_element(&name) {
                        return Some(invoice);
                    }
                }
                Ok(Event::End(end)) => {
                    let name = String::from_utf8_lossy(end.local_name().as_ref()).into_owned();
                    if let Some(invoice) = self.end_element(&name) {
                        return Some(invoice);
                    }
                }
                Ok(Event::Text(text)) => match text.decode() {
                    Ok(value) => self.text.push_str(&value),
                    Err(error) => {
                        return Some(Err(
                            self.fail("ETAX-API-10001", format!("not UTF-8: {error}"))
                        ));
                    }
                },
                Ok(Event::CData(data)) => match data.decode() {
                    Ok(value) => self.text.push_str(&value),
                    Err(error) => {
                        return Some(Err(
                            self.fail("ETAX-API-10001", format!("not UTF-8: {error}"))
                        ))
                    }
                },
                Ok(Event::GeneralRef(reference)) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(ch)) => Some(ch),
                        Ok(None) => reference.decode().ok().and_then(|name| predefined(&name)),
                        Err(_) => None,
                    };
                    match resolved {
                        Some(ch) => self.text.push(ch),
                        None => {
                            let name = String::from_utf8_lossy(reference.as_ref()).into_owned();
                            return Some(Err(self.fail(
                                XML_DTD_REFUSED,
                                format!("entity &{name}; is not expanded"),
                            )));
                        }
                    }
                }
                Ok(Event::Eof) => {
                    self.done = true;
                    if !self.path.is_empty() {
                        return Some(Err(RowError::new(
                            self.line,
                            0,
                            XML_MALFORMED,
                            format!("file ends inside <{}>", self.path.join("/")),
                        )));
                    }
                    if !self.seen_root {
                        return Some(Err(RowError::new(
                            self.line,
                            0,
                            XML_MALFORMED,
                            "no TaxInvoiceBulk element",
                        )));
                    }
                }
                Ok(_) => {}
            }
        }
    }
}
