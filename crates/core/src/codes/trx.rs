//! Kode transaksi 01–10, their meaning in each era, and when they apply.

use crate::catalogue::Text;
use std::fmt;
use time::{macros::date, Date};

/// A kode transaksi (`01`..`10`): the first two digits of every invoice number.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrxCode(u8);

/// The text was not a kode transaksi.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("kode transaksi must be two digits from 01 to 10, got {0:?}")]
pub struct TrxCodeError(pub String);

impl TrxCode {
    /// Parses `01`..`10` (exactly two digits).
    pub fn parse(text: &str) -> Result<Self, TrxCodeError> {
        let bytes = text.as_bytes();
        if bytes.len() != 2 || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(TrxCodeError(text.to_string()));
        }
        let value = (bytes[0] - b'0') * 10 + (bytes[1] - b'0');
        Self::new(value).ok_or_else(|| TrxCodeError(text.to_string()))
    }

    /// The code with the given number, if it is 1..=10.
    pub fn new(value: u8) -> Option<Self> {
        (1..=10).contains(&value).then_some(TrxCode(value))
    }

    /// The code as a number.
    pub fn value(self) -> u8 {
        self.0
    }

    /// The two-digit form.
    pub fn as_str(self) -> &'static str {
        self.info().code
    }

    /// This code's row in [`TRX_CODES`].
    pub fn info(self) -> &'static TrxInfo {
        &TRX_CODES[usize::from(self.0) - 1]
    }

    /// Kode 07 and 08: facility invoices that need AddInfo and FacilityStamp.
    pub fn is_facility(self) -> bool {
        matches!(self.0, 7 | 8)
    }

    /// Kode 02 and 03: deliveries to VAT collectors.
    pub fn is_collector(self) -> bool {
        matches!(self.0, 2 | 3)
    }
}

impl fmt::Display for TrxCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for TrxCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TrxCode({})", self.as_str())
    }
}

/// One kode transaksi with its meaning in both eras.
#[derive(Debug)]
pub struct TrxInfo {
    /// `01`..`10`.
    pub code: &'static str,
    /// Meaning in the e-Faktur era (PER-03/PJ/2022 and earlier); `None` when
    /// the code did not exist.
    pub efaktur: Option<Text>,
    /// Meaning in the Coretax era (PER-11/PJ/2025, Lampiran D).
    pub coretax: Text,
    /// First invoice date on which the code may be used.
    pub valid_from: Date,
    /// Whether the e-Faktur desktop may issue it in 2025 (KEP-54/PJ/2025).
    pub desktop_2025: bool,
}

