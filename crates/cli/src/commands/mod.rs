//! One module per command; each returns the process exit code.

mod calc;
mod explain;

use crate::cli::{Cli, Command};
use crate::error::CliError;
use std::process::ExitCode;

/// Runs the chosen command.
pub fn run(cli: &Cli) -> Result<ExitCode, CliError> {
    match &cli.command {
        Command::Calc(args) => calc::run(args, &cli.global),
        Command::Explain(args) => explain::run(args, &cli.global),
    }
}
