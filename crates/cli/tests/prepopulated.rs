//! FM rows and DJP's prepopulated input-invoice list (gzip around a
//! `;`-separated FM file): import as input invoices, export back.

mod support;

use faktur_formats::efaktur_csv::{sniff_delimiter, Record, RecordReader};
use std::io::Read;
use support::{import_file as import, init_gen_company as company, run};

fn records(bytes: &[u8]) -> Vec<Record> {
    RecordReader::new(bytes, sniff_delimiter(bytes))
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_generated_list_imports_once_and_exports_back_cell_for_cell() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let list = h.join("FPM-016090524017000202403.zip");
    let out = run(
        h,
        &[
            "gen",
            "--invoices",
            "200",
            "--format",
            "prepopulated-csv",
            "-o",
            list.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&list).unwrap())
        .read_to_end(&mut plain)
        .unwrap();
    assert!(plain.starts_with(b"FM;KD_JENIS_TRANSAKSI;FG_PENGGANTI;NOMOR_FAKTUR;"));
    let (code, report) = import(h, &list);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["stored"], 200, "{report}");
    let (code, report) = import(h, &list);
    assert_eq!(code, Some(1));
    assert_eq!(report["stored"], 0);
    assert_eq!(
        report["problems"].as_array().unwrap().len(),
        200,
        "every row a duplicate"
    );
    assert_eq!(report["problems"][0]["code"], "ETAX-20002");
    assert_eq!(report["problems"][0]["line"], 2);

    let generated = records(&plain);
    let mut exported = Vec::new();
    for month in 1..=6 {
        let path = h.join(format!("fm-{month}.csv"));
        let out = run(
            h,
            &[
                "export",
                "--period",
                &format!("2024-{month:02}"),
                "--kind",
                "input",
                "--format",
                "efaktur-csv",
                "-o",
                path.to_str().unwrap(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"\"FM\",\"KD_JENIS_TRANSAKSI\""));
        exported.extend(records(&bytes));
    }
    let refused = run(
        h,
        &[
            "--json",
            "export",
            "--period",
            "2024-01",
            "--kind",
            "input",
            "--format",
            "coretax-xml",
            "-o",
            h.join("x.xml").to_str().unwrap(),
        ],
    );
    assert_eq!(
        refused.status.code(),
        Some(2),
        "input invoices are not Coretax XML"
    );
    let key = |r: &Record| r.cells[2].clone();
    let mut generated_cells: Vec<_> = generated
        .iter()
        .map(|r| (key(r), r.cells.clone()))
        .collect();
    let mut exported_cells: Vec<_> = exported.iter().map(|r| (key(r), r.cells.clone())).collect();
    generated_cells.sort();
    exported_cells.sort();
    assert_eq!(exported_cells, generated_cells);
}

#[test]
fn bad_fm_rows_are_refused_at_their_cell() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let file = h.join("fm.csv");
    std::fs::write(
        &file,
        concat!(
            "FM;KD_JENIS_TRANSAKSI;FG_PENGGANTI;NOMOR_FAKTUR;MASA_PAJAK;TAHUN_PAJAK;TANGGAL_FAKTUR;NPWP;NAMA;ALAMAT_LENGKAP;JUMLAH_DPP;JUMLAH_PPN;JUMLAH_PPNBM;IS_CREDITABLE\n",
            "FM;01;0;0002400000001;3;2024;15/3/2024;013121660091000;PT A;JKT;2700000;297000;0;1\n",
            "FM;01;0;0002400000002;8;2024;15/3/2024;013121660091000;PT A;JKT;100;11;0;1\n",
            "FM;01;0;0002400000003;3;2024;15/3/2024;013121660091000;PT A;JKT;1.000,5;11;0;1\n",
            "FM;01;0;0002400000004;3;2024;15/3/2024;013121660091000;PT A;JKT;1000.50;110;0;1\n",
        ),
    )
    .unwrap();
    let (code, report) = import(h, &file);
    assert_eq!(code, Some(1), "{report}");
    let found: Vec<(u64, u64, String)> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["column"].as_u64().unwrap(),
                p["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (3, 5, "ETAX-20025".to_string()),
            (4, 11, "ETAX-20004".to_string()),
            (5, 11, "ETAX-20004".to_string())
        ]
    );
    assert_eq!(report["stored"], 0, "all or nothing");
    let out = run(
        h,
        &["--json", "import", "--partial", file.to_str().unwrap()],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["stored"], 1, "{report}");
}

/// `gen --format purchases-csv` writes FM rows as the desktop imports them;
/// they import as input invoices and one masa exports back byte for byte.
#[test]
fn purchases_csv_imports_and_exports_back_byte_for_byte() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let file = h.join("purchases.csv");
    let out = run(
        h,
        &[
            "gen",
            "--invoices",
            "40",
            "--seed",
            "8",
            "--format",
            "purchases-csv",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("\"FM\",\"KD_JENIS_TRANSAKSI\","));
    let (code, report) = import(h, &file);
    assert_eq!(
        (code, report["stored"].as_u64()),
        (Some(0), Some(40)),
        "{report}"
    );
    // The rows of one masa, in file order, are what that masa exports.
    let header = text.lines().next().unwrap();
    let march: Vec<&str> = text
        .lines()
        .skip(1)
        .filter(|l| l.contains(",\"3\",\"2024\","))
        .collect();
    assert!(!march.is_empty());
    let exported = h.join("march.csv");
    let out = run(
        h,
        &[
            "export",
            "--period",
            "2024-03",
            "--kind",
            "input",
            "--format",
            "efaktur-csv",
            "-o",
            exported.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let expected = format!("{header}\n{}\n", march.join("\n"));
    assert_eq!(std::fs::read_to_string(&exported).unwrap(), expected);
}

/// Found in review: a malformed FM row right after an FK invoice was blamed
/// on that invoice and refused it.
#[test]
fn a_bad_fm_row_after_an_invoice_stands_alone() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let file = h.join("mixed.csv");
    std::fs::write(
        &file,
        concat!(
            "\"FK\",\"01\",\"0\",\"0002400000001\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT CONTOH\",\"JAKARTA\",\"2700000\",\"297000\",\"0\",\"\",\"0\",\"0\",\"0\",\"0\",\"INV/1\",\"0\"\n",
            "\"OF\",\"SKU-1\",\"Barang A\",\"1500000\",\"2\",\"3000000\",\"300000\",\"2700000\",\"297000\",\"0\",\"0\"\n",
            "\"FM\",\"01\",\"0\",\"0002400000009\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT A\",\"JKT\",\"100\",\"11\"\n",
            "\"FM\",\"01\",\"0\",\"0002400000002\",\"3\",\"2024\",\"15/3/2024\",\"013121660091000\",\"PT A\",\"JKT\",\"100\",\"11\",\"0\",\"1\"\n",
        ),
    )
    .unwrap();
    let out = run(
        h,
        &["--json", "import", "--partial", file.to_str().unwrap()],
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["stored"], 2,
        "the FK invoice and the good FM row: {report}"
    );
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{report}");
    assert_eq!(
        (
            problems[0]["line"].as_u64(),
            problems[0]["reference"].clone()
        ),
        (Some(3), serde_json::Value::Null)
    );
}
