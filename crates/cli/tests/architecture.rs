//! Architecture rules, checked on every test run (ARCHITECTURE.md).

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The `[dependencies]` names of a crate's manifest (not dev-dependencies).
fn dependencies(krate: &str) -> Vec<String> {
    let manifest =
        std::fs::read_to_string(workspace().join("crates").join(krate).join("Cargo.toml")).unwrap();
    let mut names = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                names.push(name.trim().trim_end_matches(".workspace").to_string());
            }
        }
    }
    names
}

fn assert_only(krate: &str, allowed: &[&str]) {
    for dep in dependencies(krate) {
        assert!(
            allowed.contains(&dep.as_str()),
            "crates/{krate} must not depend on {dep} (see ARCHITECTURE.md)"
        );
    }
}

#[test]
fn the_core_stays_pure() {
    assert_only("core", &["rust_decimal", "time", "thiserror"]);
}

#[test]
fn the_wire_crate_knows_only_the_core_and_serde() {
    assert_only(
        "wire",
        &["faktur-core", "rust_decimal", "serde", "serde_json", "time"],
    );
}

#[test]
fn formats_are_pure() {
    assert_only(
        "formats",
        &[
            "csv",
            "quick-xml",
            "calamine",
            "rust_xlsxwriter",
            "zip",
            "faktur-core",
            "faktur-wire",
            "rust_decimal",
            "time",
        ],
    );
}

#[test]
fn storage_layers_know_only_what_they_must() {
    assert_only("store", &["faktur-core", "sha2", "thiserror"]);
    assert_only("store-sqlite", &["faktur-store", "rusqlite"]);
    assert_only(
        "store-postgres",
        &["faktur-store", "postgres", "r2d2", "r2d2_postgres"],
    );
    let cli = dependencies("cli");
    for driver in [
        "rusqlite",
        "postgres",
        "r2d2",
        "faktur-store-sqlite",
        "faktur-store-postgres",
    ] {
        assert!(
            !cli.iter().any(|d| d == driver),
            "the CLI must not talk to {driver} directly"
        );
    }
}

#[test]
fn the_protocol_knows_no_transport_and_no_storage() {
    assert_only(
        "protocol",
        &[
            "faktur-wire",
            "serde",
            "serde_json",
            "sha2",
            "ed25519-dalek",
            "getrandom",
        ],
    );
}

/// The web app computes nothing itself and reaches the books only through
/// the services: no database driver of its own.
#[test]
fn the_web_app_reaches_storage_only_through_the_services() {
    for dep in dependencies("web") {
        assert!(
            !matches!(
                dep.as_str(),
                "rusqlite"
                    | "postgres"
                    | "r2d2"
                    | "faktur-store-sqlite"
                    | "faktur-store-postgres"
                    | "faktur-formats"
                    | "rust_decimal"
            ),
            "crates/web must not depend on {dep} (see ARCHITECTURE.md)"
        );
    }
}

#[test]
fn the_sql_layer_knows_only_its_drivers() {
    assert_only(
        "sql",
        &["rusqlite", "postgres", "r2d2", "r2d2_postgres", "bytes"],
    );
}

#[test]
fn the_authority_never_reaches_into_the_taxpayer_node() {
    for dep in dependencies("authority") {
        assert!(
            !dep.starts_with("faktur-store") && dep != "faktur-db" && dep != "faktur-cli",
            "crates/authority must not depend on {dep} (see ARCHITECTURE.md)"
        );
    }
}

/// Sync talks to the authority only over HTTP (the protocol crate's
/// shapes) and to the books only through `faktur-db`/`faktur-store`.
#[test]
fn sync_reaches_the_authority_only_over_http() {
    assert_only(
        "sync",
        &[
            "faktur-core",
            "faktur-wire",
            "faktur-store",
            "faktur-db",
            "faktur-protocol",
            "ureq",
            "serde",
            "serde_json",
            "getrandom",
            "socket2",
        ],
    );
}

#[test]
fn no_floats_in_the_core_sources() {
    let mut stack = vec![workspace().join("crates/core/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    let words = line.split(|c: char| !c.is_ascii_alphanumeric() && c != '_');
                    for word in words {
                        assert!(
                            word != "f32" && word != "f64",
                            "{}:{}: floats are banned in the core",
                            path.display(),
                            n + 1
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_throwaway_database_server_is_for_tests_only() {
    for entry in std::fs::read_dir(workspace().join("crates")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            !dependencies(&name).iter().any(|d| d == "faktur-pg-testing"),
            "crates/{name} must list faktur-pg-testing under [dev-dependencies] only"
        );
    }
}

#[test]
fn every_crate_is_in_the_architecture_document() {
    let doc = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    for entry in std::fs::read_dir(workspace().join("crates")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            doc.contains(&format!("crates/{name}")),
            "ARCHITECTURE.md does not describe crates/{name}"
        );
    }
}
