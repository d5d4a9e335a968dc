//! Writing a `TaxInvoiceBulk` file: DJP's prolog, element order and
//! spellings; empty elements as `<Name/>`; two-space indentation.

use super::model::{CtxInvoice, GOOD_ELEMENTS, INVOICE_ELEMENTS};
use crate::xml::element;
use std::io::Write;

/// Writes one `TaxInvoiceBulk` document, invoice by invoice (streaming).
#[derive(Debug)]
pub struct CoretaxWriter<W: Write> {
    out: W,
    buffer: String,
    written: usize,
}

impl<W: Write> CoretaxWriter<W> {
    /// Starts a document for the seller `tin` (16 digits).
    pub fn new(mut out: W, tin: &str) -> std::io::Result<Self> {
        let mut head = String::from(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TaxInvoiceBulk xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"TaxInvoice.xsd\">\n",
        );
        element(&mut head, "  ", "TIN", tin);
        head.push_str("  <ListOfTaxInvoice>\n");
        out.write_all(head.as_bytes())?;
        Ok(CoretaxWriter {
            out,
            buffer: String::with_capacity(4096),
            written: 0,
        })
    }

    /// Writes one invoice.
    pub fn write(&mut self, invoice: &CtxInvoice) -> std::io::Result<()> {
        let b = &mut self.buffer;
        b.clear();
        b.push_str("    <TaxInvoice>\n");
        for (name, value) in INVOICE_ELEMENTS.iter().zip(&invoice.fields) {
            element(b, "      ", name, value);
        }
        b.push_str("      <ListOfGoodService>\n");
        for good in &invoice.goods {
            b.push_str("        <GoodService>\n");
            for (name, value) in GOOD_ELEMENTS.iter().zip(&good.fields) {
                element(b, "          ", name, value);
            }
            b.push_str("        </GoodService>\n");
        }
        b.push_str("      </ListOfGoodService>\n    </TaxInvoice>\n");
        self.written += 1;
        self.out.write_all(b.as_bytes())
    }

    /// Invoices written so far.
    pub fn count(&self) -> usize {
        self.written
    }

    /// Closes the document and returns the output.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.out
            .write_all(b"  </ListOfTaxInvoice>\n</TaxInvoiceBulk>\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}
