//! The two layouts as data: lines with their labels, the routes that send
//! invoice groups (by side, kode transaksi, digunggung, creditable) to
//! lines and lampiran, where each manual entry goes, and the formulas, in
//! evaluation order. Changing a mapping means changing a row; rows marked
//! uncertain in `docs/rules.md` (SPT section) are inferred, not quoted.

use super::{Entry, Form, Formula, Layout, Line, Route, Side};

const fn line(id: &'static str, id_label: &'static str, en_label: &'static str) -> Line {
    Line {
        id,
        id_label,
        en_label,
    }
}

const fn route(
    side: Side,
    codes: &'static [u8],
    digunggung: Option<bool>,
    creditable: Option<bool>,
    lines: &'static [&'static str],
    lampiran: Option<&'static str>,
) -> Route {
    Route {
        side,
        codes,
        digunggung,
        creditable,
        lines,
        lampiran,
    }
}

const ALL: &[u8] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const FACILITY: &[u8] = &[7, 8];
const COLLECTOR: &[u8] = &[2, 3];
use Side::{Input, Output};

/// SPT Masa PPN 1111 (PER-44/PJ/2010, PER-29/PJ/2015): masa up to
/// December 2024. Columns DPP, PPN, PPnBM.
pub static FORM_1111: Layout = Layout {
    form: Form::F1111,
    lines: &[
        line("I.A.1", "Ekspor", "Exports"),
        line(
            "I.A.2",
            "Penyerahan yang PPN/PPnBM-nya harus dipungut sendiri",
            "Supplies with VAT collected by the seller",
        ),
        line(
            "I.A.3",
            "Penyerahan yang PPN/PPnBM-nya dipungut oleh Pemungut PPN",
            "Supplies with VAT collected by a VAT collector",
        ),
        line(
            "I.A.4",
            "Penyerahan yang PPN/PPnBM-nya tidak dipungut",
            "Supplies with VAT not collected (facility)",
        ),
        line(
            "I.A.5",
            "Penyerahan yang dibebaskan dari pengenaan PPN/PPnBM",
            "Supplies exempt from VAT (facility)",
        ),
        line("I.A", "Jumlah (I.A.1 s.d. I.A.5)", "Total I.A"),
        line(
            "I.B",
            "Penyerahan yang tidak terutang PPN",
            "Supplies not subject to VAT",
        ),
        line(
            "I.C",
            "Jumlah seluruh penyerahan (I.A + I.B)",
            "Total supplies",
        ),
        line("AB.I.A", "Ekspor BKP/BKPTB/JKP", "Exports"),
        line(
            "AB.I.B",
            "Penyerahan dalam negeri dengan Faktur Pajak yang tidak digunggung",
            "Domestic supplies, invoices listed one by one",
        ),
        line(
            "AB.I.C",
            "Penyerahan dalam negeri dengan Faktur Pajak yang digunggung",
            "Domestic supplies, invoices reported as a total",
        ),
        line("AB.I.D", "Jumlah penyerahan", "Total supplies"),
        line(
            "AB.II.A",
            "Impor BKP dan pemanfaatan BKPTB/JKP dari luar daerah pabean",
            "Imports and use of foreign intangibles/services",
        ),
        line(
            "AB.II.B",
            "Perolehan BKP/JKP dalam negeri yang PM-nya dapat dikreditkan",
            "Domestic acquisitions, input VAT creditable",
        ),
        line(
            "AB.II.C",
            "Impor atau perolehan yang PM-nya tidak dapat dikreditkan dan/atau mendapat fasilitas",
            "Imports or acquisitions not creditable or with a facility",
        ),
        line("AB.II.D", "Jumlah perolehan", "Total acquisitions"),
        line(
            "AB.III.A",
            "PM atas perolehan yang dapat dikreditkan",
            "Creditable input VAT",
        ),
        line(
            "AB.III.B",
            "Kompensasi kelebihan PPN Masa Pajak sebelumnya",
            "Excess VAT carried from the previous masa",
        ),
        line(
            "AB.III.C",
            "Kompensasi kelebihan PPN karena pembetulan SPT Masa PPN",
            "Excess VAT carried because of an amended return",
        ),
        line(
            "AB.III.D",
            "Hasil penghitungan kembali PM yang telah dikreditkan",
            "Recalculation of input VAT credited",
        ),
        line(
            "AB.III.E",
            "Jumlah PM yang dapat diperhitungkan",
            "Input VAT that may be set off",
        ),
        line(
            "II.A",
            "Pajak Keluaran yang harus dipungut sendiri",
            "Output VAT collected by the seller",
        ),
        line(
            "II.B",
            "PPN disetor di muka dalam Masa Pajak yang sama",
            "VAT paid in advance in the same masa",
        ),
        line(
            "II.C",
            "Pajak Masukan yang dapat diperhitungkan",
            "Input VAT set off",
        ),
        line(
            "II.D",
            "PPN kurang atau (lebih) bayar",
            "VAT payable or (overpaid)",
        ),
        line(
            "II.E",
            "PPN kurang atau (lebih) bayar pada SPT yang dibetulkan",
            "VAT payable or (overpaid) in the return corrected",
        ),
        line(
            "II.F",
            "PPN kurang atau (lebih) bayar karena pembetulan",
            "VAT payable or (overpaid) because of the correction",
        ),
        line(
            "III.A",
            "Kegiatan membangun sendiri: jumlah DPP",
            "Self-construction: tax base",
        ),
        line(
            "III.B",
            "PPN terutang atas kegiatan membangun sendiri",
            "VAT due on self-construction",
        ),
        line(
            "IV.A",
            "PPN yang wajib dibayar kembali (PKP gagal berproduksi)",
            "Input VAT to be repaid",
        ),
        line(
            "V.A",
            "PPnBM yang harus dipungut sendiri",
            "Luxury-goods tax collected by the seller",
        ),
        line(
            "V.B",
            "PPnBM disetor di muka dalam Masa Pajak yang sama",
            "Luxury-goods tax paid in advance",
        ),
        line(
            "V.C",
            "PPnBM kurang atau (lebih) bayar",
            "Luxury-goods tax payable or (overpaid)",
        ),
        line(
            "V.D",
            "PPnBM kurang atau (lebih) bayar pada SPT yang dibetulkan",
            "Luxury-goods tax in the return corrected",
        ),
        line(
            "V.E",
            "PPnBM kurang atau (lebih) bayar karena pembetulan",
            "Luxury-goods tax because of the correction",
        ),
    ],
    routes: &[
        // Outputs (kode → line inferred for this form: docs/rules.md).
        route(
            Output,
            &[1, 4, 5, 6, 9, 10],
            Some(true),
            None,
            &["I.A.2", "AB.I.C"],
            None,
        ),
        route(Output, &[7], Some(true), None, &["I.A.4", "AB.I.C"], None),
        route(Output, &[8], Some(true), None, &["I.A.5", "AB.I.C"], None),
        route(
            Output,
            &[1, 4, 5, 6, 9, 10],
            None,
            None,
            &["I.A.2", "AB.I.B"],
            Some("A2"),
        ),
        route(
            Output,
            COLLECTOR,
            None,
            None,
            &["I.A.3", "AB.I.B"],
            Some("A2"),
        ),
        route(Output, &[7], None, None, &["I.A.4", "AB.I.B"], Some("A2")),
        route(Output, &[8], None, None, &["I.A.5", "AB.I.B"], Some("A2")),
        // Inputs: a facility or a "not creditable" choice goes to B3.
        route(Input, FACILITY, None, None, &["AB.II.C"], Some("B3")),
        route(Input, ALL, Some(true), None, &["AB.II.C"], None),
        route(Input, ALL, None, Some(false), &["AB.II.C"], Some("B3")),
        route(Input, ALL, None, Some(true), &["AB.II.B"], Some("B2")),
    ],
    entries: &[
        (Entry::Exports, "I.A.1"),
        (Entry::Exports, "AB.I.A"),
        (Entry::NotTaxable, "I.B"),
        (Entry::Imports, "AB.II.A"),
        (Entry::ImportsNotCreditable, "AB.II.C"),
        (Entry::InputsExempt, "AB.II.C"),
        (Entry::Compensation, "AB.III.B"),
        (Entry::CompensationAmendment, "AB.III.C"),
        (Entry::PmRecalculation, "AB.III.D"),
        (Entry::PpnPrepaid, "II.B"),
        (Entry::CorrectedPpn, "II.E"),
        (Entry::KmsBase, "III.A"),
        (Entry::KmsVat, "III.B"),
        (Entry::PmRepayment, "IV.A"),
        (Entry::PpnbmPrepaid, "V.B"),
        (Entry::CorrectedPpnbm, "V.D"),
    ],
    formulas: &[
        (
            "I.A",
            Formula::Sum(&["I.A.1", "I.A.2", "I.A.3", "I.A.4", "I.A.5"]),
        ),
        ("I.C", Formula::Sum(&["I.A", "I.B"])),
        ("AB.I.D", Formula::Sum(&["AB.I.A", "AB.I.B", "AB.I.C"])),
        ("AB.II.D", Formula::Sum(&["AB.II.A", "AB.II.B", "AB.II.C"])),
        ("AB.III.A", Formula::Ppn(&["AB.II.A", "AB.II.B"])),
        (
            "AB.III.E",
            Formula::Sum(&["AB.III.A", "AB.III.B", "AB.III.C", "AB.III.D"]),
        ),
        ("II.A", Formula::Ppn(&["I.A.2"])),
        ("II.C", Formula::Sum(&["AB.III.E"])),
        ("II.D", Formula::Minus("II.A", &["II.B", "II.C"])),
        ("II.F", Formula::Minus("II.D", &["II.E"])),
        ("V.A", Formula::Ppnbm(&["I.A.2"])),
        ("V.C", Formula::Minus("V.A", &["V.B"])),
        ("V.E", Formula::Minus("V.C", &["V.D"])),
    ],
    ppn_due: ["II.D", "II.F"],
    ppnbm_due: ["V.C", "V.E"],
};

