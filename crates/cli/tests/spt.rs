//! `faktur spt build|show` on real books (outputs approved by the sandbox,
//! inputs from DJP's prepopulated list) and `faktur input credit|uncredit|
//! not-creditable` moving input VAT between returns.

mod support;

use faktur_authority::{store::AuthorityDb, Authority, Knobs, Running};
use std::collections::BTreeMap;
use std::path::Path;
use support::{init_company, run};

const US: &str = "0013121660091000";
const SUPPLIER: &str = "0016090524017000";

fn ok(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

fn gen_import(home: &Path, format: &str, seed: &str, count: &str, args: &[&str]) {
    let file = home.join(format!("{format}-{seed}"));
    let mut gen = vec![
        "gen",
        "--invoices",
        count,
        "--seed",
        seed,
        "--format",
        format,
    ];
    gen.extend(args);
    gen.extend(["-o", file.to_str().unwrap()]);
    ok(&run(home, &gen));
    ok(&run(home, &["--json", "import", file.to_str().unwrap()]));
}

/// Sen of a decimal amount text of the invoice JSON.
fn sen(text: &serde_json::Value) -> i64 {
    let text = text.as_str().unwrap();
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    int.parse::<i64>().unwrap() * 100 + format!("{frac:0<2}")[..2].parse::<i64>().unwrap()
}

fn line(spt: &serde_json::Value, id: &str) -> i64 {
    spt["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["line"] == id)
        .unwrap_or_else(|| panic!("no line {id}"))["ppn"]
        .as_i64()
        .unwrap()
}

fn build(home: &Path, masa: &str) -> serde_json::Value {
    ok(&run(home, &["--json", "spt", "build", masa]))
}

#[test]
fn the_return_follows_the_books_and_crediting_moves_input_vat() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);

    // Outputs of 2025, approved by the sandbox.
    gen_import(h, "coretax-xml", "5", "40", &[]);
    let knobs = Knobs {
        deadlines: false,
        ..Knobs::default()
    };
    let authority = Running::start(
        Authority::new(AuthorityDb::open(None).unwrap(), knobs, None),
        "127.0.0.1:0",
        2,
    )
    .unwrap();
    ok(&run(
        h,
        &["sync", "--until-idle", "--authority", &authority.url()],
    ));
    drop(authority);
    // Inputs of 2024 from the prepopulated list.
    gen_import(
        h,
        "prepopulated-csv",
        "6",
        "40",
        &["--buyer", US, "--seller", SUPPLIER],
    );
    let list = |kind: &str| {
        ok(&run(
            h,
            &[
                "--json", "invoice", "list", "--kind", kind, "--limit", "1000",
            ],
        ))
        .as_array()
        .unwrap()
        .clone()
    };
    let invoices: Vec<serde_json::Value> = [list("output"), list("input")].concat();
    assert!(invoices.iter().any(|i| i["kind"] == "input"));

    // Coretax form: each output line is the sum of its kode's approved
    // invoices (whole rupiah), and the result follows.
    let mut by_masa: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
    for i in invoices.iter().filter(|i| i["kind"] == "output") {
        assert_eq!(i["status"], "approved");
        let masa = i["date"].as_str().unwrap()[..7].to_string();
        *by_masa
            .entry(masa)
            .or_default()
            .entry(i["trx_code"].as_str().unwrap().to_string())
            .or_default() += sen(&i["totals"]["vat"]);
    }
    let (masa, kodes) = by_masa.iter().max_by_key(|(_, k)| k.len()).unwrap();
    let spt = build(h, masa);
    assert_eq!(spt["form"], "coretax");
    let of = |codes: &[&str]| {
        codes
            .iter()
            .map(|c| kodes.get(*c).copied().unwrap_or(0))
            .sum::<i64>()
            / 100
    };
    assert_eq!(line(&spt, "I.A.2"), of(&["04", "05"]), "{masa}");
    assert_eq!(line(&spt, "I.A.4"), of(&["01", "09", "10"]), "{masa}");
    assert_eq!(line(&spt, "I.A.6"), of(&["02", "03"]), "{masa}");
    let own = line(&spt, "I.A.2") + line(&spt, "I.A.3") + line(&spt, "I.A.4") + line(&spt, "I.A.5");
    assert_eq!(line(&spt, "III.A"), own);
    assert_eq!(
        spt["ppn"]["result"],
        if own > 0 { "kurang_bayar" } else { "nihil" }
    );
    assert_eq!(spt["ppn"]["amount"], own);
    let shown = ok(&run(h, &["--json", "spt", "show", masa, "--line", "III.E"]));
    assert_eq!(shown["formula"], "III.A − III.B − III.C − III.D");
    let table = String::from_utf8(run(h, &["spt", "build", masa]).stdout).unwrap();
    assert!(
        table.contains("Coretax") && table.contains("III.E"),
        "{table}"
    );

    // The export: the Induk as JSON and the A-2 lampiran listing every
    // approved output of the masa, its PPN adding up to the lines.
    let dir = h.join("export");
    let files = ok(&run(
        h,
        &["--json", "spt", "export", masa, "-o", dir.to_str().unwrap()],
    ));
    let a2 = files
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["lampiran"] == "A-2")
        .unwrap_or_else(|| panic!("{files}"));
    let outputs_of_masa = invoices
        .iter()
        .filter(|i| i["kind"] == "output" && i["date"].as_str().unwrap().starts_with(masa.as_str()))
        .count();
    assert_eq!(a2["rows"], outputs_of_masa as u64);
    let listed: i64 = ["I.A.2", "I.A.3", "I.A.4", "I.A.6", "I.A.7", "I.A.8"]
        .iter()
        .map(|id| line(&spt, id))
        .sum();
    assert_eq!(a2["ppn"], listed);
    let csv = std::fs::read_to_string(dir.join(format!("{masa}-A-2.csv"))).unwrap();
    assert!(csv.starts_with("NO,NAMA,NPWP,NOMOR,TANGGAL,DPP,PPN,PPNBM,NOMOR_DIGANTI_DIRETUR\n"));
    assert_eq!(
        csv.lines().count(),
        outputs_of_masa + 2,
        "header, rows, JUMLAH"
    );
    let induk: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{masa}-induk.json"))).unwrap(),
    )
    .unwrap();
    assert_eq!(
        (induk["status"].as_str(), induk["form"].as_str()),
        (Some("draft"), Some("coretax"))
    );

    // Form 1111: a creditable input of its masa is in AB II.B; moving it
    // to a later masa of the window moves its VAT; past the window is
    // refused; not creditable goes to AB II.C; uncredited, to no return.
    let input = invoices.iter().find(|i| i["kind"] == "input").unwrap();
    let id = input["id"].as_str().unwrap().to_string();
    let own_masa = &input["date"].as_str().unwrap()[..7];
    let vat = sen(&input["totals"]["vat"]) / 100;
    let next = {
        let (y, m) = (&own_masa[..4], own_masa[5..].parse::<u32>().unwrap());
        if m == 12 {
            format!("{}-01", y.parse::<u32>().unwrap() + 1)
        } else {
            format!("{y}-{:02}", m + 1)
        }
    };
    let before = build(h, own_masa);
    assert_eq!(before["form"], "1111");
    let (b2, b3) = (line(&before, "AB.II.B"), line(&before, "AB.II.C"));
    let later = line(&build(h, &next), "AB.II.B");
    let creditable = ok(&run(
        h,
        &["--json", "spt", "show", own_masa, "--line", "AB.II.B"],
    ))["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["creditable"] == true);
    assert!(creditable, "{before}");

    ok(&run(h, &["input", "credit", &id, "--masa", &next]));
    let moved = build(h, own_masa);
    let decided = if line(&moved, "AB.II.B") == b2 - vat {
        "creditable"
    } else {
        "not creditable"
    };
    assert_eq!(decided, "creditable", "the input left its own masa");
    assert_eq!(line(&build(h, &next), "AB.II.B"), later + vat);
    assert_eq!(line(&moved, "II.C"), line(&moved, "AB.III.E"));

    let refused = run(h, &["input", "credit", &id, "--masa", "2030-01"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("ETAX-20025"));
    let output_id = invoices.iter().find(|i| i["kind"] == "output").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let refused = run(h, &["input", "credit", &output_id]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("FKT-5001"));

    ok(&run(h, &["input", "not-creditable", &id]));
    let marked = build(h, own_masa);
    assert_eq!(line(&marked, "AB.II.B"), b2 - vat);
    assert_eq!(line(&marked, "AB.II.C"), b3 + vat);
    ok(&run(h, &["input", "uncredit", &id]));
    let out = build(h, own_masa);
    assert_eq!(
        (line(&out, "AB.II.B"), line(&out, "AB.II.C")),
        (b2 - vat, b3)
    );
    ok(&run(h, &["input", "credit", &id]));
    assert_eq!(build(h, own_masa), before, "back to the default");

    // B2 and B3 of the 1111 list the inputs behind AB II.B and AB II.C.
    let dir = h.join("export-1111");
    let files = ok(&run(
        h,
        &[
            "--json",
            "spt",
            "export",
            own_masa,
            "-o",
            dir.to_str().unwrap(),
        ],
    ));
    let ppn_of = |lampiran: &str| {
        files
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["lampiran"] == lampiran)
            .map_or(0, |f| f["ppn"].as_i64().unwrap())
    };
    assert_eq!(ppn_of("B2"), line(&before, "AB.II.B"));
    let listed = ok(&run(
        h,
        &["--json", "spt", "show", own_masa, "--lampiran", "B2"],
    ));
    let listed_ppn: i64 = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ppn"].as_i64().unwrap())
        .sum();
    assert_eq!(listed_ppn, line(&before, "AB.II.B"));
    let table =
        String::from_utf8(run(h, &["spt", "show", own_masa, "--lampiran", "B2"]).stdout).unwrap();
    assert!(
        table.starts_with("Lampiran B2") && table.contains("JUMLAH"),
        "{table}"
    );
    assert_eq!(ppn_of("B3"), line(&before, "AB.II.C"));

    let audit = String::from_utf8(run(h, &["db", "check"]).stdout).unwrap();
    assert!(!audit.contains("FAIL"), "{audit}");
}

