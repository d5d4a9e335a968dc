//! `faktur calc [FILE|-]`: compute a draft and print it; stores nothing.

use crate::cli::{CalcArgs, Global};
use crate::error::{CliError, EXIT_REFUSED, EXIT_USAGE};
use crate::{format, input};
use faktur_core::invoice::Context;
use std::process::ExitCode;
use time::Date;

pub fn run(args: &CalcArgs, global: &Global) -> Result<ExitCode, CliError> {
    let bytes = input::read_limited(args.file.as_deref(), input::MAX_DRAFT_BYTES)?;
    let context = Context {
        today: Some(today()?),
    };
    let lang = global.lang();
    let outcome = faktur_wire::calculate_json(&bytes, None, &context, lang)
        .map_err(|error| CliError::new(error.code, EXIT_USAGE, error.to_string()))?;
    if global.json {
        let text = serde_json::to_string_pretty(&outcome.invoice)
            .map_err(|error| CliError::new("FKT-3001", EXIT_USAGE, error.to_string()))?;
        crate::outln!("{text}");
    } else {
        crate::out!("{}", format::invoice_table(&outcome.invoice, lang));
    }
    Ok(if outcome.accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_REFUSED)
    })
}

/// Today in Western Indonesia Time (UTC+7), or `FAKTUR_TODAY`.
pub fn today() -> Result<Date, CliError> {
    Ok(faktur_db::today()?)
}