/// SPT Masa PPN of Coretax (PER-11/PJ/2025): masa from January 2025.
/// Columns Harga Jual/DPP, DPP Nilai Lain, PPN, PPnBM.
pub static FORM_CORETAX: Layout = Layout {
    form: Form::Coretax,
    lines: &[
        line("I.A.1", "Ekspor BKP/BKPTB/JKP", "Exports"),
        line(
            "I.A.2",
            "Penyerahan yang PPN-nya dipungut sendiri dengan DPP Nilai Lain atau besaran tertentu",
            "Own-collected supplies on another base or a set amount",
        ),
        line(
            "I.A.3",
            "Penyerahan yang PPN-nya dipungut sendiri kepada turis (Pasal 16E)",
            "Own-collected supplies to tourists",
        ),
        line(
            "I.A.4",
            "Penyerahan yang PPN-nya dipungut sendiri lainnya",
            "Other own-collected supplies",
        ),
        line(
            "I.A.5",
            "Penyerahan yang PPN-nya dipungut sendiri dengan Faktur Pajak digunggung",
            "Own-collected supplies, invoices reported as a total",
        ),
        line(
            "I.A.6",
            "Penyerahan yang PPN-nya dipungut oleh Pemungut PPN",
            "Supplies with VAT collected by a VAT collector",
        ),
        line(
            "I.A.7",
            "Penyerahan yang mendapat fasilitas PPN tidak dipungut",
            "Supplies with VAT not collected (facility)",
        ),
        line(
            "I.A.8",
            "Penyerahan yang mendapat fasilitas PPN dibebaskan",
            "Supplies exempt from VAT (facility)",
        ),
        line(
            "I.A.9",
            "Penyerahan yang mendapat fasilitas dengan Faktur Pajak digunggung",
            "Facility supplies, invoices reported as a total",
        ),
        line("I.A", "Jumlah (I.A.1 s.d. I.A.9)", "Total I.A"),
        line(
            "I.B",
            "Penyerahan yang tidak terutang PPN",
            "Supplies not subject to VAT",
        ),
        line(
            "I.C",
            "Jumlah seluruh penyerahan (I.A + I.B)",
            "Total supplies",
        ),
        line(
            "II.A",
            "Impor BKP dan pemanfaatan BKPTB/JKP dari luar daerah pabean",
            "Imports and use of foreign intangibles/services",
        ),
        line(
            "II.B",
            "Perolehan dalam negeri dengan DPP Nilai Lain atau besaran tertentu",
            "Domestic acquisitions on another base or a set amount",
        ),
        line(
            "II.C",
            "Perolehan dalam negeri selain dengan DPP Nilai Lain",
            "Other domestic acquisitions",
        ),
        line(
            "II.D",
            "Perolehan dalam negeri sebagai Pemungut PPN",
            "Domestic acquisitions as a VAT collector",
        ),
        line(
            "II.E",
            "Kompensasi kelebihan PM",
            "Excess input VAT carried forward",
        ),
        line(
            "II.F",
            "Hasil penghitungan kembali PM yang telah dikreditkan",
            "Recalculation of input VAT credited",
        ),
        line(
            "II.G",
            "Jumlah PM yang dapat diperhitungkan",
            "Input VAT that may be set off",
        ),
        line(
            "II.H",
            "Impor/perolehan yang PM-nya tidak dikreditkan dan/atau mendapat fasilitas",
            "Imports or acquisitions not credited or with a facility",
        ),
        line(
            "II.I",
            "Impor/perolehan dengan Faktur Pajak digunggung dan barang/jasa tidak terutang PPN",
            "Acquisitions on summary invoices or not subject to VAT",
        ),
        line("II.J", "Jumlah perolehan", "Total acquisitions"),
        line(
            "III.A",
            "Pajak Keluaran yang harus dipungut sendiri",
            "Output VAT collected by the seller",
        ),
        line(
            "III.B",
            "PPN disetor di muka dalam Masa Pajak yang sama",
            "VAT paid in advance in the same masa",
        ),
        line(
            "III.C",
            "Pajak Masukan yang dapat diperhitungkan",
            "Input VAT set off",
        ),
        line(
            "III.D",
            "Kelebihan pemungutan PPN oleh Pemungut PPN",
            "Excess VAT collected by collectors",
        ),
        line(
            "III.E",
            "PPN kurang atau (lebih) bayar",
            "VAT payable or (overpaid)",
        ),
        line(
            "III.F",
            "PPN kurang atau (lebih) bayar pada SPT yang dibetulkan sebelumnya",
            "VAT payable or (overpaid) in the return corrected",
        ),
        line(
            "III.G",
            "PPN kurang atau (lebih) bayar karena pembetulan",
            "VAT payable or (overpaid) because of the correction",
        ),
        line(
            "IV",
            "PPN terutang atas kegiatan membangun sendiri",
            "VAT due on self-construction",
        ),
        line(
            "V",
            "Pembayaran kembali PM yang tidak dapat dikreditkan",
            "Input VAT to be repaid",
        ),
        line(
            "VI.A",
            "PPnBM yang harus dipungut sendiri",
            "Luxury-goods tax collected by the seller",
        ),
        line(
            "VI.B",
            "Kelebihan pemungutan PPnBM oleh Pemungut PPN",
            "Excess luxury-goods tax collected by collectors",
        ),
        line(
            "VI.C",
            "PPnBM kurang atau (lebih) bayar",
            "Luxury-goods tax payable or (overpaid)",
        ),
        line(
            "VI.D",
            "PPnBM kurang atau (lebih) bayar pada SPT yang dibetulkan sebelumnya",
            "Luxury-goods tax in the return corrected",
        ),
        line(
            "VI.E",
            "PPnBM kurang atau (lebih) bayar karena pembetulan",
            "Luxury-goods tax because of the correction",
        ),
    ],
    routes: &[
        // Outputs (PER-11/PJ/2025 lines; kode mapping cross-checked).
        route(Output, FACILITY, Some(true), None, &["I.A.9"], None),
        route(
            Output,
            &[1, 4, 5, 6, 9, 10],
            Some(true),
            None,
            &["I.A.5"],
            None,
        ),
        route(Output, &[4, 5], None, None, &["I.A.2"], Some("A-2")),
        route(Output, &[6], None, None, &["I.A.3"], Some("A-2")),
        route(Output, &[1, 9, 10], None, None, &["I.A.4"], Some("A-2")),
        route(Output, COLLECTOR, None, None, &["I.A.6"], Some("A-2")),
        route(Output, &[7], None, None, &["I.A.7"], Some("A-2")),
        route(Output, &[8], None, None, &["I.A.8"], Some("A-2")),
        // Inputs.
        route(Input, FACILITY, None, None, &["II.H"], Some("B-3")),
        route(Input, ALL, Some(true), None, &["II.I"], None),
        route(Input, ALL, None, Some(false), &["II.H"], Some("B-3")),
        route(Input, &[4, 5], None, Some(true), &["II.B"], Some("B-2")),
        route(Input, COLLECTOR, None, Some(true), &["II.D"], Some("B-2")),
        route(
            Input,
            &[1, 6, 9, 10],
            None,
            Some(true),
            &["II.C"],
            Some("B-2"),
        ),
    ],
    entries: &[
        (Entry::Exports, "I.A.1"),
        (Entry::NotTaxable, "I.B"),
        (Entry::Imports, "II.A"),
        (Entry::Compensation, "II.E"),
        (Entry::CompensationAmendment, "II.E"),
        (Entry::PmRecalculation, "II.F"),
        (Entry::ImportsNotCreditable, "II.H"),
        (Entry::InputsExempt, "II.I"),
        (Entry::PpnPrepaid, "III.B"),
        (Entry::CollectorExcessPpn, "III.D"),
        (Entry::CorrectedPpn, "III.F"),
        (Entry::KmsBase, "IV"),
        (Entry::KmsVat, "IV"),
        (Entry::PmRepayment, "V"),
        (Entry::CollectorExcessPpnbm, "VI.B"),
        (Entry::CorrectedPpnbm, "VI.D"),
    ],
    formulas: &[
        (
            "I.A",
            Formula::Sum(&[
                "I.A.1", "I.A.2", "I.A.3", "I.A.4", "I.A.5", "I.A.6", "I.A.7", "I.A.8", "I.A.9",
            ]),
        ),
        ("I.C", Formula::Sum(&["I.A", "I.B"])),
        // With II.E, as the detailed replica has it (uncertain: rules.md).
        (
            "II.G",
            Formula::Ppn(&["II.A", "II.B", "II.C", "II.D", "II.E", "II.F"]),
        ),
        // With II.D, as the detailed replica has it (uncertain: rules.md).
        (
            "II.J",
            Formula::Sum(&["II.A", "II.B", "II.C", "II.D", "II.H", "II.I"]),
        ),
        ("III.A", Formula::Ppn(&["I.A.2", "I.A.3", "I.A.4", "I.A.5"])),
        ("III.C", Formula::Sum(&["II.G"])),
        (
            "III.E",
            Formula::Minus("III.A", &["III.B", "III.C", "III.D"]),
        ),
        ("III.G", Formula::Minus("III.E", &["III.F"])),
        (
            "VI.A",
            Formula::Ppnbm(&["I.A.2", "I.A.3", "I.A.4", "I.A.5"]),
        ),
        ("VI.C", Formula::Minus("VI.A", &["VI.B"])),
        ("VI.E", Formula::Minus("VI.C", &["VI.D"])),
    ],
    ppn_due: ["III.E", "III.G"],
    ppnbm_due: ["VI.C", "VI.E"],
};
