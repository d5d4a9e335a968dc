//! `faktur import` of an e-Faktur CSV file.

mod support;

use support::{import_json as report, init_gen_company as company, run};

const HEADER: &str = concat!(
    "\"FK\",\"KD_JENIS_TRANSAKSI\",\"FG_PENGGANTI\",\"NOMOR_FAKTUR\",\"MASA_PAJAK\",\"TAHUN_PAJAK\",\"TANGGAL_FAKTUR\",\"NPWP\",\"NAMA\",\"ALAMAT_LENGKAP\",\"JUMLAH_DPP\",\"JUMLAH_PPN\",\"JUMLAH_PPNBM\",\"ID_KETERANGAN_TAMBAHAN\",\"FG_UANG_MUKA\",\"UANG_MUKA_DPP\",\"UANG_MUKA_PPN\",\"UANG_MUKA_PPNBM\",\"REFERENSI\",\"KODE_DOKUMEN_PENDUKUNG\"\n",
    "\"LT\",\"NPWP\",\"NAMA\",\"JALAN\",\"BLOK\",\"NOMOR\",\"RT\",\"RW\",\"KECAMATAN\",\"KELURAHAN\",\"KABUPATEN\",\"PROPINSI\",\"KODE_POS\",\"NOMOR_TELEPON\"\n",
    "\"OF\",\"KODE_OBJEK\",\"NAMA\",\"HARGA_SATUAN\",\"JUMLAH_BARANG\",\"HARGA_TOTAL\",\"DISKON\",\"DPP\",\"PPN\",\"TARIF_PPNBM\",\"PPNBM\"\n",
);

/// One invoice: an FK row (line `2n + 4`) and an OF row (line `2n + 5`).
fn invoice(n: usize, bad: Option<usize>) -> String {
    let date = if bad == Some(1) {
        "2024-03-15"
    } else {
        "15/3/2024"
    };
    let npwp = if bad == Some(4) {
        "012345678091000"
    } else {
        "013121660091000"
    };
    let vat = if bad == Some(2) { "11001" } else { "11000" };
    let fk = format!(
        "\"FK\",\"01\",\"0\",\"00024{n:08}\",\"3\",\"2024\",\"{date}\",\"{npwp}\",\"PT PEMBELI\",\"BANDUNG\",\"100000\",\"{vat}\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"INV/{n}\",\"0\"\n"
    );
    let of = match bad {
        Some(0) => "\"OF\",\"SKU\",\"Barang\",\"1.000.000\",\"1\",\"100000\",\"0\",\"100000\",\"11000\",\"0\",\"0\"\n".to_string(),
        Some(3) => "\"OF\",\"SKU\",\"Barang\",\"100000\",\"1\",\"100000\",\"0\",\"100000\",\"11000\"\n".to_string(),
        _ => "\"OF\",\"SKU\",\"Barang\",\"100000\",\"1\",\"100000\",\"0\",\"100000\",\"11000\",\"0\",\"0\"\n".to_string(),
    };
    fk + &of
}

/// Invoice index → (kind of damage, expected line, column, code).
const BAD: [(usize, usize, u64, usize, &str); 5] = [
    (1_000, 0, 2_005, 4, "ETAX-20004"),
    (2_500, 1, 5_004, 7, "ETAX-20006"),
    (4_000, 2, 8_004, 12, "ETAX-20028"),
    (7_777, 3, 15_559, 0, "ETAX-20022"),
    (9_998, 4, 20_000, 8, "ETAX-20005"),
];

fn file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from(HEADER);
    for n in 0..10_000 {
        let bad = BAD.iter().find(|b| b.0 == n).map(|b| b.1);
        text.push_str(&invoice(n, bad));
    }
    let path = dir.join("faktur.csv");
    std::fs::write(&path, text).unwrap();
    path
}

