//! Human-readable output: the computed invoice as a table, and explanations.

use faktur_core::catalogue::Entry;
use faktur_core::Lang;
use faktur_wire::ComputedInvoice;
use std::fmt::Write;

/// A label in the chosen language.
pub fn label(key: &str, lang: Lang) -> &'static str {
    let (id, en) = match key {
        "output" => ("Faktur keluaran", "Output invoice"),
        "input" => ("Faktur masukan", "Input invoice"),
        "seller" => ("Penjual", "Seller"),
        "buyer" => ("Pembeli", "Buyer"),
        "code" => ("kode", "code"),
        "regime" => ("rezim", "regime"),
        "number" => ("Nomor", "Number"),
        "date" => ("Tanggal", "Date"),
        "name" => ("Nama", "Name"),
        "price" => ("Harga", "Price"),
        "qty" => ("Jml", "Qty"),
        "discount" => ("Diskon", "Discount"),
        "tax_base" => ("DPP", "Tax base"),
        "other_tax_base" => ("DPP Nilai Lain", "Other base"),
        "rate" => ("Tarif", "Rate"),
        "vat" => ("PPN", "VAT"),
        "stlg" => ("PPnBM", "PPnBM"),
        "total" => ("Jumlah", "Total"),
        "findings" => ("Temuan", "Findings"),
        "refused" => (
            "Ditolak: perbaiki temuan bertanda error.",
            "Refused: fix the findings marked error.",
        ),
        "accepted" => ("Dapat diterima.", "Accepted."),
        "incl" => ("harga termasuk PPN", "prices include VAT"),
        "official" => ("Pesan resmi", "Official message"),
        "also" => ("Juga diterbitkan sebagai", "Also published as"),
        "cause" => ("Penyebab", "Cause"),
        "remedy" => ("Solusi", "Remedy"),
        "did_you_mean" => ("Mungkin maksud Anda", "Did you mean"),
        _ => ("?", "?"),
    };
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// Groups the integer digits of a decimal string: `1234567.5` becomes
/// `1.234.567,5` in Indonesian and `1,234,567.5` in English.
pub fn group(number: &str, lang: Lang) -> String {
    let (sign, rest) = number.strip_prefix('-').map_or(("", number), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    let (thousands, decimal) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::with_capacity(number.len() + number.len() / 3);
    out.push_str(sign);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

fn amount(value: Option<&str>, lang: Lang) -> String {
    value.map_or_else(|| "—".to_string(), |v| group(v, lang))
}

/// The computed invoice as a table.
pub fn invoice_table(invoice: &ComputedInvoice, lang: Lang) -> String {
    let mut out = String::new();
    let kind = if invoice.kind == "input" {
        "input"
    } else {
        "output"
    };
    let _ = write!(
        out,
        "{} · {} · {} {}",
        label(kind, lang),
        invoice.date.as_deref().unwrap_or("—"),
        label("code", lang),
        invoice.trx_code
    );
    if let Some(regime) = &invoice.regime {
        let _ = write!(
            out,
            " · {} {} ({})",
            label("regime", lang),
            regime.name,
            regime.era
        );
    }
    if invoice.prices_include_vat {
        let _ = write!(out, " · {}", label("incl", lang));
    }
    out.push('\n');
    if let Some(number) = &invoice.number {
        let _ = writeln!(out, "{}: {number}", label("number", lang));
    }
    for (key, party) in [("seller", &invoice.seller), ("buyer", &invoice.buyer)] {
        if let Some(p) = party {
            let id = p.tin.as_deref().or(p.id_number.as_deref()).unwrap_or("—");
            let _ = writeln!(out, "{}: {} ({id})", label(key, lang), p.name);
        }
    }
    out.push('\n');
    let header = [
        "#",
        label("name", lang),
        label("price", lang),
        label("qty", lang),
        label("discount", lang),
        label("tax_base", lang),
        label("other_tax_base", lang),
        label("rate", lang),
        label("vat", lang),
        label("stlg", lang),
    ];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    for (i, line) in invoice.lines.iter().enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            truncate(&line.line.name, 28),
            amount(line.line.price.as_deref(), lang),
            group(&line.line.qty, lang),
            group(&line.line.discount, lang),
            amount(line.tax_base.as_deref(), lang),
            amount(line.other_tax_base.as_deref(), lang),
            line.line
                .vat_rate
                .as_deref()
                .map_or_else(|| "—".into(), |r| format!("{} %", group(r, lang))),
            amount(line.vat.as_deref(), lang),
            amount(line.stlg.as_deref(), lang),
        ]);
    }
    if let Some(t) = &invoice.totals {
        rows.push(vec![
            String::new(),
            label("total", lang).to_string(),
            String::new(),
            String::new(),
            String::new(),
            group(&t.tax_base, lang),
            group(&t.other_tax_base, lang),
            String::new(),
            group(&t.vat, lang),
            group(&t.stlg, lang),
        ]);
    }
    render(&mut out, &rows);
    if !invoice.findings.is_empty() {
        let _ = writeln!(out, "\n{}:", label("findings", lang));
        for f in &invoice.findings {
            let path = if f.path.is_empty() {
                String::new()
            } else {
                format!(" [{}]", f.path)
            };
            let _ = writeln!(out, "  {:<7} {}{path} {}", f.severity, f.code, f.message);
        }
    }
    let verdict = if invoice.status == "refused" {
        "refused"
    } else {
        "accepted"
    };
    let _ = writeln!(out, "\n{}", label(verdict, lang));
    out
}

