//! The `faktur` binary, run as a user runs it: exit codes, stdout, stderr.
//! Output is pinned by snapshots; the key figures are also asserted directly.

use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn faktur(args: &[&str], stdin: Option<&str>) -> Run {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/drafts");
    let mut child = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args(args)
        .current_dir(examples)
        .env("FAKTUR_TODAY", "2026-01-01")
        .env_remove("FAKTUR_LANG")
        .env_remove("FAKTUR_HOME")
        .env_remove("FAKTUR_COMPANY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("faktur runs");
    let mut pipe = child.stdin.take().expect("stdin");
    if let Some(input) = stdin {
        pipe.write_all(input.as_bytes()).expect("write stdin");
    }
    drop(pipe);
    let output = child.wait_with_output().expect("faktur ends");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("utf-8 stderr"),
    }
}

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).expect("stdout is JSON")
}

#[test]
fn calc_json_coretax_kode_04() {
    let run = faktur(&["calc", "--json", "coretax-kode04.json"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v = json(&run);
    assert_eq!(v["lines"][0]["other_tax_base"], "91666.67");
    assert_eq!(v["lines"][0]["vat"], "11000.00");
    assert_eq!(v["totals"]["vat"], "11000.00");
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn calc_json_efaktur_csv_example() {
    let run = faktur(&["calc", "--json", "efaktur-2024.json"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v = json(&run);
    assert_eq!(v["totals"]["tax_base"], "2700000");
    assert_eq!(v["totals"]["vat"], "297000");
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn calc_table_in_both_languages() {
    let id = faktur(&["calc", "coretax-kode04.json"], None);
    assert_eq!(id.code, 0);
    insta::assert_snapshot!("calc_table_id", id.stdout);
    let en = faktur(&["--lang", "en", "calc", "efaktur-2024.json"], None);
    assert_eq!(en.code, 0);
    insta::assert_snapshot!("calc_table_en", en.stdout);
}

#[test]
fn calc_reads_standard_input() {
    let draft = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/drafts/coretax-kode04.json"
    ))
    .unwrap();
    for args in [vec!["calc", "--json", "-"], vec!["calc", "--json"]] {
        let run = faktur(&args, Some(&draft));
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(json(&run)["totals"]["other_tax_base"], "91666.67");
    }
}

#[test]
fn refused_draft_lists_every_finding_and_exits_1() {
    let run = faktur(&["calc", "refused.json"], None);
    assert_eq!(run.code, 1);
    insta::assert_snapshot!("calc_refused_table", run.stdout);
    let run = faktur(&["--lang", "en", "calc", "--json", "refused.json"], None);
    assert_eq!(run.code, 1);
    let v = json(&run);
    assert_eq!(v["status"], "refused");
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    for code in [
        "ETAX-20040",
        "ETAX-20005",
        "FKT-2018",
        "FKT-2006",
        "FKT-2004",
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn malformed_input_exits_2_with_position() {
    let cases = [
        (
            "syntax",
            "{\n  \"date\": \"2025-01-01\",\n  \"lines\": [\n",
            "FKT-3001",
        ),
        (
            "unknown_field",
            "{\"date\":\"2025-01-01\",\"colour\":\"red\"}",
            "FKT-3002",
        ),
        (
            "number_not_string",
            "{\"date\":\"2025-01-01\",\"lines\":[{\"price\":100000}]}",
            "FKT-3003",
        ),
        ("empty", "", "FKT-3001"),
        ("binary", "\u{0}\u{1}garbage", "FKT-3001"),
    ];
    for (name, input, code) in cases {
        let run = faktur(&["--lang", "en", "calc", "-"], Some(input));
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(run.stderr.starts_with(code), "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains("line "),
            "{name}: position missing in {}",
            run.stderr
        );
        assert!(run.stdout.is_empty(), "{name}: nothing on stdout");
        insta::assert_snapshot!(format!("malformed_{name}"), run.stderr);
    }
    let run = faktur(&["--json", "calc", "-"], Some("{"));
    assert_eq!(run.code, 2);
    assert_eq!(json(&run)["code"], "FKT-3001");
}

#[test]
fn missing_file_and_bad_usage() {
    let run = faktur(&["calc", "no-such-draft.json"], None);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("ETAX-30006"), "{}", run.stderr);
    assert_eq!(faktur(&["frobnicate"], None).code, 2);
    assert_eq!(
        faktur(&["--lang", "fr", "explain", "ETAX-10002"], None).code,
        2
    );
    assert_eq!(faktur(&["explain"], None).code, 2);
    let help = faktur(&["--help"], None);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("calc") && help.stdout.contains("explain"));
}

#[test]
fn explain_etax_10002_in_both_languages() {
    let id = faktur(&["explain", "ETAX-10002"], None);
    assert_eq!(id.code, 0);
    assert!(id.stdout.contains("Tidak dapat mengambil data"));
    insta::assert_snapshot!("explain_etax_10002_id", id.stdout);
    let en = faktur(&["--lang", "en", "explain", "etax-10002"], None);
    assert_eq!(en.code, 0);
    assert!(en.stdout.contains("Unable to retrieve data"));
    insta::assert_snapshot!("explain_etax_10002_en", en.stdout);
    let env = Command::new(env!("CARGO_BIN_EXE_faktur"))
        .args(["explain", "ETAX-10002"])
        .env("FAKTUR_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&env.stdout),
        en.stdout,
        "FAKTUR_LANG=en equals --lang en"
    );
}

#[test]
fn explain_json_list_and_unknown_codes() {
    let run = faktur(&["--json", "explain", "FKT-2004"], None);
    assert_eq!(run.code, 0);
    let v = json(&run);
    assert_eq!(v["code"], "FKT-2004");
    for key in ["message", "cause", "remedy"] {
        assert!(v[key].as_str().is_some_and(|s| !s.is_empty()), "{key}");
    }
    let list = faktur(&["--lang", "en", "explain", "--list", "ETAX-API"], None);
    assert_eq!(list.code, 0);
    insta::assert_snapshot!("explain_list_etax_api", list.stdout);
    let all = faktur(&["--json", "explain", "--list"], None);
    assert!(json(&all).as_array().unwrap().len() > 180);
    let unknown = faktur(&["--lang", "en", "explain", "ETAX-2002"], None);
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.starts_with("FKT-6001"), "{}", unknown.stderr);
    assert!(
        unknown.stderr.contains("ETAX-20002") || unknown.stderr.contains("Did you mean"),
        "{}",
        unknown.stderr
    );
    assert_eq!(faktur(&["explain", "--list", "NOPE-"], None).code, 1);
}
