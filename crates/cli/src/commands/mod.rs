//! One module per command; each returns the process exit code.

mod authority;
mod calc;
mod company;
mod db;
mod doctor;
mod explain;
mod export;
mod gen;
mod import;
mod invoice;
mod serve;
mod spt;
mod spt_flow;
mod sync;

use crate::cli::{Cli, Command};
use crate::error::CliError;
use std::process::ExitCode;

/// Runs the chosen command.
pub fn run(cli: &Cli) -> Result<ExitCode, CliError> {
    match &cli.command {
        Command::Calc(args) => calc::run(args, &cli.global),
        Command::Explain(args) => explain::run(args, &cli.global),
        Command::Company(command) => company::run(command, &cli.global),
        Command::Db(command) => db::run(command, &cli.global),
        Command::Invoice(command) => invoice::run(command, &cli.global),
        Command::Import(args) => import::run(args, &cli.global),
        Command::Export(args) => export::run(args, &cli.global),
        Command::Gen(args) => gen::run(args, &cli.global),
        Command::Authority(crate::cli::AuthorityCommand::Serve(args)) => {
            authority::serve(args, &cli.global)
        }
        Command::Sync(args) => sync::run(args, &cli.global),
        Command::Serve(args) => serve::run(args, &cli.global),
        Command::Doctor(args) => doctor::run(args, &cli.global),
        Command::Spt(command) => spt::run(command, &cli.global),
        Command::Input(command) => spt::input(command, &cli.global),
    }
}

/// The database target of the global options.
pub fn target(global: &crate::cli::Global) -> Result<faktur_db::Target, CliError> {
    let data_dir = match &global.data_dir {
        Some(dir) => faktur_db::DataDir::new(dir),
        None => faktur_db::DataDir::default_location(),
    };
    let database = match global.database.as_deref() {
        Some(url) => Some(
            faktur_store::DatabaseUrl::parse(url)
                .map_err(|e| CliError::new("FKT-6002", crate::error::EXIT_USAGE, e))?,
        ),
        None => None,
    };
    Ok(faktur_db::Target {
        data_dir,
        database,
        company: global.company.clone(),
    })
}

/// The text for the user's language.
pub fn say(lang: faktur_core::Lang, id: &str, en: &str) -> String {
    match lang {
        faktur_core::Lang::Id => id.to_string(),
        faktur_core::Lang::En => en.to_string(),
    }
}
