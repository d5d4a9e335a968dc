//! `faktur import` of QR validation answers (`resValidateFakturPm`) as input
//! invoices, and `faktur gen --format qr-xml`.

mod support;

use std::path::{Path, PathBuf};
use support::{gen_files, import_file as import, init_gen_company as company, run};

fn inputs(home: &Path) -> Vec<serde_json::Value> {
    let out = run(home, &["--json", "invoice", "list", "--kind", "input"]);
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn generate(home: &Path, invoices: &str, extra: &[&str]) -> Vec<PathBuf> {
    let path = home.join("qr.xml");
    let args = [
        &["--invoices", invoices, "--seed", "4"][..],
        extra,
        &["--format", "qr-xml", "-o", path.to_str().unwrap()],
    ]
    .concat();
    gen_files(home, &args)
        .into_iter()
        .map(PathBuf::from)
        .collect()
}

fn codes(report: &serde_json::Value) -> Vec<String> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn generated_answers_import_once_as_approved_input_invoices() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let files = generate(h, "3", &[]);
    assert_eq!(files.len(), 3);
    assert!(files[0].ends_with("qr-001.xml"), "{files:?}");
    for file in &files {
        let (code, report) = import(h, file);
        assert_eq!(code, Some(0), "{report}");
        assert_eq!(report["stored"], 1, "{report}");
    }
    let stored = inputs(h);
    assert_eq!(stored.len(), 3);
    assert!(
        stored.iter().all(|i| i["status"] == "approved"),
        "{stored:?}"
    );
    let (code, report) = import(h, &files[1]);
    assert_eq!(
        (code, codes(&report)),
        (Some(1), vec!["ETAX-20002".to_string()])
    );
    assert_eq!(inputs(h).len(), 3, "a re-import stores nothing");
}

#[test]
fn refusals_name_their_line_and_code_and_store_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let file = generate(h, "1", &[]).remove(0);
    let good = std::fs::read_to_string(&file).unwrap();
    let vat = good
        .lines()
        .find(|l| l.contains("<jumlahPpn>"))
        .unwrap()
        .to_string();
    let cases: [(String, &str, u64); 4] = [
        (
            good.replace(&vat, "  <jumlahPpn>1</jumlahPpn>"),
            "ETAX-20028",
            2,
        ),
        (
            good.replace(
                "Faktur Valid, Sudah Diapprove oleh DJP",
                "Faktur tidak Valid, Tidak ditemukan data di DJP",
            ),
            "FKT-3010",
            2,
        ),
        (
            good.replace(
                "<npwpLawanTransaksi>016090524017000",
                "<npwpLawanTransaksi>013121660091000",
            ),
            "FKT-3009",
            2,
        ),
        (
            good.replace("<namaPenjual>", "<namaPenjual>&xxe;"),
            "FKT-3004",
            8,
        ),
    ];
    for (text, code, line) in cases {
        assert_ne!(text, good, "{code}: the case changes the file");
        std::fs::write(&file, &text).unwrap();
        let (exit, report) = import(h, &file);
        assert_eq!(exit, Some(1), "{report}");
        assert_eq!(codes(&report), vec![code.to_string()], "{report}");
        assert_eq!(report["problems"][0]["line"], line, "{report}");
        assert_eq!(report["stored"], 0);
    }
    assert!(inputs(h).is_empty());
}

#[test]
fn a_cancelled_invoice_is_kept_with_its_status() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let file = generate(h, "1", &[]).remove(0);
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Faktur Pajak Normal", "Faktur Dibatalkan");
    std::fs::write(&file, text).unwrap();
    let out = run(h, &["import", "--format", "qr-xml", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stored = inputs(h);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["status"], "cancelled");
}
