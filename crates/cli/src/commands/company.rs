//! `faktur company init|list`.

use super::target;
use crate::cli::{CompanyCommand, Global};
use crate::error::CliError;
use std::process::ExitCode;

pub fn run(command: &CompanyCommand, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    match command {
        CompanyCommand::Init {
            npwp,
            name,
            address,
            nitku,
        } => {
            let company = faktur_db::company_init(&target, npwp, name, address, nitku.as_deref())?;
            if global.json {
                let body = serde_json::json!({
                    "id": company.id, "npwp": company.npwp, "name": company.name,
                    "address": company.address, "nitku": company.nitku,
                });
                crate::outln!("{body}");
            } else if !global.quiet {
                crate::outln!("{} {} ({})", company.npwp, company.name, company.nitku);
            }
        }
        CompanyCommand::List => {
            let companies = faktur_db::company_list(&target)?;
            if global.json {
                let list: Vec<_> = companies
                    .iter()
                    .map(|(c, location)| serde_json::json!({"npwp": c.npwp, "name": c.name, "nitku": c.nitku, "database": location}))
                    .collect();
                crate::outln!("{}", serde_json::Value::Array(list));
            } else {
                for (c, location) in &companies {
                    crate::outln!("{}  {:<40}  {location}", c.npwp, c.name);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
