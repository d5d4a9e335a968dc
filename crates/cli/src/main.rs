//! `faktur`: the OpenFaktur command line.
//!
//! A thin layer: it parses arguments, reads input, calls the services of the
//! library crates and prints their answers. Exit codes: 0 success, 1 refused
//! (validation, business rule), 2 usage error, 3 environment problem.

mod cli;
mod commands;
mod error;
mod format;
mod input;
mod output;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: an import allocates on one
/// thread and frees on the other, where glibc's allocator contends on its
/// arena locks (ADR 0007).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout with exit 0, and usage
            // errors to stderr; its own exit code 2 matches ours.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    let lang = cli.global.lang();
    match commands::run(&cli) {
        Ok(code) => code,
        Err(error) => error.report(lang, cli.global.json),
    }
}
