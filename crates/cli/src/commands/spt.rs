//! `faktur spt build|show` and `faktur input credit|uncredit|not-creditable`.

use super::target;
use crate::cli::{Global, InputCommand, SptCommand};
use crate::error::CliError;
use crate::format;
use faktur_core::spt::{Formula, Spt};
use faktur_core::Lang;
use std::process::ExitCode;

pub fn run(command: &SptCommand, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let (masa, line) = match command {
        SptCommand::Build { masa } => (masa, None),
        SptCommand::Show {
            masa,
            lampiran: Some(lampiran),
            ..
        } => return show_lampiran(masa, lampiran, &target, global),
        SptCommand::Show { masa, line, .. } => (masa, line.as_deref()),
        SptCommand::Post(args) => return super::spt_flow::post(args, false, &target, global),
        SptCommand::Amend(args) => return super::spt_flow::post(args, true, &target, global),
        SptCommand::Pay {
            masa,
            authority,
            billing,
            ntpn,
        } => {
            let paid_elsewhere = billing.as_deref().zip(ntpn.as_deref());
            return super::spt_flow::pay(masa, &authority.url, paid_elsewhere, &target, global);
        }
        SptCommand::File { masa, authority } => {
            return super::spt_flow::file(masa, &authority.url, &target, global)
        }
        SptCommand::Versions { masa } => return super::spt_flow::versions(masa, &target, global),
        SptCommand::Export { masa, output } => return export(masa, output, &target, global),
    };
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(&target)?;
    // `show` shows the latest posted version (frozen) when there is one;
    // `build` always computes from the books.
    let stored = match command {
        SptCommand::Show { .. } => faktur_db::latest_version(&cref, masa)?,
        _ => None,
    };
    // The books' sums are read once: for the draft, and for the invoice
    // groups behind a line.
    let facts = match (&stored, line) {
        (Some(_), None) => None,
        _ => Some(faktur_db::spt_facts(&cref, masa)?),
    };
    let spt = match (&stored, &facts) {
        (Some(version), _) => faktur_db::Posted::of(version)?.spt(version)?,
        (None, Some(facts)) => faktur_db::spt_of(facts)?,
        (None, None) => faktur_db::build_spt(&cref, masa)?,
    };
    if let (Some(version), false) = (&stored, global.json || line.is_some()) {
        let bpe = version
            .bpe
            .as_deref()
            .map(|b| format!(", {b}"))
            .unwrap_or_default();
        crate::outln!("[{}{bpe}]", version.status);
    }
    if let (Some(id), Some(facts)) = (line, &facts) {
        return show_line(&spt, facts, id, global);
    }
    if global.json {
        let mut value = faktur_db::spt_json(&spt, global.lang());
        value["status"] = stored
            .as_ref()
            .map_or("draft", |v| v.status.as_str())
            .into();
        value["bpe"] = stored.as_ref().and_then(|v| v.bpe.clone()).into();
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        crate::out!("{}", format::spt_table(&spt, global.lang()));
    }
    Ok(ExitCode::SUCCESS)
}