/// Invoice headers as a table.
pub fn invoice_list(records: &[faktur_store::InvoiceRecord], lang: Lang) -> String {
    let mut rows: Vec<Vec<String>> = vec![[
        "id",
        label("number", lang),
        label("date", lang),
        label("name", lang),
        label("tax_base", lang),
        label("vat", lang),
        "Status",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()];
    for r in records {
        let i = &r.invoice;
        let name = serde_json::from_str::<serde_json::Value>(if i.kind == "input" {
            &i.seller_json
        } else {
            &i.buyer_json
        })
        .ok()
        .and_then(|v| v["name"].as_str().map(str::to_string))
        .unwrap_or_default();
        rows.push(vec![
            r.id.to_string(),
            i.number
                .clone()
                .or_else(|| i.reference.clone())
                .unwrap_or_default(),
            i.date.clone(),
            truncate(&name, 28),
            group(&faktur_db::amount_text(i.tax_base, &i.era), lang),
            group(&faktur_db::amount_text(i.vat, &i.era), lang),
            i.status.clone(),
        ]);
    }
    let mut out = String::new();
    render(&mut out, &rows);
    out
}

/// Renders rows as aligned columns: text left, numbers right.
fn render(out: &mut String, rows: &[Vec<String>]) {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let total_row = rows.len() > 2 && rows.last().is_some_and(|r| r[0].is_empty());
    for (index, row) in rows.iter().enumerate() {
        if index == 1 || (total_row && index == rows.len() - 1) {
            let width: usize = widths.iter().sum::<usize>() + 2 * (columns.saturating_sub(1));
            let _ = writeln!(out, "{}", "─".repeat(width));
        }
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                if c == 1 {
                    format!("{cell:<w$}", w = widths[c])
                } else {
                    format!("{cell:>w$}", w = widths[c])
                }
            })
            .collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

/// An explanation: code, official message, cause and remedy, wrapped.
pub fn explanation(entry: &Entry, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", entry.code, entry.message.get(lang));
    if let Some(official) = entry.official {
        let _ = writeln!(out, "{}: \"{official}\"", label("official", lang));
    }
    for also in entry.also_published {
        let _ = writeln!(out, "{}: \"{also}\"", label("also", lang));
    }
    for (key, text) in [
        ("cause", entry.cause.get(lang)),
        ("remedy", entry.remedy.get(lang)),
    ] {
        let _ = writeln!(out, "\n{}:", label(key, lang));
        for paragraph in split_steps(text) {
            for line in wrap(&paragraph, 76) {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// Puts numbered steps "(1) … (2) …" on lines of their own.
fn split_steps(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut rest = text;
    while let Some(pos) = find_step(rest) {
        current.push_str(&rest[..pos]);
        if !current.trim().is_empty() {
            parts.push(current.trim().to_string());
        }
        current = String::new();
        let end = rest[pos..].find(')').map_or(pos, |e| pos + e + 1);
        current.push_str(&rest[pos..end]);
        rest = &rest[end..];
    }
    current.push_str(rest);
    if !current.trim().is_empty() {
        parts.push(current.trim().to_string());
    }
    parts
}

fn find_step(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(2)).find(|&i| {
        bytes[i] == b'('
            && bytes[i + 1].is_ascii_digit()
            && bytes[i + 2] == b')'
            && (i == 0 || bytes[i - 1] == b' ')
    })
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A return as a table: every line of the form with its amounts in whole
/// rupiah, then the result.
pub fn spt_table(spt: &faktur_core::spt::Spt, lang: Lang) -> String {
    use faktur_core::spt::{Balance, Form};
    let layout = spt.form.layout();
    let money = |sen: i64| group(&(sen / 100).to_string(), lang);
    let coretax = spt.form == Form::Coretax;
    let (title, revision) = match lang {
        Lang::Id => ("SPT Masa PPN", "pembetulan"),
        Lang::En => ("VAT return", "amendment"),
    };
    let form = match spt.form {
        Form::F1111 => "1111",
        Form::Coretax => "Coretax (PER-11/PJ/2025)",
    };
    let mut out = format!("{title} {form} — masa {}", spt.masa);
    if spt.revision > 0 {
        out.push_str(&format!(" ({revision} {})", spt.revision));
    }
    out.push_str("\n\n");
    let rows: Vec<[String; 6]> = spt
        .lines
        .iter()
        .map(|l| {
            let label = layout.line(l.id).map_or("", |line| match lang {
                Lang::Id => line.id_label,
                Lang::En => line.en_label,
            });
            let a = l.amounts;
            [
                l.id.to_string(),
                label.chars().take(60).collect(),
                money(a.dpp),
                money(a.other),
                money(a.ppn),
                money(a.ppnbm),
            ]
        })
        .collect();
    let headers = ["", "", "DPP", "DPP Nilai Lain", "PPN", "PPnBM"];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain(std::iter::once(headers[i].len()))
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..6).map(width).collect();
    let columns: Vec<usize> = if coretax {
        vec![0, 1, 2, 3, 4, 5]
    } else {
        vec![0, 1, 2, 4, 5]
    };
    let render = |cells: &[String]| {
        let mut line = String::new();
        for &i in &columns {
            if i < 2 {
                line.push_str(&format!("{:<w$}  ", cells[i], w = widths[i]));
            } else {
                line.push_str(&format!("{:>w$}  ", cells[i], w = widths[i]));
            }
        }
        line.trim_end().to_string() + "\n"
    };
    out.push_str(&render(&headers.map(str::to_string)));
    for row in &rows {
        out.push_str(&render(row));
    }
    let result = |name: &str, balance: Balance| {
        let (kb, lb, nihil) = match lang {
            Lang::Id => ("kurang bayar", "lebih bayar", "nihil"),
            Lang::En => ("payable", "overpaid", "nil"),
        };
        match balance {
            Balance::Nihil => format!("{name}: {nihil}\n"),
            Balance::KurangBayar(n) => format!("{name}: {kb} Rp {}\n", money(n)),
            Balance::LebihBayar(n) => format!("{name}: {lb} Rp {}\n", money(n)),
        }
    };
    out.push('\n');
    out.push_str(&result("PPN", spt.ppn));
    out.push_str(&result("PPnBM", spt.ppnbm));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_by_language() {
        assert_eq!(group("1234567.50", Lang::Id), "1.234.567,50");
        assert_eq!(group("1234567.50", Lang::En), "1,234,567.50");
        assert_eq!(group("297000", Lang::En), "297,000");
        assert_eq!(group("-1000", Lang::Id), "-1.000");
        assert_eq!(group("12", Lang::Id), "12");
    }

    #[test]
    fn steps_start_new_lines_and_text_wraps() {
        assert_eq!(
            split_steps("Do this: (1) one; (2) two."),
            ["Do this:", "(1) one;", "(2) two."]
        );
        assert!(wrap(&"word ".repeat(40), 20)
            .iter()
            .all(|l| l.chars().count() <= 20));
    }
}
