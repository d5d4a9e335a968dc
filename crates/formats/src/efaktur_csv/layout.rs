//! Record types and their column lists (formats.md §1.2–1.9).

use std::fmt;

/// The record types of an e-Faktur CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordType {
    /// Faktur keluaran header.
    Fk,
    /// Seller name/address override after an FK row.
    Fapr,
    /// Objek faktur: one invoice line.
    Of,
    /// Lawan transaksi: counterparty master data.
    Lt,
    /// Faktur masukan.
    Fm,
    /// Retur keluaran.
    Rk,
    /// Retur masukan.
    Rm,
    /// Dokumen lain keluaran.
    Dk,
    /// Dokumen lain masukan.
    Dm,
}

impl RecordType {
    /// The type tag of the first cell.
    pub fn tag(self) -> &'static str {
        match self {
            RecordType::Fk => "FK",
            RecordType::Fapr => "FAPR",
            RecordType::Of => "OF",
            RecordType::Lt => "LT",
            RecordType::Fm => "FM",
            RecordType::Rk => "RK",
            RecordType::Rm => "RM",
            RecordType::Dk => "DK",
            RecordType::Dm => "DM",
        }
    }

    /// The type of a tag (exact, upper case).
    pub fn from_tag(tag: &str) -> Option<Self> {
        Some(match tag {
            "FK" => RecordType::Fk,
            "FAPR" => RecordType::Fapr,
            "OF" => RecordType::Of,
            "LT" => RecordType::Lt,
            "FM" => RecordType::Fm,
            "RK" => RecordType::Rk,
            "RM" => RecordType::Rm,
            "DK" => RecordType::Dk,
            "DM" => RecordType::Dm,
            _ => return None,
        })
    }

    /// Accepted numbers of cells after the tag. FK has 19 (before
    /// `KODE_DOKUMEN_PENDUKUNG`) or 20; FAPR is padded to any width ≥ 2;
    /// DM may add `FG_CREDITABLE`.
    pub fn accepts_width(self, cells: usize) -> bool {
        match self {
            RecordType::Fk => cells == 18 || cells == 19,
            RecordType::Fapr => cells >= 2,
            RecordType::Of => cells == 10,
            RecordType::Lt => cells == 13,
            RecordType::Fm => cells == 13,
            RecordType::Rk => cells == 13,
            RecordType::Rm => cells == 14,
            RecordType::Dk => cells == 16,
            RecordType::Dm => cells == 16 || cells == 17,
        }
    }

    /// The catalogue code for a malformed row of this type.
    pub fn malformed_code(self) -> &'static str {
        match self {
            RecordType::Lt => "ETAX-20013",
            RecordType::Of => "ETAX-20022",
            RecordType::Dk | RecordType::Dm => "ETAX-30031",
            _ => "ETAX-30005",
        }
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The FK header row (e-Faktur 3.x with `KODE_DOKUMEN_PENDUKUNG`).
pub const FK_COLUMNS: [&str; 20] = [
    "FK",
    "KD_JENIS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_FAKTUR",
    "MASA_PAJAK",
    "TAHUN_PAJAK",
    "TANGGAL_FAKTUR",
    "NPWP",
    "NAMA",
    "ALAMAT_LENGKAP",
    "JUMLAH_DPP",
    "JUMLAH_PPN",
    "JUMLAH_PPNBM",
    "ID_KETERANGAN_TAMBAHAN",
    "FG_UANG_MUKA",
    "UANG_MUKA_DPP",
    "UANG_MUKA_PPN",
    "UANG_MUKA_PPNBM",
    "REFERENSI",
    "KODE_DOKUMEN_PENDUKUNG",
];

/// The LT header row.
pub const LT_COLUMNS: [&str; 14] = [
    "LT",
    "NPWP",
    "NAMA",
    "JALAN",
    "BLOK",
    "NOMOR",
    "RT",
    "RW",
    "KECAMATAN",
    "KELURAHAN",
    "KABUPATEN",
    "PROPINSI",
    "KODE_POS",
    "NOMOR_TELEPON",
];

/// The OF header row.
pub const OF_COLUMNS: [&str; 11] = [
    "OF",
    "KODE_OBJEK",
    "NAMA",
    "HARGA_SATUAN",
    "JUMLAH_BARANG",
    "HARGA_TOTAL",
    "DISKON",
    "DPP",
    "PPN",
    "TARIF_PPNBM",
    "PPNBM",
];

/// The FM header row (also the prepopulated input-invoice CSV, `;`-separated).
pub const FM_COLUMNS: [&str; 14] = [
    "FM",
    "KD_JENIS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_FAKTUR",
    "MASA_PAJAK",
    "TAHUN_PAJAK",
    "TANGGAL_FAKTUR",
    "NPWP",
    "NAMA",
    "ALAMAT_LENGKAP",
    "JUMLAH_DPP",
    "JUMLAH_PPN",
    "JUMLAH_PPNBM",
    "IS_CREDITABLE",
];
