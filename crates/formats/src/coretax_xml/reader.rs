//! Streaming `TaxInvoiceBulk` reader over the hardened XML layer. One
//! invoice is held at a time.

use super::model::{CtxGood, CtxInvoice};
use crate::xml::{Node, SafeXml, XML_UNKNOWN_ELEMENT};
use crate::RowError;
use std::io::BufRead;

/// Reads `TaxInvoice` elements one by one.
#[derive(Debug)]
pub struct CoretaxReader<R: BufRead> {
    xml: SafeXml<R>,
    text: String,
    tin: Option<String>,
    invoice: Option<CtxInvoice>,
    good: Option<CtxGood>,
    pending: Vec<RowError>,
}

impl<R: BufRead> CoretaxReader<R> {
    /// A reader over `input`.
    pub fn new(input: R) -> Self {
        CoretaxReader {
            xml: SafeXml::new(input, "TaxInvoiceBulk"),
            text: String::new(),
            tin: None,
            invoice: None,
            good: None,
            pending: Vec::new(),
        }
    }

    /// The seller TIN, once its element has been read.
    pub fn tin(&self) -> Option<&str> {
        self.tin.as_deref()
    }

    fn unknown(&mut self, line: u64, what: String) {
        self.pending
            .push(RowError::new(line, 0, XML_UNKNOWN_ELEMENT, what));
    }

    fn close(&mut self, line: u64, name: &str) -> Option<CtxInvoice> {
        let value = std::mem::take(&mut self.text);
        match (self.xml.current(), name) {
            (_, "TaxInvoice") => return self.invoice.take(),
            (_, "GoodService") => {
                if let (Some(good), Some(invoice)) = (self.good.take(), self.invoice.as_mut()) {
                    invoice.goods.push(good);
                }
            }
            ("TaxInvoiceBulk", "TIN") => self.tin = Some(value),
            ("TaxInvoice", "ListOfGoodService")
            | ("TaxInvoiceBulk", "ListOfTaxInvoice")
            | ("", "TaxInvoiceBulk") => {}
            ("GoodService", field) => {
                if !self.good.as_mut().is_some_and(|g| g.set(field, value)) {
                    self.unknown(line, format!("GoodService/{field}"));
                }
            }
            ("TaxInvoice", field) => {
                if !self.invoice.as_mut().is_some_and(|i| i.set(field, value)) {
                    self.unknown(line, format!("TaxInvoice/{field}"));
                }
            }
            (parent, field) => {
                let what = format!("{parent}/{field}");
                self.unknown(line, what);
            }
        }
        None
    }
}

impl<R: BufRead> Iterator for CoretaxReader<R> {
    type Item = Result<CtxInvoice, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(error) = self.pending.pop() {
                return Some(Err(error));
            }
            let (line, node) = match self.xml.next_node()? {
                Ok(node) => node,
                Err(error) => return Some(Err(error)),
            };
            match node {
                Node::Open(name) => {
                    if name == "TaxInvoice" {
                        self.invoice = Some(CtxInvoice::empty(line));
                    } else if name == "GoodService" {
                        self.good = Some(CtxGood::empty(line));
                    }
                    self.text.clear();
                }
                Node::Text(text) => self.text.push_str(&text),
                Node::Close(name) => {
                    if let Some(invoice) = self.close(line, &name) {
                        return Some(Ok(invoice));
                    }
                }
            }
        }
    }
}
