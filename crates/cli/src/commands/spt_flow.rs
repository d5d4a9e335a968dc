//! `faktur spt post|amend|pay|file|versions`: the return's life, with the
//! authority answering billing, payment and filing.

use super::sync::failure_error;
use crate::cli::{Global, SptPostArgs};
use crate::error::{CliError, EXIT_REFUSED};
use faktur_db::{CompanyRef, Posted, Target};
use faktur_store::spt::SptVersion;
use faktur_sync::plan::Failure;
use std::process::ExitCode;

/// A progress line in the chosen language (nothing with --json or -q).
fn tell(global: &Global, id: &str, en: &str) {
    if !global.json && !global.quiet {
        crate::outln!("{}", super::say(global.lang(), id, en));
    }
}

fn version_json(cref: &CompanyRef, v: &SptVersion) -> Result<serde_json::Value, CliError> {
    let posted = Posted::of(v)?;
    let payments: Vec<_> = faktur_db::spt_payments(cref, v.id)?
        .into_iter()
        .map(|p| {
            serde_json::json!({
                "billing_code": p.billing_code,
                "amount": p.amount / 100,
                "ntpn": p.ntpn,
            })
        })
        .collect();
    let balance = faktur_core::spt::Balance::of(v.result);
    Ok(serde_json::json!({
        "masa": v.masa,
        "revision": v.revision,
        "form": v.form,
        "status": v.status,
        "result": balance.code(),
        "amount": balance.signed().abs() / 100,
        "choice": posted.choice,
        "compensation": posted.compensation / 100,
        "corrected": posted.corrected[0] / 100,
        "bpe": v.bpe,
        "payments": payments,
    }))
}

fn print_version(cref: &CompanyRef, v: &SptVersion, global: &Global) -> Result<(), CliError> {
    let value = version_json(cref, v)?;
    if global.json {
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else if !global.quiet {
        let money = |n: &serde_json::Value| crate::format::group(&n.to_string(), global.lang());
        let revision = super::say(global.lang(), "pembetulan", "revision");
        crate::outln!(
            "SPT {} {revision} {} ({}): {} {} Rp {}{}",
            v.masa,
            v.revision,
            v.form,
            v.status,
            value["result"].as_str().unwrap_or(""),
            money(&value["amount"]),
            v.bpe
                .as_deref()
                .map(|b| format!(", {b}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}

pub fn post(
    args: &SptPostArgs,
    amend: bool,
    target: &Target,
    global: &Global,
) -> Result<ExitCode, CliError> {
    let masa = faktur_db::parse_masa(&args.masa)?;
    let entries = args
        .entries
        .iter()
        .map(|e| faktur_db::parse_entry(e))
        .collect::<Result<Vec<_>, _>>()?;
    let choice = args.refund.then_some(faktur_db::Choice::Refund);
    let cref = faktur_db::open_company(target)?;
    let version = if amend {
        faktur_db::amend_spt(&cref, masa, &entries, choice, "cli")?
    } else {
        faktur_db::post_spt(&cref, masa, &entries, choice, "cli")?
    };
    print_version(&cref, &version, global)?;
    Ok(ExitCode::SUCCESS)
}

fn client(cref: &CompanyRef, target: &Target, url: &str) -> Result<faktur_sync::Client, CliError> {
    let path = faktur_sync::keys::key_path(target.data_dir.root(), &cref.company.npwp);
    let (keys, _) = faktur_sync::keys::load_or_create(&path).map_err(|f| failure_error(&f))?;
    Ok(faktur_sync::Client::new(url, &cref.company.npwp, keys))
}

/// An authority's refusal (422) is the user's to fix: exit 1; anything
/// else is the environment's.
fn answer_error(failure: &Failure) -> CliError {
    let mut error = failure_error(failure);
    if failure.status == Some(422) {
        error.exit = EXIT_REFUSED;
    }
    error
}

fn spt_error(failure: faktur_sync::spt::SptFailure) -> CliError {
    match failure {
        faktur_sync::spt::SptFailure::Db(e) => e.into(),
        faktur_sync::spt::SptFailure::Authority(f) => answer_error(&f),
    }
}

pub fn pay(
    masa: &str,
    url: &str,
    paid_elsewhere: Option<(&str, &str)>,
    target: &Target,
    global: &Global,
) -> Result<ExitCode, CliError> {
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(target)?;
    if let Some((code, ntpn)) = paid_elsewhere {
        let version = faktur_db::latest_version(&cref, masa)?.ok_or_else(|| {
            CliError::new(
                "ETAX-50003",
                EXIT_REFUSED,
                format!("{masa}: `faktur spt post {masa}` first"),
            )
        })?;
        if version.result > 0 {
            faktur_db::record_payment(&cref, &version, code, ntpn, faktur_store::now_ms())?;
        }
        let version = faktur_db::latest_version(&cref, masa)?.unwrap_or(version);
        print_version(&cref, &version, global)?;
        return Ok(ExitCode::SUCCESS);
    }
    let client = client(&cref, target, url)?;
    match faktur_sync::spt::pay_spt(&cref, &client, masa).map_err(spt_error)? {
        faktur_sync::spt::Paid::Nothing(version) => {
            tell(
                global,
                &format!("SPT {masa}: tidak ada yang harus dibayar"),
                &format!("SPT {masa}: nothing to pay"),
            );
            print_version(&cref, &version, global)?;
        }
        faktur_sync::spt::Paid::Paid {
            billing,
            expires_at,
            ntpn,
            version,
        } => {
            let until = faktur_sync::status::format_time(expires_at);
            tell(
                global,
                &format!("kode billing {billing} (berlaku sampai {until})"),
                &format!("kode billing {billing} (valid until {until})"),
            );
            tell(
                global,
                &format!("dibayar: NTPN {ntpn}"),
                &format!("paid: NTPN {ntpn}"),
            );
            print_version(&cref, &version, global)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn file(masa: &str, url: &str, target: &Target, global: &Global) -> Result<ExitCode, CliError> {
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(target)?;
    let client = client(&cref, target, url)?;
    let version = faktur_sync::spt::file_spt(&cref, &client, masa).map_err(spt_error)?;
    print_version(&cref, &version, global)?;
    Ok(ExitCode::SUCCESS)
}

pub fn versions(masa: &str, target: &Target, global: &Global) -> Result<ExitCode, CliError> {
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(target)?;
    let versions = faktur_db::spt_versions(&cref, Some(masa))?;
    if global.json {
        let list = versions
            .iter()
            .map(|v| version_json(&cref, v))
            .collect::<Result<Vec<_>, _>>()?;
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
    } else {
        for v in &versions {
            print_version(&cref, v, global)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
