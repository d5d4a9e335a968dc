use super::*;
use crate::finding::codes;
use std::collections::HashSet;

/// Every code named in the specification's error catalogue (errors.md),
/// including the codes printed as ranges there ("20032 / 20033 / 20034").
const SPEC_CODES: &[&str] = &[
    "ETAX-10001",
    "ETAX-10002",
    "ETAX-10003",
    "ETAX-10004",
    "ETAX-10005",
    "ETAX-10006",
    "ETAX-20001",
    "ETAX-20002",
    "ETAX-20003",
    "ETAX-20004",
    "ETAX-20005",
    "ETAX-20006",
    "ETAX-20007",
    "ETAX-20008",
    "ETAX-20009",
    "ETAX-20010",
    "ETAX-20011",
    "ETAX-20012",
    "ETAX-20013",
    "ETAX-20014",
    "ETAX-20015",
    "ETAX-20016",
    "ETAX-20017",
    "ETAX-20018",
    "ETAX-20019",
    "ETAX-20020",
    "ETAX-20021",
    "ETAX-20022",
    "ETAX-20023",
    "ETAX-20024",
    "ETAX-20025",
    "ETAX-20026",
    "ETAX-20027",
    "ETAX-20028",
    "ETAX-20029",
    "ETAX-20030",
    "ETAX-20031",
    "ETAX-20032",
    "ETAX-20035",
    "ETAX-20036",
    "ETAX-20037",
    "ETAX-20038",
    "ETAX-20039",
    "ETAX-20040",
    "ETAX-20041",
    "ETAX-20044",
    "ETAX-20045",
    "ETAX-30001",
    "ETAX-30002",
    "ETAX-30003",
    "ETAX-30004",
    "ETAX-30005",
    "ETAX-30006",
    "ETAX-30007",
    "ETAX-30008",
    "ETAX-30009",
    "ETAX-30010",
    "ETAX-30011",
    "ETAX-30022",
    "ETAX-30023",
    "ETAX-30024",
    "ETAX-30025",
    "ETAX-30026",
    "ETAX-30027",
    "ETAX-30028",
    "ETAX-30029",
    "ETAX-30030",
    "ETAX-30031",
    "ETAX-40001",
    "ETAX-40002",
    "ETAX-40003",
    "ETAX-40004",
    "ETAX-40005",
    "ETAX-40006",
    "ETAX-40007",
    "ETAX-40008",
    "ETAX-40009",
    "ETAX-40010",
    "ETAX-40011",
    "ETAX-50001",
    "ETAX-50002",
    "ETAX-50003",
    "ETAX-50004",
    "ETAX-50005",
    "ETAX-API-00001",
    "ETAX-API-00031",
    "ETAX-API-10001",
    "ETAX-API-10002",
    "ETAX-API-10003",
    "ETAX-API-10004",
    "ETAX-API-10005",
    "ETAX-API-10006",
    "ETAX-API-10010",
    "ETAX-API-10025",
    "ETAX-API-10056",
    "ETAX-API-20001",
    "ETAX-API-50005",
    "ETAX-API-50006",
    "ETAX-API-50048",
    "ETAX-API-50050",
    "ETAX-API-50052",
    "ETAX-API-50054",
    "ETAXSERVICE-10001",
    "ETAXSERVICE-20001",
    "ETAXSERVICE-20002",
    "ETAXSERVICE-20003",
    "ETAXSERVICE-20005",
    "ETAXSERVICE-20006",
    "ETAXSERVICE-20007",
    "ETAXSERVICE-20008",
    "ETAXSERVICE-20009",
    "ETAXSERVICE-20010",
    "ETAXSERVICE-20011",
    "ETAXSERVICE-20014",
    "ETAXSERVICE-20015",
    "ETAXSERVICE-20016",
    "ETAXSERVICE-20017",
    "ETAXSERVICE-20018",
    "ETAXSERVICE-20019",
    "ETAXSERVICE-20020",
    "ETAXSERVICE-20021",
    "ETAXSERVICE-20022",
    "ETAXSERVICE-20023",
    "ETAXSERVICE-20025",
    "ETAXSERVICE-20027",
    "ETAXSERVICE-40002",
    "ETAX-20033",
    "ETAX-20034",
    "ETAX-20042",
    "ETAX-20043",
    "ETAXSERVICE-10002",
    "ETAXSERVICE-10003",
    "ETAXSERVICE-10004",
    "ETAXSERVICE-10005",
    "ETAXSERVICE-20004",
    "ETAXSERVICE-20012",
    "ETAXSERVICE-20013",
    "NPWP16SERVICE-00008",
    "REG-KODJP-00003",
    "REG-KODJP-00024",
    "DJP-SIGN-MASTER",
];

