use super::*;
use crate::efaktur_csv::reader::sniff_delimiter;
use proptest::prelude::*;

/// formats.md §1.10, the constructed 11 %-era example, byte for byte.
const SPEC_EXAMPLE: &str = concat!(
    "\"FK\",\"KD_JENIS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_FAKTUR\",\"MASA_PAJAK\",\"TAHUN_PAJAK\",\"TANGGAL_FAKTUR\",\"NPWP\",\"NAMA\",\"ALAMAT_LENGKAP\",\"JUMLAH_DPP\",\"JUMLAH_PPN\",\"JUMLAH_PPNBM\",\"ID_KETERANGAN_TAMBAHAN\",\"FG_UANG_MUKA\",\"UANG_MUKA_DPP\",\"UANG_MUKA_PPN\",\"UANG_MUKA_PPNBM\",\"REFERENSI\",\"KODE_DOKUMEN_PENDUKUNG\"\n",
    "\"LT\",\"NPWP\",\"NAMA\",\"JALAN\",\"BLOK\",\"NOMOR\",\"RT\",\"RW\",\"KECAMATAN\",\"KELURAHAN\",\"KABUPATEN\",\"PROPINSI\",\"KODE_POS\",\"NOMOR_TELEPON\"\n",
    "\"OF\",\"KODE_OBJEK\",\"NAMA\",\"HARGA_SATUAN\",\"JUMLAH_BARANG\",\"HARGA_TOTAL\",\"DISKON\",\"DPP\",\"PPN\",\"TARIF_PPNBM\",\"PPNBM\"\n",
    "\"FK\",\"01\",\"0\",\"0002400000001\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT CONTOH\",\"JL. CONTOH NO. 1, JAKARTA\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"INV/2024/0001\",\"0\"\n",
    "\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"\n",
);

fn read_all(text: &[u8]) -> Vec<Result<Record, crate::RowError>> {
    RecordReader::new(text, sniff_delimiter(text)).collect()
}

fn write_all(records: &[Record]) -> Vec<u8> {
    let mut writer = RecordWriter::new(Vec::new());
    writer.write_headers().unwrap();
    for record in records {
        writer.write(record).unwrap();
    }
    writer.finish().unwrap()
}

#[test]
fn the_spec_example_reads_and_writes_back_byte_for_byte() {
    let records: Vec<Record> = read_all(SPEC_EXAMPLE.as_bytes())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(records.len(), 2, "header rows are skipped");
    let fk = &records[0];
    assert_eq!((fk.kind, fk.line), (RecordType::Fk, 4));
    assert_eq!(fk.cell(4), "0002400000001");
    assert_eq!(fk.cell(11), "2700000");
    assert_eq!(fk.cell(20), "0");
    assert_eq!(records[1].cell(8), "2700000");
    assert_eq!(
        String::from_utf8(write_all(&records)).unwrap(),
        SPEC_EXAMPLE
    );
}

#[test]
fn invoices_group_fk_fapr_and_of_rows() {
    let text = format!(
        "{SPEC_EXAMPLE}\"FK\",\"01\",\"0\",\"0002400000002\",\"3\",\"2024\",\"16/3/2024\",\"013121660091000\",\"B\",\"A\",\"1\",\"0\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"R2\",\"0\"\n\"FAPR\",\"PT CABANG\",\"BANDUNG\"\n\"OF\",\"S\",\"N\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\"\n\"OF\",\"S\",\"N\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\"\n\"LT\",\"013121660091000\",\"PT X\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
    );
    let items: Vec<Item> = InvoiceReader::new(RecordReader::new(text.as_bytes(), b','))
        .map(Result::unwrap)
        .collect();
    assert_eq!(items.len(), 3);
    let Item::Invoice(second) = &items[1] else {
        panic!("invoice expected")
    };
    assert_eq!(second.fapr.as_ref().map(|r| r.cell(2)), Some("PT CABANG"));
    assert_eq!(second.lines.len(), 2);
    assert!(matches!(&items[2], Item::Record(r) if r.kind == RecordType::Lt));
}