fn count(home: &std::path::Path) -> usize {
    let out = run(home, &["--json", "invoice", "list", "--limit", "100000"]);
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn five_bad_rows_among_ten_thousand() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let path = file(h);
    let path = path.to_str().unwrap();

    let (code, all_or_nothing) = report(h, &[path]);
    assert_eq!(code, Some(1));
    assert_eq!(
        (
            all_or_nothing["invoices"].as_u64(),
            all_or_nothing["stored"].as_u64()
        ),
        (Some(10_000), Some(0))
    );
    assert_eq!(all_or_nothing["committed"], false);
    let errors: Vec<(u64, u64, String)> = all_or_nothing["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == "error")
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["column"].as_u64().unwrap(),
                p["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(u64, u64, String)> = BAD
        .iter()
        .map(|b| (b.2, b.3 as u64, b.4.to_string()))
        .collect();
    assert_eq!(
        errors, expected,
        "exactly the five planted rows, in file order"
    );
    assert_eq!(count(h), 0, "a failed import changes nothing");

    let (_, dry) = report(h, &["--dry-run", path]);
    assert_eq!(
        (dry["stored"].as_u64(), dry["committed"].as_bool()),
        (Some(0), Some(false))
    );
    assert_eq!(count(h), 0);

    let (code, partial) = report(h, &["--partial", path]);
    assert_eq!(code, Some(1), "refusals are still reported");
    assert_eq!(
        partial["stored"].as_u64(),
        Some(9_995),
        "every invoice but the five"
    );
    assert_eq!(count(h), 9_995);

    let (_, again) = report(h, &["--partial", path]);
    assert_eq!(
        again["stored"].as_u64(),
        Some(0),
        "re-importing creates no duplicates"
    );
    let duplicates = again["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["code"] == "ETAX-20002")
        .count();
    assert_eq!(duplicates, 9_995);
    assert_eq!(count(h), 9_995);
}

#[test]
fn a_clean_file_imports_and_reports_in_both_languages() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let mut text = String::from(HEADER);
    for n in 0..3 {
        text.push_str(&invoice(n, None));
    }
    text.push_str("\"LT\",\"013121660091000\",\"PT PEMBELI\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n");
    let path = h.join("ok.csv");
    std::fs::write(&path, text).unwrap();
    let out = run(h, &["--lang", "id", "import", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("3 dibaca, 3 valid, 0 ditolak, 3 disimpan"),
        "{stdout}"
    );
    assert!(
        stdout.contains("FKT-3007"),
        "the LT row is reported as skipped: {stdout}"
    );
    let xml = h.join("x.xml");
    std::fs::write(&xml, "<TaxInvoiceBulk/>").unwrap();
    let empty = run(h, &["--json", "import", xml.to_str().unwrap()]);
    assert_eq!(
        empty.status.code(),
        Some(0),
        "an empty bulk file imports nothing: {}",
        String::from_utf8_lossy(&empty.stdout)
    );
    std::fs::write(&xml, "<Other/>").unwrap();
    assert_eq!(
        run(h, &["import", xml.to_str().unwrap()]).status.code(),
        Some(1),
        "not a bulk file"
    );
    assert_eq!(run(h, &["import", "missing.csv"]).status.code(), Some(2));
}

/// formats.md §1.10, imported and exported back: byte for byte.
#[test]
fn the_spec_csv_example_round_trips_through_import_and_export() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let spec = format!(
        "{HEADER}{}{}",
        "\"FK\",\"01\",\"0\",\"0002400000001\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT CONTOH\",\"JL. CONTOH NO. 1, JAKARTA\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"INV/2024/0001\",\"0\"\n",
        "\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"\n"
    );
    let input = h.join("spec.csv");
    std::fs::write(&input, &spec).unwrap();
    assert!(run(h, &["import", input.to_str().unwrap()])
        .status
        .success());
    let output = h.join("out.csv");
    let export = run(
        h,
        &[
            "export",
            "--period",
            "2024-03",
            "--format",
            "efaktur-csv",
            "-o",
            output.to_str().unwrap(),
        ],
    );
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert_eq!(std::fs::read_to_string(&output).unwrap(), spec);
}

/// A file whose lines allocate the header rounding differently (the whole
/// residue on the first line) imports, and exports back with its own lines.
#[test]
fn another_allocation_of_the_same_rounding_is_kept() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    // Three lines of DPP 15 at 11 %: header PPN floor(4.95) = 4. We would
    // allocate 2+1+1; this file puts 2 on the last line.
    let mut text = String::from(HEADER);
    text.push_str("\"FK\",\"01\",\"0\",\"0002400000009\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT B\",\"A\",\"45\",\"4\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"R9\",\"0\"\n");
    for ppn in ["1", "1", "2"] {
        text.push_str(&format!(
            "\"OF\",\"S\",\"N\",\"15\",\"1\",\"15\",\"0\",\"15\",\"{ppn}\",\"0\",\"0\"\n"
        ));
    }
    let input = h.join("alloc.csv");
    std::fs::write(&input, &text).unwrap();
    let out = run(h, &["import", input.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let output = h.join("alloc-out.csv");
    assert!(run(
        h,
        &[
            "export",
            "--period",
            "2024-03",
            "--format",
            "efaktur-csv",
            "-o",
            output.to_str().unwrap()
        ]
    )
    .status
    .success());
    assert_eq!(std::fs::read_to_string(&output).unwrap(), text);
    assert!(
        run(h, &["db", "check"]).status.success(),
        "adopted lines keep checksums valid"
    );
}

#[test]
fn coretax_xml_export_reads_back_and_splits_at_one_thousand() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let draft = format!(
        "{}/../../examples/drafts/coretax-kode04.json",
        env!("CARGO_MANIFEST_DIR")
    );
    assert!(run(h, &["invoice", "create", &draft]).status.success());
    let output = h.join("out.xml");
    let export = run(
        h,
        &[
            "--json",
            "export",
            "--period",
            "2025-01",
            "--format",
            "coretax-xml",
            "-o",
            output.to_str().unwrap(),
        ],
    );
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let bytes = std::fs::read(&output).unwrap();
    let invoices: Vec<_> = faktur_formats::coretax_xml::CoretaxReader::new(&bytes[..])
        .map(Result::unwrap)
        .collect();
    assert_eq!(invoices.len(), 1);
    let i = &invoices[0];
    assert_eq!(
        (i.get("TrxCode"), i.get("BuyerTin"), i.get("BuyerIDTKU")),
        ("04", "0016090524017000", "0016090524017000000000")
    );
    let g = &i.goods[0];
    assert_eq!(
        (
            g.get("TaxBase"),
            g.get("OtherTaxBase"),
            g.get("VATRate"),
            g.get("VAT")
        ),
        ("100000.00", "91666.67", "12", "11000.00")
    );
    assert_eq!(
        faktur_db::chunk_path(std::path::Path::new("/x/out.xml"), 2, true, "xml"),
        std::path::Path::new("/x/out-002.xml")
    );
    assert_eq!(
        run(
            h,
            &[
                "export",
                "--period",
                "2025-13",
                "--format",
                "coretax-xml",
                "-o",
                "x.xml"
            ]
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn generated_files_are_reproducible_and_import_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let a = h.join("a.csv");
    let b = h.join("b.csv");
    for path in [&a, &b] {
        let out = run(
            h,
            &[
                "gen",
                "--invoices",
                "300",
                "--seed",
                "9",
                "--format",
                "efaktur-csv",
                "-o",
                path.to_str().unwrap(),
            ],
        );
        assert!(out.status.success());
    }
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "same seed, same bytes"
    );
    let (code, report) = report(h, &[a.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(
        (
            report["stored"].as_u64(),
            report["problems"].as_array().map(Vec::len)
        ),
        (Some(300), Some(0))
    );
    let xml = h.join("g.xml");
    let out = run(
        h,
        &[
            "--json",
            "gen",
            "--invoices",
            "1001",
            "--format",
            "coretax-xml",
            "-o",
            xml.to_str().unwrap(),
        ],
    );
    let files: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = files["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "at most 1,000 invoices per file");
    let mut total = 0;
    for file in files {
        let bytes = std::fs::read(file.as_str().unwrap()).unwrap();
        total += faktur_formats::coretax_xml::CoretaxReader::new(&bytes[..])
            .map(Result::unwrap)
            .count();
    }
    assert_eq!(total, 1001);
}

/// Generated Coretax XML imports (1,001 invoices in two files), and every
/// invoice exports back identical, element for element.
#[test]
fn coretax_xml_imports_and_exports_back_identically() {
    use faktur_formats::coretax_xml::CoretaxReader;
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let base = h.join("gen.xml");
    let out = run(
        h,
        &[
            "--json",
            "gen",
            "--invoices",
            "1001",
            "--seller",
            "0016090524017000",
            "--format",
            "coretax-xml",
            "-o",
            base.to_str().unwrap(),
        ],
    );
    let files: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut originals = std::collections::BTreeMap::new();
    for file in files["files"].as_array().unwrap() {
        let path = file.as_str().unwrap();
        let (code, report) = report(h, &[path]);
        assert_eq!(code, Some(0), "{report}");
        let bytes = std::fs::read(path).unwrap();
        for invoice in CoretaxReader::new(&bytes[..]) {
            let mut invoice = invoice.unwrap();
            invoice.line = 0;
            invoice.goods.iter_mut().for_each(|g| g.line = 0);
            originals.insert(invoice.get("RefDesc").to_string(), invoice);
        }
    }
    assert_eq!(count(h), 1001);
    let mut seen = 0;
    for month in 1..=12 {
        let target = h.join(format!("out-{month}.xml"));
        let out = run(
            h,
            &[
                "--json",
                "export",
                "--period",
                &format!("2025-{month:02}"),
                "--format",
                "coretax-xml",
                "-o",
                target.to_str().unwrap(),
            ],
        );
        let written: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for file in written["files"].as_array().unwrap() {
            let bytes = std::fs::read(file.as_str().unwrap()).unwrap();
            for invoice in CoretaxReader::new(&bytes[..]) {
                let mut invoice = invoice.unwrap();
                invoice.line = 0;
                invoice.goods.iter_mut().for_each(|g| g.line = 0);
                assert_eq!(
                    Some(&invoice),
                    originals.get(invoice.get("RefDesc")),
                    "{}",
                    invoice.get("RefDesc")
                );
                seen += 1;
            }
        }
    }
    assert_eq!(seen, 1001);
    // Another seller's file is refused whole.
    let other = h.join("other.xml");
    run(
        h,
        &[
            "gen",
            "--invoices",
            "3",
            "--seller",
            "0013121660091000",
            "--format",
            "coretax-xml",
            "-o",
            other.to_str().unwrap(),
        ],
    );
    let (code, refused) = report(h, &[other.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert_eq!(refused["problems"][0]["code"], "FKT-3008");
}

/// Duplicates inside one file are refused whether or not the company held
/// invoices before (into an empty company the lookups in the books are
/// skipped, and the file's own numbers must still be caught).
#[test]
fn a_number_twice_in_one_file_is_refused_into_an_empty_company_too() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let text = [
        HEADER,
        &invoice(1, None),
        &invoice(2, None),
        &invoice(1, None),
    ]
    .concat();
    let path = h.join("twice.csv");
    std::fs::write(&path, &text).unwrap();
    let (code, first) = report(h, &["--partial", path.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{first}");
    assert_eq!(first["stored"], 2, "{first}");
    assert_eq!(first["problems"][0]["code"], "ETAX-20002");
    assert_eq!(first["problems"][0]["line"], 8);
    // Now the company holds them: every row is a duplicate of the books.
    let (_, again) = report(h, &["--partial", path.to_str().unwrap()]);
    assert_eq!(again["stored"], 0);
    assert_eq!(again["problems"].as_array().unwrap().len(), 3, "{again}");
}
