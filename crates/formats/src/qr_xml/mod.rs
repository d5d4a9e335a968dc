//! The QR validation answer `resValidateFakturPm` (formats.md §6.2): what
//! DJP's validation service returns for the QR code printed on an
//! e-Faktur-era invoice. A buyer imports it as an input invoice; the
//! authority sandbox answers with it.
//!
//! Every element is kept as the text it came with, so a document reads and
//! writes back byte for byte; `referensi` is optional because the real
//! service omits it when empty.

pub mod map;
mod reader;
mod writer;

pub use reader::read;
pub use writer::write;

/// The header elements, in DJP's order (`referensi` is separate).
pub const HEADER_ELEMENTS: [&str; 15] = [
    "kdJenisTransaksi",
    "fgPengganti",
    "nomorFaktur",
    "tanggalFaktur",
    "npwpPenjual",
    "namaPenjual",
    "alamatPenjual",
    "npwpLawanTransaksi",
    "namaLawanTransaksi",
    "alamatLawanTransaksi",
    "jumlahDpp",
    "jumlahPpn",
    "jumlahPpnBm",
    "statusApproval",
    "statusFaktur",
];

/// The elements of one `detailTransaksi`, in DJP's order.
pub const DETAIL_ELEMENTS: [&str; 9] = [
    "nama",
    "hargaSatuan",
    "jumlahBarang",
    "hargaTotal",
    "diskon",
    "dpp",
    "ppn",
    "tarifPpnbm",
    "ppnbm",
];

/// The root element.
pub const ROOT: &str = "resValidateFakturPm";

/// One validation answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrResponse {
    /// Line of the root element.
    pub line: u64,
    /// Header values, in [`HEADER_ELEMENTS`] order.
    pub fields: Vec<String>,
    /// `referensi`, when the element is present.
    pub reference: Option<String>,
    /// One per `detailTransaksi`.
    pub details: Vec<QrDetail>,
}

/// One line of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrDetail {
    /// Line where the `detailTransaksi` element starts.
    pub line: u64,
    /// Values, in [`DETAIL_ELEMENTS`] order.
    pub fields: Vec<String>,
}

impl QrResponse {
    /// An answer with every element empty.
    pub fn empty(line: u64) -> Self {
        QrResponse {
            line,
            fields: vec![String::new(); HEADER_ELEMENTS.len()],
            reference: None,
            details: Vec::new(),
        }
    }

    /// A header value by element name ("" when unknown or absent).
    pub fn get(&self, name: &str) -> &str {
        if name == "referensi" {
            return self.reference.as_deref().unwrap_or("");
        }
        crate::fields::get(&HEADER_ELEMENTS, &self.fields, name)
    }

    /// Sets a header value; false when the element is not part of the header.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        if name == "referensi" {
            self.reference = Some(value);
            return true;
        }
        crate::fields::set(&HEADER_ELEMENTS, &mut self.fields, name, value)
    }
}

impl QrDetail {
    /// A line with every element empty.
    pub fn empty(line: u64) -> Self {
        QrDetail {
            line,
            fields: vec![String::new(); DETAIL_ELEMENTS.len()],
        }
    }

    /// A value by element name ("" when unknown).
    pub fn get(&self, name: &str) -> &str {
        crate::fields::get(&DETAIL_ELEMENTS, &self.fields, name)
    }

    /// Sets a value; false when the element is not part of a line.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        crate::fields::set(&DETAIL_ELEMENTS, &mut self.fields, name, value)
    }
}

#[cfg(test)]
mod tests;