#[test]
fn bad_rows_are_reported_with_line_and_column_and_reading_goes_on() {
    let mut text = SPEC_EXAMPLE.as_bytes().to_vec();
    text.extend_from_slice(
        b"\"OF\",\"S\",\"Bad \xC3\x28 name\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\"\n",
    );
    text.extend_from_slice(b"\"OF\",\"S\",\"N\",\"1\"\n");
    text.extend_from_slice(b"\"XX\",\"1\"\n");
    text.extend_from_slice(b"\"FK\",\"01\",\"0\"\n");
    text.extend_from_slice(b"\"OF\",\"S\",\"N\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\"\n");
    let results = read_all(&text);
    let errors: Vec<(u64, usize, &str)> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| (e.line, e.column, e.code))
        .collect();
    assert_eq!(
        errors,
        vec![
            (6, 3, "ETAX-API-10001"),
            (7, 0, "ETAX-20022"),
            (8, 1, "ETAX-30005"),
            (9, 0, "ETAX-30005")
        ]
    );
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        3,
        "good rows around the bad ones still read"
    );
}

#[test]
fn delimiters_bom_empty_files_and_orphan_lines() {
    assert_eq!(sniff_delimiter(b"\"FK\";\"01\";\"0\""), b';');
    assert_eq!(sniff_delimiter(b"FM|01|0|x,y"), b'|');
    assert_eq!(sniff_delimiter(b""), b',');
    let semicolons = SPEC_EXAMPLE.replace("\",\"", "\";\"");
    assert_eq!(
        read_all(semicolons.as_bytes())
            .iter()
            .filter(|r| r.is_ok())
            .count(),
        2
    );
    let bom = format!("\u{FEFF}{SPEC_EXAMPLE}");
    assert!(read_all(bom.as_bytes()).iter().all(Result::is_ok));
    assert!(read_all(b"").is_empty());
    assert!(read_all(b"\n\n").is_empty());
    let orphan = b"\"OF\",\"S\",\"N\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"0\",\"0\"\n";
    let items: Vec<_> = InvoiceReader::new(RecordReader::new(&orphan[..], b',')).collect();
    assert_eq!(items[0].as_ref().unwrap_err().code, "ETAX-20022");
}

fn arb_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{0,16}",
        "[A-Za-z .,/-]{0,20}",
        "\\PC{0,12}",
        Just("with \"quotes\", commas\nand lines".to_string())
    ]
}

fn arb_record() -> impl Strategy<Value = Record> {
    prop_oneof![
        prop::collection::vec(arb_cell(), 19).prop_map(|cells| (RecordType::Fk, cells)),
        prop::collection::vec(arb_cell(), 10).prop_map(|cells| (RecordType::Of, cells)),
        prop::collection::vec(arb_cell(), 13).prop_map(|cells| (RecordType::Lt, cells)),
        prop::collection::vec(arb_cell(), 14).prop_map(|cells| (RecordType::Rm, cells)),
    ]
    .prop_filter("a header-looking or blank row is not data", |(_, cells)| {
        ![
            "KD_JENIS_TRANSAKSI",
            "NPWP",
            "KODE_OBJEK",
            "JENIS_TRANSAKSI",
        ]
        .contains(&cells[0].as_str())
    })
    .prop_map(|(kind, cells)| Record {
        kind,
        line: 0,
        cells,
    })
}

proptest! {
    /// parse ∘ write is the identity on records (lines aside).
    #[test]
    fn write_then_read_gives_the_same_records(records in prop::collection::vec(arb_record(), 0..20)) {
        let bytes = write_all(&records);
        let back: Vec<Record> = read_all(&bytes).into_iter().map(|r| r.unwrap()).collect();
        let strip = |rs: &[Record]| rs.iter().map(|r| (r.kind, r.cells.clone())).collect::<Vec<_>>();
        prop_assert_eq!(strip(&back), strip(&records));
        // And writing what was read gives the same bytes again.
        prop_assert_eq!(write_all(&back), bytes);
    }

    /// No input makes the reader panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let delimiter = sniff_delimiter(&bytes);
        for item in InvoiceReader::new(RecordReader::new(&bytes[..], delimiter)) {
            let _ = item;
        }
    }
}

