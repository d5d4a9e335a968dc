//! Nota retur (RM rows) and dokumen lain (DK/DM rows) through the binary:
//! generated, imported once, refused the second time, and exported back
//! cell for cell.

mod support;

use faktur_formats::efaktur_csv::{Record, RecordReader};
use support::{gen_files, import_file as import, init_gen_company as company, run};

fn records(path: &std::path::Path) -> Vec<Record> {
    let bytes = std::fs::read(path).unwrap();
    RecordReader::new(&bytes[..], b',')
        .map(Result::unwrap)
        .collect()
}

fn gen(home: &std::path::Path, format: &str, file: &str) -> std::path::PathBuf {
    let path = home.join(file);
    gen_files(
        home,
        &[
            "--invoices",
            "40",
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
        ],
    );
    path
}

/// Every masa of 2024 exported and gathered, rows sorted by their cells.
fn exported(home: &std::path::Path, records_arg: &str, kind: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for month in 1..=12 {
        let out_path = home.join(format!("out-{records_arg}-{kind}-{month}.csv"));
        let period = format!("2024-{month:02}");
        let out = run(
            home,
            &[
                "export",
                "--period",
                &period,
                "--format",
                "efaktur-csv",
                "--kind",
                kind,
                "--records",
                records_arg,
                "-o",
                out_path.to_str().unwrap(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        rows.extend(records(&out_path).into_iter().map(|r| r.cells));
    }
    rows.sort();
    rows
}

fn sorted_cells(records: Vec<Record>) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = records.into_iter().map(|r| r.cells).collect();
    rows.sort();
    rows
}

#[test]
fn returns_of_purchases_import_once_and_export_back() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let purchases = gen(h, "purchases-csv", "purchases.csv");
    let returns = gen(h, "retur-csv", "retur.csv");
    // Before the purchases are in the books, every retur names an unknown
    // invoice.
    let (code, report) = import(h, &returns);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(report["problems"][0]["code"], "ETAX-20003");
    assert_eq!(report["problems"][0]["column"], 6);
    let (code, report) = import(h, &purchases);
    assert_eq!(
        (code, report["stored"].as_u64()),
        (Some(0), Some(40)),
        "{report}"
    );
    let (code, report) = import(h, &returns);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["stored"], 10, "{report}");
    let (code, report) = import(h, &returns);
    assert_eq!(code, Some(1));
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 10, "{report}");
    assert!(problems
        .iter()
        .all(|p| p["code"] == "ETAX-30030" && p["column"] == 9));
    assert_eq!(
        exported(h, "retur", "input"),
        sorted_cells(records(&returns))
    );
    assert!(exported(h, "retur", "output").is_empty());
    let check = run(h, &["db", "check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn other_documents_import_once_and_export_back() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let documents = gen(h, "dokumen-lain-csv", "dokumen.csv");
    let (code, report) = import(h, &documents);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["stored"], 40, "{report}");
    let (code, report) = import(h, &documents);
    assert_eq!(code, Some(1));
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 40);
    assert!(problems
        .iter()
        .all(|p| p["code"] == "ETAX-20002" && p["column"] == 7));
    let generated = records(&documents);
    let (dk, dm): (Vec<Record>, Vec<Record>) =
        generated.into_iter().partition(|r| r.kind.tag() == "DK");
    assert_eq!(exported(h, "dokumen-lain", "output"), sorted_cells(dk));
    assert_eq!(exported(h, "dokumen-lain", "input"), sorted_cells(dm));
    // A replacement of a document that was never recorded.
    let text = std::fs::read_to_string(&documents).unwrap();
    let first = text.lines().nth(1).unwrap();
    let replacement = first.replacen("\"0\",\"\",\"PEB-", "\"1\",\"PEB-2099-0000001\",\"PEB-R", 1);
    assert_ne!(replacement, first);
    let path = h.join("replace.csv");
    std::fs::write(&path, format!("{replacement}\n")).unwrap();
    let (code, report) = import(h, &path);
    assert_eq!(code, Some(1));
    assert_eq!(report["problems"][0]["code"], "ETAX-20003", "{report}");
    assert_eq!(report["problems"][0]["column"], 6);
    // Export of notes is e-Faktur CSV only.
    let out = run(
        h,
        &[
            "export",
            "--period",
            "2024-01",
            "--format",
            "coretax-xml",
            "--records",
            "retur",
            "-o",
            h.join("x.xml").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
}