fn json_of(home: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend(args);
    ok(&run(home, &all))
}

fn masa_after(masa: &str) -> String {
    let (y, m) = (
        masa[..4].parse::<u32>().unwrap(),
        masa[5..].parse::<u32>().unwrap(),
    );
    if m == 12 {
        format!("{}-01", y + 1)
    } else {
        format!("{y}-{:02}", m + 1)
    }
}

/// Month-end against the sandbox, masa by masa from the first with
/// invoices: post, pay a kurang bayar (kode billing, NTPN), file (BPE);
/// a lebih bayar is compensated into the next masa; filing out of order
/// and filing unpaid are refused; a pembetulan is computed against the
/// filed version, paid and filed.
#[test]
fn month_end_posts_pays_files_compensates_and_amends() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    init_company(h);
    gen_import(h, "coretax-xml", "5", "40", &[]);
    gen_import(
        h,
        "prepopulated-csv",
        "6",
        "5",
        &["--buyer", US, "--seller", SUPPLIER],
    );
    let knobs = Knobs {
        deadlines: false,
        ..Knobs::default()
    };
    let sandbox = Authority::new(AuthorityDb::open(None).unwrap(), knobs, None);
    let authority = Running::start(sandbox.clone(), "127.0.0.1:0", 2).unwrap();
    let url = authority.url();
    // e-Faktur-era outputs need NSFPs from e-Nofa: the sandbox allocates a
    // range, and the generated invoices take its numbers.
    let range = sandbox
        .db()
        .allocate_nsfp(US, 2024, 50, "2024-01-01")
        .unwrap();
    assert_eq!(range.first, "0102400000001");
    let file = h.join("efaktur.csv");
    ok(&run(
        h,
        &[
            "gen",
            "--invoices",
            "20",
            "--seed",
            "7",
            "--format",
            "efaktur-csv",
            "-o",
            file.to_str().unwrap(),
        ],
    ));
    let text = std::fs::read_to_string(&file).unwrap();
    let renumbered: String = text
        .lines()
        .map(|l| {
            // "FK","kode","0","000YYNNNNNNNN",…: the NSFP at 15..28.
            if l.starts_with("\"FK\",\"0") || l.starts_with("\"FK\",\"1") {
                let n: u64 = l[20..28].parse().unwrap();
                format!("{}010{}{:08}{}\n", &l[..15], &l[18..20], n + 1, &l[28..])
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&file, renumbered).unwrap();
    ok(&run(h, &["--json", "import", file.to_str().unwrap()]));
    ok(&run(h, &["sync", "--until-idle", "--authority", &url]));
    let dates: Vec<String> = ["output", "input"]
        .iter()
        .flat_map(|kind| {
            json_of(h, &["invoice", "list", "--kind", kind, "--limit", "1000"])
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["date"].as_str().unwrap()[..7].to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    let first = dates.iter().min().unwrap().clone();
    let last = dates.iter().max().unwrap().clone();
    assert!(
        first.as_str() < "2025-01" && last.as_str() >= "2025-01",
        "{first}..{last}"
    );

    // Posting the last masa first is refused: the earlier ones are
    // unfiled (and its compensation is not known yet). A draft is fine.
    let refused = run(h, &["spt", "post", &last]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("FKT-4010"));
    json_of(h, &["spt", "build", &last]);

    let mut masa = first.clone();
    let mut previous: Option<serde_json::Value> = None;
    let (mut paid, mut compensated) = (std::collections::BTreeSet::new(), 0);
    loop {
        let posted = json_of(h, &["spt", "post", &masa]);
        assert_eq!(
            posted["form"],
            if masa.as_str() < "2025-01" {
                "1111"
            } else {
                "coretax"
            }
        );
        if let Some(before) = &previous {
            if before["result"] == "lebih_bayar" {
                assert_eq!(posted["compensation"], before["amount"], "{masa}");
                compensated += 1;
            } else {
                assert_eq!(posted["compensation"], 0, "{masa}");
            }
        }
        if posted["result"] == "kurang_bayar" {
            let unpaid = run(h, &["spt", "file", &masa, "--authority", &url]);
            assert_eq!(unpaid.status.code(), Some(1), "{masa}");
            assert!(String::from_utf8_lossy(&unpaid.stderr).contains("ETAX-20044"));
            let payment = json_of(h, &["spt", "pay", &masa, "--authority", &url]);
            assert_eq!(payment["status"], "paid");
            let ntpn = payment["payments"][0]["ntpn"].as_str().unwrap();
            assert_eq!(ntpn.len(), 16);
            assert_eq!(
                payment["payments"][0]["billing_code"]
                    .as_str()
                    .unwrap()
                    .len(),
                15
            );
            paid.insert(posted["form"].as_str().unwrap().to_string());
        }
        let filed = json_of(h, &["spt", "file", &masa, "--authority", &url]);
        assert_eq!(filed["status"], "filed", "{masa}");
        assert!(filed["bpe"].as_str().unwrap().starts_with("BPE-"));
        previous = Some(filed);
        if masa == last {
            break;
        }
        masa = masa_after(&masa);
    }
    assert_eq!(
        paid.into_iter().collect::<Vec<_>>(),
        ["1111", "coretax"],
        "a kurang bayar paid and filed on each form"
    );
    assert!(
        compensated > 0,
        "some lebih bayar was carried into the next masa"
    );

    // Pembetulan of a lebih bayar masa after one of its inputs turns out
    // not creditable: computed against the filed version, whose
    // compensation the next masa used, so the whole difference is payable.
    let inputs = json_of(
        h,
        &["invoice", "list", "--kind", "input", "--limit", "1000"],
    );
    let (first, normal, input) = inputs
        .as_array()
        .unwrap()
        .iter()
        .find_map(|i| {
            let masa = i["date"].as_str().unwrap()[..7].to_string();
            let normal = json_of(h, &["spt", "versions", &masa])[0].clone();
            (normal["result"] == "lebih_bayar").then(|| (masa, normal, i.clone()))
        })
        .expect("a lebih bayar masa with an input");
    let vat = sen(&input["totals"]["vat"]) / 100;
    ok(&run(
        h,
        &["input", "not-creditable", input["id"].as_str().unwrap()],
    ));
    let amended = json_of(h, &["spt", "amend", &first]);
    assert_eq!(amended["revision"], 1);
    assert_eq!(amended["corrected"], -normal["amount"].as_i64().unwrap());
    assert_eq!(amended["result"], "kurang_bayar");
    assert_eq!(
        amended["amount"], vat,
        "the pembetulan owes exactly the input no longer credited"
    );
    let again = run(h, &["spt", "post", &first]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("ETAX-50002"));
    json_of(h, &["spt", "pay", &first, "--authority", &url]);
    let filed = json_of(h, &["spt", "file", &first, "--authority", &url]);
    assert_eq!(
        (filed["status"].as_str(), filed["revision"].as_i64()),
        (Some("filed"), Some(1))
    );
    let shown = json_of(h, &["spt", "show", &first]);
    assert_eq!(
        (shown["status"].as_str(), shown["revision"].as_i64()),
        (Some("filed"), Some(1))
    );
    assert_eq!(
        shown["ppn"]["amount"], vat,
        "show gives the filed pembetulan's figures"
    );
    let table = String::from_utf8(run(h, &["spt", "versions", &first]).stdout).unwrap();
    assert!(
        table.contains("revision 0") && table.contains("revision 1"),
        "{table}"
    );
}