mod mapping {
    use super::*;
    use crate::efaktur_csv::map::{iso_date, to_draft};
    use crate::efaktur_csv::{CsvInvoice, Item};

    fn invoices(text: &str) -> Vec<CsvInvoice> {
        InvoiceReader::new(RecordReader::new(text.as_bytes(), b','))
            .filter_map(|item| match item.unwrap() {
                Item::Invoice(invoice) => Some(invoice),
                Item::Record(_) => None,
            })
            .collect()
    }

    fn fk(cells: &[(usize, &str)]) -> String {
        let mut row: Vec<String> = vec![
            "FK",
            "01",
            "0",
            "0002400000001",
            "3",
            "2024",
            "15/3/2024",
            "013121660091000",
            "PT CONTOH",
            "JAKARTA",
            "2700000",
            "297000",
            "0",
            "",
            "0",
            "0",
            "0",
            "0",
            "INV/1",
            "0",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        for (column, value) in cells {
            row[column - 1] = (*value).to_string();
        }
        let of = "\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"";
        format!(
            "{}\n{of}\n",
            row.iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(",")
        )
    }

    #[test]
    fn the_spec_example_maps_to_a_draft_that_recomputes_to_the_stated_totals() {
        let invoice = &invoices(SPEC_EXAMPLE)[0];
        let mapped = to_draft(invoice).unwrap();
        let d = &mapped.draft;
        assert_eq!(d.date.as_deref(), Some("2024-03-15"));
        assert_eq!(
            (d.trx_code.as_str(), d.number.as_deref()),
            ("01", Some("0100002400000001"))
        );
        assert_eq!(d.reference.as_deref(), Some("INV/2024/0001"));
        let buyer = d.buyer.as_ref().unwrap();
        assert_eq!(
            (
                buyer.tin.as_deref(),
                buyer.id_type.as_str(),
                buyer.name.as_str()
            ),
            (Some("013121660091000"), "TIN", "PT CONTOH")
        );
        let line = &d.lines[0];
        assert_eq!(
            (
                line.price.as_deref(),
                line.qty.as_str(),
                line.discount.as_str()
            ),
            (Some("1500000"), "2", "300000")
        );
        assert_eq!(line.item_code.as_deref(), Some("SKU-1"));
        assert_eq!(
            mapped.stated.totals,
            ["2700000".to_string(), "297000".into(), "0".into()]
        );
        assert_eq!(
            mapped.stated.lines[0],
            (5, ["2700000".to_string(), "297000".into(), "0".into()])
        );
        assert_eq!(
            mapped
                .source
                .get("KODE_DOKUMEN_PENDUKUNG")
                .map(String::as_str),
            Some("0")
        );
        assert_eq!(
            mapped.source.get("MASA_PAJAK").map(String::as_str),
            Some("3")
        );
        // Recomputed by the engine, the draft gives exactly the stated totals.
        let mut draft = mapped.draft.clone();
        draft.seller = Some(faktur_wire::PartyDto {
            tin: Some("0016090524017000".into()),
            id_type: "TIN".into(),
            id_number: None,
            country: "IDN".into(),
            name: "PT Penjual".into(),
            address: "Jakarta".into(),
            email: None,
            idtku: None,
        });
        let json = faktur_wire::draft_to_json(&draft);
        let outcome = faktur_wire::calculate_json(
            json.as_bytes(),
            None,
            &Default::default(),
            faktur_core::Lang::En,
        )
        .unwrap();
        assert!(outcome.accepted, "{:?}", outcome.invoice.findings);
        let totals = outcome.invoice.totals.unwrap();
        assert_eq!(
            (
                totals.tax_base.as_str(),
                totals.vat.as_str(),
                totals.stlg.as_str()
            ),
            ("2700000", "297000", "0")
        );
    }

    #[test]
    fn buyers_without_npwp_follow_the_e_faktur_conventions() {
        let nik = to_draft(
            &invoices(&fk(&[
                (8, "000000000000000"),
                (9, "3171014503900001#NIK#NAMA#Budi Santoso"),
            ]))[0],
        )
        .unwrap();
        let buyer = nik.draft.buyer.unwrap();
        assert_eq!(
            (
                buyer.id_type.as_str(),
                buyer.id_number.as_deref(),
                buyer.name.as_str()
            ),
            ("NIK", Some("3171014503900001"), "Budi Santoso")
        );
        let passport = to_draft(
            &invoices(&fk(&[
                (8, "000000000000000"),
                (9, "A1234567#PASPOR#NAMA#John Doe"),
            ]))[0],
        )
        .unwrap();
        assert_eq!(passport.draft.buyer.unwrap().id_type, "PASSPORT");
        let plain = to_draft(&invoices(&fk(&[(9, "PT A#B")]))[0]).unwrap();
        assert_eq!(
            plain.draft.buyer.unwrap().name,
            "PT A#B",
            "a # in a real name is kept"
        );
    }

    #[test]
    fn kode_facility_and_replacement_mapping() {
        let one_digit = to_draft(&invoices(&fk(&[(2, "1")]))[0]).unwrap();
        assert_eq!(
            one_digit.draft.trx_code, "01",
            "a kode that lost its leading zero in a spreadsheet"
        );
        let seven = to_draft(&invoices(&fk(&[(2, "07"), (14, "1")]))[0]).unwrap();
        assert_eq!(
            (
                seven.draft.add_info.as_deref(),
                seven.draft.facility_stamp.as_deref()
            ),
            (Some("TD.00501"), Some("TD.01101"))
        );
        let replacement = to_draft(&invoices(&fk(&[(3, "1")]))[0]).unwrap();
        assert_eq!(
            replacement.draft.number.as_deref(),
            Some("0110002400000001")
        );
        assert_eq!(
            replacement.draft.replaces.as_deref(),
            Some("0100002400000001")
        );
        let unnumbered = to_draft(&invoices(&fk(&[(4, "")]))[0]).unwrap();
        assert!(unnumbered.draft.number.is_none());
    }

    #[test]
    fn cell_problems_are_reported_at_their_column() {
        let errors = |cells: &[(usize, &str)]| {
            to_draft(&invoices(&fk(cells))[0])
                .unwrap_err()
                .iter()
                .map(|e| (e.line, e.column, e.code))
                .collect::<Vec<_>>()
        };
        assert_eq!(errors(&[(7, "2024-03-15")]), vec![(1, 7, "ETAX-20006")]);
        assert_eq!(errors(&[(3, "2")]), vec![(1, 3, "ETAX-20026")]);
        assert_eq!(errors(&[(5, "4")]), vec![(1, 5, "ETAX-API-10006")]);
        assert_eq!(
            errors(&[(3, "x"), (7, "31/2/20")]),
            vec![(1, 3, "ETAX-20026"), (1, 7, "ETAX-20006")]
        );
    }

    #[test]
    fn dates_in_day_month_year() {
        assert_eq!(iso_date("15/3/2024").as_deref(), Some("2024-03-15"));
        assert_eq!(iso_date("05/03/2024").as_deref(), Some("2024-03-05"));
        for bad in [
            "2024-03-15",
            "15/13/2024",
            "32/1/2024",
            "1/1/24",
            "a/b/cdef",
            "",
            "1/1/2024/1",
        ] {
            assert!(iso_date(bad).is_none(), "{bad}");
        }
    }
}

/// A prepopulated input-invoice list as DJP serves it: `;`-separated, FM
/// header (formats.md §2).
const PREPOPULATED: &str = concat!(
    "FM;KD_JENIS_TRANSAKSI;FG_PENGGANTI;NOMOR_FAKTUR;MASA_PAJAK;TAHUN_PAJAK;TANGGAL_FAKTUR;NPWP;NAMA;ALAMAT_LENGKAP;JUMLAH_DPP;JUMLAH_PPN;JUMLAH_PPNBM;IS_CREDITABLE\n",
    "FM;01;0;0002400000001;3;2024;15/3/2024;013121660091000;PT CONTOH;JL. CONTOH NO. 1, JAKARTA;2700000;297000;0;1\n",
    "FM;07;1;0002400000002;6;2024;1/3/2024;013121660091000;PT CONTOH;JAKARTA;100000;0;0;0\n",
);

#[test]
fn prepopulated_rows_read_as_input_invoices_and_write_back() {
    let records: Vec<Record> = read_all(PREPOPULATED.as_bytes())
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(records.len(), 2);
    let first = fm::fm_invoice(&records[0]).unwrap();
    assert_eq!(first.line, 2);
    assert_eq!(first.number, "0100002400000001");
    assert_eq!(
        (first.date.as_str(), first.masa.as_str()),
        ("2024-03-15", "2024-03")
    );
    assert_eq!(first.seller.tin.as_deref(), Some("013121660091000"));
    assert_eq!(first.totals, ["2700000", "297000", "0"].map(String::from));
    assert!(first.creditable);
    let second = fm::fm_invoice(&records[1]).unwrap();
    assert_eq!(second.replaces.as_deref(), Some("0700002400000002"));
    assert_eq!(second.masa, "2024-06");
    assert!(!second.creditable);
    for record in &records {
        let back = fm::fm_record(&fm::fm_invoice(record).unwrap());
        assert_eq!(back.cells, record.cells);
    }
}

#[test]
fn fm_rows_report_each_bad_cell_and_the_crediting_window() {
    let base = "FM;01;0;0002400000001;3;2024;15/3/2024;013121660091000;PT;JKT;100;11;0;1";
    /// (text replaced, replacement, expected (column, code) findings).
    type Case<'a> = (&'a str, &'a str, &'a [(usize, &'a str)]);
    let cases: [Case; 8] = [
        ("15/3/2024", "31/2/2024", &[(7, "ETAX-20006")]),
        ("013121660091000", "000000000000000", &[(8, "ETAX-20005")]),
        ("3;2024;15/3/2024", "2;2024;15/3/2024", &[(5, "ETAX-20024")]),
        ("3;2024;15/3/2024", "7;2024;15/3/2024", &[(5, "ETAX-20025")]),
        ("3;2024;15/3/2024", "1;2025;15/12/2024", &[]),
        ("013121660091000", "013121661091000", &[(8, "ETAX-20005")]),
        (";1\n", ";Y\n", &[(14, "ETAX-20004")]),
        (
            "FM;01;0;0002400000001",
            "FM;99;2;12345",
            &[(2, "ETAX-20004"), (3, "ETAX-20004"), (4, "ETAX-20004")],
        ),
    ];
    for (from, to, expected) in cases {
        let text = format!("{base}\n").replace(from, to);
        assert_ne!(text, format!("{base}\n"), "{to}");
        let record = read_all(text.as_bytes()).remove(0).unwrap();
        let found: Vec<(usize, &str)> = match fm::fm_invoice(&record) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| (e.column, e.code)).collect(),
        };
        assert_eq!(found, expected, "{text}");
    }
}

/// An unclosed quote or an absurdly long cell stops reading at its line,
/// before the run is buffered.
#[test]
fn an_absurdly_long_cell_is_refused_at_its_line() {
    let long = "x".repeat(crate::limit::MAX_RUN + 10);
    let text = format!("{SPEC_EXAMPLE}\"FK\",\"01\",\"{long}\n\"OF\",\"a\"\n");
    let results = read_all(text.as_bytes());
    let last = results.last().unwrap().as_ref().unwrap_err();
    assert_eq!((last.code, last.line), (crate::limit::TOO_LONG, 6));
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 2);
}
