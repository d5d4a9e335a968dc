// An e-Faktur CSV for the import tests (API and browser).

const HEADERS: &str = "\"FK\",\"KD_JENIS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_FAKTUR\",\"MASA_PAJAK\",\"TAHUN_PAJAK\",\"TANGGAL_FAKTUR\",\"NPWP\",\"NAMA\",\"ALAMAT_LENGKAP\",\"JUMLAH_DPP\",\"JUMLAH_PPN\",\"JUMLAH_PPNBM\",\"ID_KETERANGAN_TAMBAHAN\",\"FG_UANG_MUKA\",\"UANG_MUKA_DPP\",\"UANG_MUKA_PPN\",\"UANG_MUKA_PPNBM\",\"REFERENSI\",\"KODE_DOKUMEN_PENDUKUNG\"
\"LT\",\"NPWP\",\"NAMA\",\"JALAN\",\"BLOK\",\"NOMOR\",\"RT\",\"RW\",\"KECAMATAN\",\"KELURAHAN\",\"KABUPATEN\",\"PROPINSI\",\"KODE_POS\",\"NOMOR_TELEPON\"
\"OF\",\"KODE_OBJEK\",\"NAMA\",\"HARGA_SATUAN\",\"JUMLAH_BARANG\",\"HARGA_TOTAL\",\"DISKON\",\"DPP\",\"PPN\",\"TARIF_PPNBM\",\"PPNBM\"
";

/// An e-Faktur CSV of two invoices; the second's buyer NPWP (line 6,
/// column 8) is `npwp`.
pub fn two_invoices(npwp: &str) -> String {
    format!(
        "{HEADERS}\"FK\",\"01\",\"0\",\"0002400000001\",\"3\",\"2024\",\"15/3/2024\",\"016090524017000\",\"PT SATU\",\"JAKARTA\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"IMP/1\",\"0\"
\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"
\"FK\",\"01\",\"0\",\"0002400000002\",\"3\",\"2024\",\"16/3/2024\",\"{npwp}\",\"PT DUA\",\"BANDUNG\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"IMP/2\",\"0\"
\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"
"
    )
}
