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
