//! `faktur doctor [--fix]`: the checks of `faktur_sync::doctor`, printed
//! as OK or the problem with its code and the fix.

use super::target;
use crate::cli::{DoctorArgs, Global};
use crate::error::{CliError, EXIT_ENVIRONMENT};
use faktur_core::{catalogue, Lang};
use faktur_sync::doctor::{self, Check};
use std::process::ExitCode;

pub fn run(args: &DoctorArgs, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let opened = faktur_db::open_company(&target);
    let checks = doctor::diagnose(
        &target,
        opened.as_ref().map_err(Clone::clone),
        &args.authority.url,
        args.fix,
    )?;
    report(&checks, global);
    Ok(if doctor::healthy(&checks) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_ENVIRONMENT)
    })
}

fn report(checks: &[Check], global: &Global) {
    let lang = global.lang();
    if global.json {
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&doctor::checks_json(checks)).unwrap_or_default()
        );
        return;
    }
    for check in checks {
        match &check.result {
            Ok(detail) => crate::outln!("OK    {:<24} {detail}", check.name),
            Err(p) => {
                let message = catalogue::lookup(&p.code).map_or("", |e| e.message.get(lang));
                let mark = if p.fixed { "FIXED" } else { "FAIL " };
                crate::outln!(
                    "{mark} {:<24} {}: {message} ({})",
                    check.name,
                    p.code,
                    p.detail
                );
                let label = match (p.fixed, lang) {
                    (true, Lang::Id) => "diperbaiki",
                    (true, Lang::En) => "fixed",
                    (false, Lang::Id) => "perbaikan",
                    (false, Lang::En) => "fix",
                };
                crate::outln!("      {label}: {}", p.fix);
            }
        }
    }
}
