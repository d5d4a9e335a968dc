//! `faktur invoice create|list|show|replace|cancel|retur`.

use super::target;
use crate::cli::{Global, InvoiceCommand};
use crate::error::{CliError, EXIT_REFUSED};
use crate::{format, input};
use faktur_store::InvoiceFilter;
use std::process::ExitCode;

pub fn run(command: &InvoiceCommand, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let lang = global.lang();
    match command {
        InvoiceCommand::Create { file } => {
            let bytes = input::read_limited(file.as_deref(), input::MAX_DRAFT_BYTES)?;
            let cref = faktur_db::open_company(&target)?;
            let context = faktur_core::invoice::Context {
                today: Some(super::calc::today()?),
            };
            let outcome = faktur_db::create_invoices(&cref, &bytes, &context, lang, "cli")?;
            print_invoice(&outcome.invoice, global)?;
            Ok(if outcome.stored {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_REFUSED)
            })
        }
        InvoiceCommand::List {
            period,
            kind,
            status,
            limit,
            after,
        } => {
            let cref = faktur_db::open_company(&target)?;
            let filter = InvoiceFilter {
                masa: period.clone(),
                kind: kind.clone(),
                status: status.clone(),
                after_id: *after,
                limit: Some(*limit),
            };
            let records = faktur_db::list_invoices(&cref, &filter)?;
            if global.json {
                let list: Vec<_> = records.iter().map(faktur_db::invoice_json).collect();
                crate::outln!(
                    "{}",
                    serde_json::to_string_pretty(&list).unwrap_or_default()
                );
            } else {
                crate::out!("{}", format::invoice_list(&records, lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        InvoiceCommand::Replace { id, file } => {
            let bytes = input::read_limited(file.as_deref(), input::MAX_DRAFT_BYTES)?;
            let cref = faktur_db::open_company(&target)?;
            let context = faktur_core::invoice::Context {
                today: Some(super::calc::today()?),
            };
            let outcome = faktur_db::replace_invoice(&cref, *id, &bytes, &context, lang, "cli")?;
            print_invoice(&outcome.invoice, global)?;
            Ok(if outcome.stored {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(EXIT_REFUSED)
            })
        }
        InvoiceCommand::Retur { id, file } => {
            let bytes = input::read_limited(file.as_deref(), input::MAX_DRAFT_BYTES)?;
            let cref = faktur_db::open_company(&target)?;
            let retur = faktur_db::retur_input(&cref, *id, &bytes, "cli")?;
            if !global.quiet {
                crate::outln!(
                    "{}",
                    super::say(
                        lang,
                        &format!(
                            "Nota retur {} atas faktur {} dicatat; dikirim oleh faktur sync",
                            retur.number, retur.invoice_number
                        ),
                        &format!(
                            "Nota retur {} against {} recorded; faktur sync registers it",
                            retur.number, retur.invoice_number
                        )
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        InvoiceCommand::Cancel { id } => {
            let cref = faktur_db::open_company(&target)?;
            let record = faktur_sync::corrections::cancel_invoice(&cref, *id)?;
            if !global.quiet {
                let number = record.invoice.number.clone().unwrap_or_default();
                crate::outln!(
                    "{}",
                    super::say(
                        lang,
                        &format!("Pembatalan faktur {number} menunggu dikirim (faktur sync)"),
                        &format!("Cancellation of {number} queued (faktur sync sends it)")
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        InvoiceCommand::Show { id } => {
            let cref = faktur_db::open_company(&target)?;
            let record = faktur_db::show_invoice(&cref, *id)?;
            print_invoice(&faktur_db::invoice_json(&record), global)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_invoice(invoice: &faktur_wire::ComputedInvoice, global: &Global) -> Result<(), CliError> {
    if global.json {
        let text = serde_json::to_string_pretty(invoice)
            .map_err(|e| CliError::new("FKT-3001", 2, e.to_string()))?;
        crate::outln!("{text}");
    } else {
        crate::out!("{}", format::invoice_table(invoice, global.lang()));
    }
    Ok(())
}
