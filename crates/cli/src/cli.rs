//! Command-line arguments (clap derive).

use clap::{Args, Parser, Subcommand};
use faktur_core::Lang;
use std::path::PathBuf;

/// OpenFaktur: e-Faktur and Coretax invoices, VAT returns and reconciliation.
#[derive(Debug, Parser)]
#[command(name = "faktur", version, about, long_about = None)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options that apply to every command.
#[derive(Debug, Args)]
pub struct Global {
    /// Directory holding the company databases.
    #[arg(long, global = true, env = "FAKTUR_HOME", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The company to work on (its NPWP); optional when only one exists.
    #[arg(long, global = true, env = "FAKTUR_COMPANY", value_name = "NPWP")]
    pub company: Option<String>,
    /// Database URL (`sqlite:PATH` or `postgres://…`); overrides the data dir.
    #[arg(long, global = true, value_name = "URL")]
    pub database: Option<String>,
    /// Language of messages: id (default) or en.
    #[arg(long, global = true, env = "FAKTUR_LANG", value_name = "id|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Machine-readable JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print less.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Print more.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

impl Global {
    /// The chosen language (Indonesian by default).
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_default()
    }
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    text.parse()
        .map_err(|e: faktur_core::lang::UnknownLang| e.to_string())
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compute an invoice draft (JSON) and print the computed invoice; stores nothing.
    Calc(CalcArgs),
    /// Explain an error code: its cause and remedy.
    Explain(ExplainArgs),
}

/// `faktur calc [FILE|-]`.
#[derive(Debug, Args)]
pub struct CalcArgs {
    /// The draft JSON file; `-` or nothing reads standard input.
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
}

/// `faktur explain CODE` / `faktur explain --list [PREFIX]`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code, e.g. ETAX-10002 (with --list: a prefix to filter by).
    #[arg(value_name = "CODE")]
    pub code: Option<String>,
    /// List codes (all, or those starting with the given prefix).
    #[arg(long)]
    pub list: bool,
}