/// One line, and what feeds it: the formula, or the invoice groups of the
/// masa that the layout routes to it.
fn show_line(
    spt: &Spt,
    facts: &faktur_core::spt::Facts,
    id: &str,
    global: &Global,
) -> Result<ExitCode, CliError> {
    let layout = spt.form.layout();
    let Some(line) = layout.line(id) else {
        return Err(CliError::new(
            "FKT-6002",
            crate::error::EXIT_USAGE,
            format!("form {} has no line {id}", spt.form.code()),
        ));
    };
    let amounts = spt.line(id);
    let sources: Vec<serde_json::Value> = facts
        .groups
        .iter()
        .filter(|g| {
            layout
                .route(g.side, g.trx_code, g.digunggung, g.creditable)
                .is_some_and(|r| r.lines.contains(&id))
        })
        .map(|g| {
            serde_json::json!({
                "side": format!("{:?}", g.side).to_lowercase(),
                "trx_code": g.trx_code.as_str(),
                "creditable": g.creditable,
                "dpp": faktur_db::spt_rupiah(g.amounts.dpp),
                "ppn": faktur_db::spt_rupiah(g.amounts.ppn),
                "ppnbm": faktur_db::spt_rupiah(g.amounts.ppnbm),
            })
        })
        .collect();
    let formula = layout.formula(id).map(|f| match f {
        Formula::Sum(ids) => ids.join(" + "),
        Formula::Minus(first, rest) => format!("{first} − {}", rest.join(" − ")),
        Formula::Ppn(ids) => format!("PPN ({})", ids.join(" + ")),
        Formula::Ppnbm(ids) => format!("PPnBM ({})", ids.join(" + ")),
    });
    let label = match global.lang() {
        Lang::En => line.en_label,
        Lang::Id => line.id_label,
    };
    if global.json {
        let value = serde_json::json!({
            "line": id,
            "label": label,
            "dpp": faktur_db::spt_rupiah(amounts.dpp),
            "dpp_other": faktur_db::spt_rupiah(amounts.other),
            "ppn": faktur_db::spt_rupiah(amounts.ppn),
            "ppnbm": faktur_db::spt_rupiah(amounts.ppnbm),
            "formula": formula,
            "sources": sources,
        });
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let lang = global.lang();
    let money = |sen: i64| format::group(&faktur_db::spt_rupiah(sen).to_string(), lang);
    crate::outln!("{id}  {label}");
    crate::outln!(
        "  DPP {}  PPN {}  PPnBM {}",
        money(amounts.dpp),
        money(amounts.ppn),
        money(amounts.ppnbm)
    );
    if let Some(formula) = formula {
        crate::outln!("  = {formula}");
    }
    let not_creditable = super::say(lang, " (tidak dapat dikreditkan)", " (not creditable)");
    for s in &sources {
        crate::outln!(
            "  ← {} kode {}{}: DPP {}  PPN {}",
            s["side"].as_str().unwrap_or(""),
            s["trx_code"].as_str().unwrap_or(""),
            if s["creditable"] == false {
                not_creditable.as_str()
            } else {
                ""
            },
            format::group(&s["dpp"].to_string(), lang),
            format::group(&s["ppn"].to_string(), lang)
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn input(command: &InputCommand, global: &Global) -> Result<ExitCode, CliError> {
    let target = target(global)?;
    let cref = faktur_db::open_company(&target)?;
    let masa = |m: &Option<String>| m.as_deref().map(faktur_db::parse_masa).transpose();
    let (id, credit) = match command {
        InputCommand::Credit { id, masa: m } => (
            *id,
            masa(m)?.map_or(faktur_db::Credit::Default, faktur_db::Credit::In),
        ),
        InputCommand::Uncredit { id } => (*id, faktur_db::Credit::Uncredit),
        InputCommand::NotCreditable { id, masa: m } => {
            (*id, faktur_db::Credit::NotCreditable(masa(m)?))
        }
    };
    let decision = faktur_db::credit_input(&cref, id, credit, "cli")?;
    if global.json {
        let value = serde_json::json!({
            "invoice": id,
            "masa": decision.as_ref().map_or(serde_json::Value::from("default"), |d| d.masa.clone().into()),
            "creditable": decision.as_ref().is_none_or(|d| d.creditable),
        });
        crate::outln!("{value}");
    } else if !global.quiet {
        let masa = decision
            .as_ref()
            .and_then(|d| d.masa.clone())
            .unwrap_or_default();
        let (id_text, en_text) = match &decision {
            None => (
                format!("faktur {id}: dikreditkan di masanya sendiri"),
                format!("invoice {id}: credited in its own masa"),
            ),
            Some(d) if d.masa.is_none() => (
                format!("faktur {id}: tidak masuk SPT mana pun sampai dikreditkan"),
                format!("invoice {id}: in no return until credited"),
            ),
            Some(d) if d.creditable => (
                format!("faktur {id}: dikreditkan di masa {masa}"),
                format!("invoice {id}: credited in {masa}"),
            ),
            Some(_) => (
                format!("faktur {id}: tidak dapat dikreditkan, dilaporkan di masa {masa}"),
                format!("invoice {id}: not creditable, reported in {masa}"),
            ),
        };
        crate::outln!("{}", super::say(global.lang(), &id_text, &en_text));
    }
    Ok(ExitCode::SUCCESS)
}

/// `faktur spt export M -o DIR`: `M-induk.json` and `M-<lampiran>.csv`.
fn export(
    masa: &str,
    dir: &std::path::Path,
    target: &faktur_db::Target,
    global: &Global,
) -> Result<ExitCode, CliError> {
    use faktur_formats::lampiran::LampiranWriter;
    use std::collections::BTreeMap;
    use std::io::BufWriter;
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(target)?;
    let environment = |e: std::io::Error| {
        CliError::new(
            "FKT-4004",
            crate::error::EXIT_ENVIRONMENT,
            format!("{}: {e}", dir.display()),
        )
    };
    std::fs::create_dir_all(dir).map_err(environment)?;
    let draft = faktur_db::build_spt(&cref, masa)?;
    let mut induk = faktur_db::spt_json(&draft, global.lang());
    if let Some(version) = faktur_db::latest_version(&cref, masa)? {
        let posted = faktur_db::Posted::of(&version)?;
        induk["status"] = version.status.clone().into();
        induk["revision"] = version.revision.into();
        induk["bpe"] = version.bpe.clone().into();
        induk["posted"] = serde_json::to_value(&posted).unwrap_or_default();
        let frozen: Vec<_> = posted
            .lines
            .iter()
            .map(|(id, a)| (id.as_str(), a[2]))
            .collect();
        let now: Vec<_> = draft.lines.iter().map(|l| (l.id, l.amounts.ppn)).collect();
        induk["books_changed_since_posting"] = (frozen != now).into();
    } else {
        induk["status"] = "draft".into();
    }
    let induk_path = dir.join(format!("{masa}-induk.json"));
    std::fs::write(
        &induk_path,
        serde_json::to_string_pretty(&induk).unwrap_or_default(),
    )
    .map_err(environment)?;
    let mut writers: BTreeMap<&'static str, LampiranWriter<BufWriter<std::fs::File>>> =
        BTreeMap::new();
    faktur_db::lampiran_rows(&cref, masa, &mut |lampiran, row| {
        let io = |e: std::io::Error| {
            faktur_db::DbError::new("FKT-4004", faktur_db::Exit::Environment, e.to_string())
        };
        if !writers.contains_key(lampiran) {
            let path = dir.join(format!("{masa}-{lampiran}.csv"));
            let file = std::fs::File::create(&path).map_err(io)?;
            writers.insert(
                lampiran,
                LampiranWriter::new(BufWriter::new(file)).map_err(io)?,
            );
        }
        if let Some(writer) = writers.get_mut(lampiran) {
            writer.write(&row).map_err(io)?;
        }
        Ok(())
    })?;
    let mut files = vec![serde_json::json!({ "file": induk_path.display().to_string() })];
    for (lampiran, writer) in writers {
        let (rows, totals) = writer.finish().map_err(environment)?;
        files.push(serde_json::json!({
            "file": dir.join(format!("{masa}-{lampiran}.csv")).display().to_string(),
            "lampiran": lampiran,
            "rows": rows,
            "dpp": totals[0] / 100,
            "ppn": totals[1] / 100,
            "ppnbm": totals[2] / 100,
        }));
    }
    if global.json {
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&files).unwrap_or_default()
        );
    } else if !global.quiet {
        for f in &files {
            crate::outln!(
                "{}{}",
                f["file"].as_str().unwrap_or(""),
                f.get("rows")
                    .map(|r| format!(" ({r} rows)"))
                    .unwrap_or_default()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `faktur spt show M --lampiran ID`: the lampiran's rows as a table (or
/// JSON), from the books as they stand.
fn show_lampiran(
    masa: &str,
    lampiran: &str,
    target: &faktur_db::Target,
    global: &Global,
) -> Result<ExitCode, CliError> {
    let masa = faktur_db::parse_masa(masa)?;
    let cref = faktur_db::open_company(target)?;
    let mut rows = Vec::new();
    faktur_db::lampiran_rows(&cref, masa, &mut |id, row| {
        if id.eq_ignore_ascii_case(lampiran) {
            rows.push(row);
        }
        Ok(())
    })?;
    if global.json {
        let list: Vec<_> = rows
            .iter()
            .map(|r| {
                serde_json::json!({
                    "name": r.name, "npwp": r.tin, "number": r.number, "date": r.date,
                    "dpp": r.dpp / 100, "ppn": r.ppn / 100, "ppnbm": r.ppnbm / 100,
                    "refers_to": r.refers_to,
                })
            })
            .collect();
        crate::outln!(
            "{}",
            serde_json::to_string_pretty(&list).unwrap_or_default()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let lang = global.lang();
    let money = |sen: i64| format::group(&(sen / 100).to_string(), lang);
    crate::outln!("Lampiran {lampiran} — masa {masa}");
    let mut totals = [0i64; 3];
    for (n, r) in rows.iter().enumerate() {
        totals[0] += r.dpp;
        totals[1] += r.ppn;
        totals[2] += r.ppnbm;
        let name: String = r.name.chars().take(30).collect();
        crate::outln!(
            "{:>5}  {:<30}  {:<16}  {:<17}  {}  {:>15}  {:>13}  {:>9}{}",
            n + 1,
            name,
            r.tin,
            r.number,
            r.date,
            money(r.dpp),
            money(r.ppn),
            money(r.ppnbm),
            r.refers_to
                .as_deref()
                .map(|n| format!("  ← {n}"))
                .unwrap_or_default()
        );
    }
    crate::outln!(
        "{:>5}  {:<30}  {:<16}  {:<17}  {:<10}  {:>15}  {:>13}  {:>9}",
        "",
        "JUMLAH",
        "",
        "",
        "",
        money(totals[0]),
        money(totals[1]),
        money(totals[2])
    );
    Ok(ExitCode::SUCCESS)
}
