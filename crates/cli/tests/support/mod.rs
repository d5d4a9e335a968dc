//! Shared helpers for tests that run the `faktur` binary against a data dir.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn faktur(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faktur"));
    command
        .env("FAKTUR_HOME", home)
        .env("FAKTUR_TODAY", "2026-01-01")
        .env("FAKTUR_LANG", "en")
        .env("FAKTUR_ALLOW_STRESS_WRITE", "1")
        .env_remove("FAKTUR_COMPANY");
    command
}

pub fn run(home: &Path, args: &[&str]) -> Output {
    faktur(home).args(args).output().expect("faktur runs")
}

pub fn init_company(home: &Path) -> PathBuf {
    let out = run(
        home,
        &[
            "company",
            "init",
            "--npwp",
            "01.312.166.0-091.000",
            "--name",
            "PT Uji",
            "--address",
            "Jakarta",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    home.join("companies/0013121660091000.sqlite")
}

/// A tiny deterministic generator for test randomness (xorshift).
#[derive(Debug)]
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

pub fn seed() -> u64 {
    std::env::var("FAKTUR_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64 | 1)
                .unwrap_or(7)
        })
}

/// The NPWP that `faktur gen` uses by default for both its seller and its
/// buyer: generated files import into this company.
pub const GEN_NPWP: &str = "01.609.052.4-017.000";

/// Creates the company generated files belong to (see [`GEN_NPWP`]).
pub fn init_gen_company(home: &Path) {
    let out = run(
        home,
        &[
            "company",
            "init",
            "--npwp",
            GEN_NPWP,
            "--name",
            "PT Uji Gen",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `faktur --json import ARGS…`: the exit code and the JSON report.
pub fn import_json(home: &Path, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = run(home, &[&["--json", "import"], args].concat());
    (
        out.status.code(),
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr))),
    )
}

/// `import_json` of one file.
pub fn import_file(home: &Path, file: &Path) -> (Option<i32>, serde_json::Value) {
    import_json(home, &[file.to_str().expect("UTF-8 path")])
}

/// `faktur --json gen ARGS…`, which must succeed: the files written.
pub fn gen_files(home: &Path, args: &[&str]) -> Vec<String> {
    let out = run(home, &[&["--json", "gen"], args].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f.as_str().expect("a path").to_string())
        .collect()
}