/// Kode transaksi 01–10 (invoices.md §3.1).
pub static TRX_CODES: [TrxInfo; 10] = [
    TrxInfo {
        code: "01",
        efaktur: Some(Text {
            id: "Penyerahan kepada pihak yang bukan pemungut PPN",
            en: "Delivery to parties that are not VAT collectors",
        }),
        coretax: Text {
            id: "Penyerahan yang PPN-nya dipungut sendiri oleh penjual dan tidak termasuk kode \
                 02–10; sejak PMK 131/2024 untuk barang mewah (DPP penuh, 12 %)",
            en: "Delivery whose VAT the seller collects, not covered by codes 02–10; since \
                 PMK 131/2024 used for luxury goods (full base, 12 %)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "02",
        efaktur: Some(Text {
            id: "Penyerahan kepada pemungut PPN instansi pemerintah",
            en: "Delivery to a government VAT collector",
        }),
        coretax: Text {
            id: "Penyerahan kepada instansi pemerintah yang memungut PPN (Pasal 16A UU PPN)",
            en: "Delivery to a government agency acting as VAT collector (art. 16A VAT law)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "03",
        efaktur: Some(Text {
            id: "Penyerahan kepada pemungut PPN selain instansi pemerintah (misalnya BUMN)",
            en: "Delivery to VAT collectors other than government, e.g. state-owned companies",
        }),
        coretax: Text {
            id: "Penyerahan kepada pemungut PPN lainnya, termasuk pembeli yang PPN-nya dipungut \
                 seluruhnya oleh Pihak Lain (Pasal 32A UU KUP)",
            en: "Delivery to other VAT collectors, including buyers whose VAT is collected in \
                 full by a designated third party (art. 32A KUP law)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "04",
        efaktur: Some(Text {
            id: "Penyerahan dengan DPP Nilai Lain",
            en: "Delivery with an other-value tax base (DPP Nilai Lain)",
        }),
        coretax: Text {
            id: "Penyerahan dengan DPP Nilai Lain (Pasal 8A ayat (1) UU PPN); sejak PMK \
                 131/2024 kode umum untuk barang dan jasa bukan mewah (12 % × 11/12)",
            en: "Delivery with an other-value tax base (art. 8A(1) VAT law); since PMK \
                 131/2024 the usual code for non-luxury goods and services (12 % × 11/12)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "05",
        efaktur: Some(Text {
            id: "Penyerahan dengan PPN besaran tertentu (Pasal 9A UU PPN)",
            en: "Delivery with VAT at a specified amount (art. 9A VAT law)",
        }),
        coretax: Text {
            id: "Penyerahan dengan PPN besaran tertentu (Pasal 9A ayat (1) UU PPN)",
            en: "Delivery with VAT at a specified amount (art. 9A(1) VAT law)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "06",
        efaktur: Some(Text {
            id: "Penyerahan lainnya, termasuk pengembalian PPN kepada turis asing",
            en: "Other deliveries, including VAT refunds to foreign tourists",
        }),
        coretax: Text {
            id: "Penyerahan kepada turis pemegang paspor asing melalui PKP Toko Retail peserta \
                 pengembalian PPN (Pasal 16E UU PPN)",
            en: "Delivery to tourists holding foreign passports through participating retail \
                 stores in the VAT refund scheme (art. 16E VAT law)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: false,
    },
    TrxInfo {
        code: "07",
        efaktur: Some(Text {
            id: "Penyerahan dengan fasilitas PPN tidak dipungut atau ditanggung pemerintah",
            en: "Delivery with a facility: VAT not collected or borne by government",
        }),
        coretax: Text {
            id: "Penyerahan dengan fasilitas PPN (dan PPnBM) tidak dipungut atau ditanggung \
                 pemerintah; wajib keterangan tambahan dan cap fasilitas",
            en: "Delivery with a facility: VAT (and PPnBM) not collected or borne by \
                 government; needs additional information and a facility stamp",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: false,
    },
    TrxInfo {
        code: "08",
        efaktur: Some(Text {
            id: "Penyerahan dengan fasilitas dibebaskan dari PPN",
            en: "Delivery with a facility: exempt from VAT",
        }),
        coretax: Text {
            id: "Penyerahan dengan fasilitas dibebaskan dari PPN (dan PPnBM); wajib keterangan \
                 tambahan dan cap fasilitas",
            en: "Delivery with a facility: exempt from VAT (and PPnBM); needs additional \
                 information and a facility stamp",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "09",
        efaktur: Some(Text {
            id: "Penyerahan aktiva yang menurut tujuan semula tidak untuk diperjualbelikan \
                 (Pasal 16D UU PPN)",
            en: "Delivery of assets not originally held for sale (art. 16D VAT law)",
        }),
        coretax: Text {
            id: "Penyerahan aktiva yang menurut tujuan semula tidak untuk diperjualbelikan \
                 (Pasal 16D UU PPN)",
            en: "Delivery of assets not originally held for sale (art. 16D VAT law)",
        },
        valid_from: date!(2013 - 04 - 01),
        desktop_2025: true,
    },
    TrxInfo {
        code: "10",
        efaktur: None,
        coretax: Text {
            id: "Penyerahan lainnya (baru dalam PER-11/PJ/2025)",
            en: "Other deliveries (new in PER-11/PJ/2025)",
        },
        valid_from: date!(2025 - 05 - 22),
        desktop_2025: false,
    },
];
