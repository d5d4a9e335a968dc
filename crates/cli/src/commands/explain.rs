//! `faktur explain CODE` and `faktur explain --list [PREFIX]`.

use crate::cli::{ExplainArgs, Global};
use crate::error::{CliError, EXIT_REFUSED, EXIT_USAGE};
use crate::format;
use faktur_core::catalogue::{self, Entry};
use faktur_core::Lang;
use std::process::ExitCode;

pub fn run(args: &ExplainArgs, global: &Global) -> Result<ExitCode, CliError> {
    let lang = global.lang();
    if args.list {
        let entries: Vec<&Entry> =
            catalogue::with_prefix(args.code.as_deref().unwrap_or("")).collect();
        if global.json {
            let list: Vec<_> = entries.iter().map(|e| entry_json(e, lang)).collect();
            crate::outln!("{}", serde_json::Value::Array(list));
        } else {
            for entry in &entries {
                crate::outln!("{:<20} {}", entry.code, entry.message.get(lang));
            }
        }
        return Ok(if entries.is_empty() {
            ExitCode::from(EXIT_REFUSED)
        } else {
            ExitCode::SUCCESS
        });
    }
    let Some(code) = args.code.as_deref() else {
        return Err(CliError::new(
            "FKT-6002",
            EXIT_USAGE,
            "faktur explain CODE | faktur explain --list [PREFIX]",
        ));
    };
    let Some(entry) = catalogue::lookup(code) else {
        let mut error = CliError::new("FKT-6001", EXIT_REFUSED, code.to_string());
        let near = suggestions(code);
        if !near.is_empty() {
            error.details.push(format!(
                "{}: {}",
                format::label("did_you_mean", lang),
                near.join(", ")
            ));
        }
        return Err(error);
    };
    if global.json {
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&entry_json(entry, lang)).unwrap_or_default()
        );
    } else {
        crate::out!("{}", format::explanation(entry, lang));
    }
    Ok(ExitCode::SUCCESS)
}

fn entry_json(entry: &Entry, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "code": entry.code,
        "official": entry.official,
        "also_published": entry.also_published,
        "message": entry.message.get(lang),
        "cause": entry.cause.get(lang),
        "remedy": entry.remedy.get(lang),
    })
}

/// Codes that share the longest prefix with what was typed.
fn suggestions(code: &str) -> Vec<&'static str> {
    let wanted = code.trim().to_ascii_uppercase();
    let digits: String = wanted.chars().filter(char::is_ascii_digit).collect();
    let mut near: Vec<&'static str> = catalogue::entries()
        .map(|e| e.code)
        .filter(|c| !digits.is_empty() && c.ends_with(digits.as_str()))
        .collect();
    if near.is_empty() {
        let mut prefix = wanted.as_str();
        while !prefix.is_empty() && near.is_empty() {
            near = catalogue::with_prefix(prefix)
                .map(|e| e.code)
                .take(5)
                .collect();
            prefix = &prefix[..prefix.len() - 1];
        }
    }
    near.truncate(5);
    near
}
