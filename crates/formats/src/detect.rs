//! Recognising a file's format from its first bytes, for `--format auto`.

/// A file format OpenFaktur imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// e-Faktur CSV (FK/LT/OF/FAPR rows).
    EfakturCsv,
    /// Coretax `TaxInvoiceBulk` XML.
    CoretaxXml,
    /// QR validation answer `resValidateFakturPm`.
    QrXml,
    /// DJP's Coretax Excel template (an xlsx workbook).
    CoretaxXlsx,
}

impl Format {
    /// The name used by `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::EfakturCsv => "efaktur-csv",
            Format::CoretaxXml => "coretax-xml",
            Format::QrXml => "qr-xml",
            Format::CoretaxXlsx => "coretax-xlsx",
        }
    }
}

/// How many leading bytes [`detect`] wants to see.
pub const DETECT_BYTES: usize = 1024;

/// The format of a file starting with `head`. A zip archive is an Excel
/// workbook; XML is recognised by its
/// first element (after a BOM, the prolog and comments); anything else is
/// read as e-Faktur CSV, whose reader reports what does not fit.
pub fn detect(head: &[u8]) -> Format {
    // An xlsx workbook is a zip archive.
    if head.starts_with(b"PK\x03\x04") {
        return Format::CoretaxXlsx;
    }
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if !text.starts_with('<') {
        return Format::EfakturCsv;
    }
    // Skip the prolog, comments and declarations (which may hold `<`).
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        let skip_to = if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<!") {
            ">"
        } else {
            break;
        };
        match rest.find(skip_to) {
            Some(end) => rest = &rest[end + skip_to.len()..],
            None => return Format::CoretaxXml,
        }
    }
    if let Some(tag) = rest.strip_prefix('<') {
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
            .collect();
        let local = name.rsplit(':').next().unwrap_or("");
        if local == super::qr_xml::ROOT {
            return Format::QrXml;
        }
    }
    Format::CoretaxXml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_each_format() {
        let cases: [(&[u8], Format); 9] = [
            (
                b"<!-- see <b>bold</b> -->\n<resValidateFakturPm>",
                Format::QrXml,
            ),
            (b"PK\x03\x04\x14\x00", Format::CoretaxXlsx),
            (b"\"FK\",\"KD_JENIS_TRANSAKSI\"", Format::EfakturCsv),
            (b"FK;KD_JENIS_TRANSAKSI", Format::EfakturCsv),
            (b"", Format::EfakturCsv),
            (
                b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<TaxInvoiceBulk>",
                Format::CoretaxXml,
            ),
            (
                b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<resValidateFakturPm>",
                Format::QrXml,
            ),
            (b"<!-- scanned -->\n<resValidateFakturPm/>", Format::QrXml),
            (b"<ns:resValidateFakturPm xmlns:ns=\"x\">", Format::QrXml),
        ];
        for (head, expected) in cases {
            assert_eq!(detect(head), expected, "{}", String::from_utf8_lossy(head));
        }
    }
}