#[test]
fn every_spec_code_is_in_the_catalogue() {
    let missing: Vec<_> = SPEC_CODES.iter().filter(|c| lookup(c).is_none()).collect();
    assert!(
        missing.is_empty(),
        "missing from the catalogue: {missing:?}"
    );
}

#[test]
fn every_code_a_finding_can_carry_is_in_the_catalogue() {
    let missing: Vec<_> = codes::ALL.iter().filter(|c| lookup(c).is_none()).collect();
    assert!(
        missing.is_empty(),
        "findings use codes without an entry: {missing:?}"
    );
    let own: HashSet<_> = with_prefix("FKT-").map(|e| e.code).collect();
    let used: HashSet<_> = codes::ALL
        .iter()
        .copied()
        .filter(|c| c.starts_with("FKT-"))
        .collect();
    assert_eq!(
        own, used,
        "own codes in the catalogue and in finding::codes differ"
    );
}

#[test]
fn every_entry_speaks_both_languages_with_cause_and_remedy() {
    for entry in entries() {
        for (what, text) in [
            ("message", entry.message),
            ("cause", entry.cause),
            ("remedy", entry.remedy),
        ] {
            for (lang, value) in [("id", text.id), ("en", text.en)] {
                let value = value.trim();
                assert!(
                    value.chars().count() >= 3 && value != "—" && value != "-",
                    "{} lacks a {what} in {lang}",
                    entry.code
                );
            }
            assert_ne!(
                text.id, text.en,
                "{} {what}: Indonesian and English are identical",
                entry.code
            );
        }
        if let Some(official) = entry.official {
            assert!(
                !official.trim().is_empty(),
                "{}: empty official text",
                entry.code
            );
        }
    }
}

#[test]
fn codes_are_unique_ordered_and_in_their_family() {
    let mut seen = HashSet::new();
    for table in TABLES {
        for pair in table.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }
    for entry in entries() {
        assert!(seen.insert(entry.code), "duplicate {}", entry.code);
        let prefix_ok = match entry.family {
            Family::EtaxDatabase => entry.code.starts_with("ETAX-1"),
            Family::EtaxValidation => entry.code.starts_with("ETAX-2"),
            Family::EtaxFile => entry.code.starts_with("ETAX-3"),
            Family::EtaxNetwork => entry.code.starts_with("ETAX-4"),
            Family::EtaxSpt => entry.code.starts_with("ETAX-5"),
            Family::EtaxService => entry.code.starts_with("ETAXSERVICE-"),
            Family::EtaxApi => entry.code.starts_with("ETAX-API-"),
            Family::Coretax => !entry.code.starts_with("ETAX") && !entry.code.starts_with("FKT-"),
            Family::OpenFaktur => entry.code.starts_with("FKT-"),
        };
        assert!(
            prefix_ok,
            "{} is filed under {:?}",
            entry.code, entry.family
        );
    }
}

#[test]
fn lookup_ignores_case_and_spaces() {
    assert_eq!(lookup(" etax-10002 ").map(|e| e.code), Some("ETAX-10002"));
    assert!(lookup("ETAX-99999").is_none());
    assert!(with_prefix("etax-api-").all(|e| e.code.starts_with("ETAX-API-")));
    assert!(with_prefix("ETAX-API-").count() >= 18);
}

#[test]
fn etax_10002_says_what_happened_and_what_to_do() {
    let entry = lookup("ETAX-10002").unwrap();
    assert_eq!(entry.official, Some("Tidak dapat mengambil data"));
    for lang in [Lang::Id, Lang::En] {
        let remedy = entry.remedy.get(lang);
        for command in [
            "faktur doctor",
            "faktur db check",
            "faktur db repair",
            "faktur db recover",
            "faktur sync status",
        ] {
            assert!(
                remedy.contains(command),
                "{lang}: remedy should name {command}"
            );
        }
        assert!(
            remedy.contains("DB"),
            "{lang}: remedy should cover the desktop's DB Administration"
        );
    }
}

/// When the specification sits beside the repository (as in CI), every code
/// it names must be in the embedded list above, so the list cannot go stale.
#[test]
fn spec_code_list_matches_the_specification_when_present() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/spec/errors.md"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} not found; the embedded list is used alone");
        return;
    };
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
        let word = word.trim_matches('-');
        let is_code = (word.starts_with("ETAX-") || word.starts_with("ETAXSERVICE-"))
            && word
                .rsplit('-')
                .next()
                .is_some_and(|n| n.len() == 5 && n.bytes().all(|b| b.is_ascii_digit()));
        if is_code {
            assert!(
                SPEC_CODES.contains(&word),
                "{word} is in errors.md but not in SPEC_CODES"
            );
        }
    }
}
