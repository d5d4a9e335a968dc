//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`) through the
//! same checks the fuzz targets run, on stable, on every test run. Inputs the
//! fuzzers found are added there; a corpus directory that goes missing or
//! empty fails the test rather than passing with nothing checked.

use faktur_formats::checks;
use std::path::PathBuf;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut count = 0;
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{} fails its check", path.display());
        checks::detect(&bytes);
        count += 1;
    }
    assert!(count >= 3, "{target}: only {count} corpus files");
}

#[test]
fn efaktur_csv_corpus() {
    replay("efaktur_csv", checks::efaktur_csv);
}

#[test]
fn coretax_xml_corpus() {
    replay("coretax_xml", checks::coretax_xml);
}

#[test]
fn qr_xml_corpus() {
    replay("qr_xml", checks::qr_xml);
}

#[test]
fn draft_json_corpus() {
    replay("draft_json", checks::draft_json);
}

#[test]
fn coretax_xlsx_corpus() {
    replay("coretax_xlsx", checks::coretax_xlsx);
}
