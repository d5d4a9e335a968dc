//! `faktur import` of DJP's Coretax Excel template, and `faktur gen
//! --format coretax-xlsx`.

mod support;

use faktur_formats::coretax_xml::{CoretaxReader, CtxInvoice};
use std::collections::BTreeMap;
use std::path::Path;
use support::{gen_files, import_json, init_gen_company as company, run};

fn generate(home: &Path, name: &str, format: &str, invoices: &str) -> Vec<String> {
    let path = home.join(name);
    gen_files(
        home,
        &[
            "--invoices",
            invoices,
            "--seed",
            "5",
            "--seller",
            "0016090524017000",
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
        ],
    )
}

/// `faktur --json import FILE`.
fn import(home: &Path, file: &str) -> (Option<i32>, serde_json::Value) {
    import_json(home, &[file])
}

fn by_reference(bytes: &[u8], into: &mut BTreeMap<String, CtxInvoice>) {
    for invoice in CoretaxReader::new(bytes) {
        let mut invoice = invoice.unwrap();
        invoice.line = 0;
        invoice.goods.iter_mut().for_each(|g| g.line = 0);
        into.insert(invoice.get("RefDesc").to_string(), invoice);
    }
}

/// A workbook imports like the XML of the same invoices: what is exported
/// as XML afterwards is the XML generated from the same seed.
#[test]
fn a_generated_workbook_imports_and_exports_as_the_same_xml() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let books = generate(h, "faktur.xlsx", "coretax-xlsx", "1001");
    assert_eq!(books.len(), 2, "at most 1,000 invoices per workbook");
    for book in &books {
        let (code, report) = import(h, book);
        assert_eq!(code, Some(0), "{report}");
    }
    let (code, again) = import(h, &books[1]);
    assert_eq!(code, Some(1));
    let errors: Vec<&serde_json::Value> = again["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1, "the one invoice of the second workbook");
    assert_eq!(errors[0]["code"], "FKT-3012");
    assert_eq!(again["rejected"], 1);
    assert_eq!(again["stored"], 0);
    let mut expected = BTreeMap::new();
    for xml in generate(h, "faktur.xml", "coretax-xml", "1001") {
        by_reference(&std::fs::read(&xml).unwrap(), &mut expected);
        // The same invoices as XML are recognised by their references.
        let (code, report) = import(h, &xml);
        assert_eq!(code, Some(1));
        assert_eq!(
            (report["rejected"].clone(), report["stored"].clone()),
            (report["invoices"].clone(), 0.into())
        );
    }
    let mut exported = BTreeMap::new();
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
            by_reference(
                &std::fs::read(file.as_str().unwrap()).unwrap(),
                &mut exported,
            );
        }
    }
    assert_eq!(exported.len(), 1001);
    assert!(
        exported == expected,
        "exported XML differs from the generated XML"
    );
}

#[test]
fn a_damaged_workbook_or_another_seller_stores_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    company(h);
    let book = generate(h, "a.xlsx", "coretax-xlsx", "2").remove(0);
    let mut bytes = std::fs::read(&book).unwrap();
    bytes.truncate(bytes.len() / 2);
    let damaged = h.join("damaged.xlsx");
    std::fs::write(&damaged, bytes).unwrap();
    let (code, report) = import(h, damaged.to_str().unwrap());
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(report["problems"][0]["code"], "FKT-3011");
    let other = h.join("other.xlsx");
    let out = run(
        h,
        &[
            "gen",
            "--invoices",
            "2",
            "--seller",
            "0013121660091000",
            "--format",
            "coretax-xlsx",
            "-o",
            other.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    let (code, report) = import(h, other.to_str().unwrap());
    assert_eq!(code, Some(1));
    assert_eq!(report["problems"][0]["code"], "FKT-3008");
    assert_eq!(
        (
            report["problems"][0]["line"].as_u64(),
            report["problems"][0]["column"].as_u64()
        ),
        (Some(1), Some(3))
    );
    let list = run(h, &["--json", "invoice", "list"]);
    let stored: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(stored.as_array().map(Vec::len), Some(0));
}
