//! The REST API end to end on a real server (127.0.0.1:0): invoices,
//! files, the SPT, accounts, limits, languages, and the OpenAPI document.

mod support;

use faktur_web::{Limits, Role};
use serde_json::json;
use support::{Books, Fixture, BUYER_A, PASSWORD};

#[test]
fn invoices_are_created_shown_listed_and_refused_with_every_finding() {
    let fx = Fixture::start(Books::Sqlite);
    let maker = fx.as_token('a', Role::Maker);
    let (status, created) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "INV/API/1", "2025-01-15")),
    );
    assert_eq!(status, 201, "{created}");
    // 2 × 1,000,000 in 2025, kode 04: DPP Nilai Lain 11/12 = 1,833,333.33,
    // PPN 12 % of it = 219,999.9996 → 220,000.00 (two decimals, half up).
    assert_eq!(created["totals"]["tax_base"], "2000000.00");
    assert_eq!(created["totals"]["other_tax_base"], "1833333.33");
    assert_eq!(created["totals"]["vat"], "220000.00");
    let id = created["id"].as_str().unwrap();
    let (status, shown) = maker.json("GET", &format!("/api/v1/invoices/{id}"), None);
    assert_eq!(status, 200);
    assert_eq!(shown["reference"], "INV/API/1");
    assert_eq!(shown["lines"].as_array().unwrap().len(), 1);

    let (status, page) = maker.json("GET", "/api/v1/invoices?q=api/1&limit=1", None);
    assert_eq!(status, 200);
    assert_eq!(page["invoices"].as_array().unwrap().len(), 1);
    assert_eq!(page["invoices"][0]["reference"], "INV/API/1");
    let (_, first) = maker.json("GET", "/api/v1/invoices?limit=1", None);
    let after = first["next_after"].as_i64().expect("a next page");
    let (_, second) = maker.json(
        "GET",
        &format!("/api/v1/invoices?limit=1&after={after}"),
        None,
    );
    assert_ne!(first["invoices"][0]["id"], second["invoices"][0]["id"]);

    let mut bad = support::draft("123", "BAD", "2025-01-15");
    bad["lines"][0]["qty"] = json!("-1");
    let (status, refused) = maker.json("POST", "/api/v1/invoices", Some(&bad));
    assert_eq!(status, 422, "{refused}");
    let details = refused["details"].as_array().unwrap();
    assert!(details.len() >= 2, "every finding: {refused}");
    assert!(details
        .iter()
        .all(|d| d["code"].is_string() && d["path"].is_string()));
    assert_eq!(
        refused["code"],
        details.iter().find(|d| d["severity"] == "error").unwrap()["code"]
    );

    let (status, malformed) = maker.json("POST", "/api/v1/invoices", Some(&json!({"nope": 1})));
    assert_eq!(status, 400, "{malformed}");
    let (status, missing) = maker.json("GET", "/api/v1/invoices/999999", None);
    assert_eq!(
        (status, missing["code"].as_str()),
        (404, Some("ETAX-10004"))
    );
    let (status, _) = fx.as_token('a', Role::Viewer).json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "X", "2025-01-15")),
    );
    assert_eq!(status, 403);
}

#[test]
fn calc_computes_without_storing_and_errors_speak_the_asked_language() {
    let fx = Fixture::start(Books::Sqlite);
    let viewer = fx.as_token('a', Role::Viewer);
    let (status, calc) = viewer.json(
        "POST",
        "/api/v1/calc",
        Some(&support::draft(BUYER_A, "CALC", "2024-06-03")),
    );
    assert_eq!(status, 200);
    assert_eq!(calc["totals"]["vat"], "220000", "2024: 11 % of DPP");
    assert!(calc["id"].is_null());
    let (_, page) = viewer.json("GET", "/api/v1/invoices?q=CALC", None);
    assert!(
        page["invoices"].as_array().unwrap().is_empty(),
        "calc stored nothing"
    );

    let english = viewer.raw(
        "GET",
        "/api/v1/invoices/424242",
        &[("Accept-Language", "en-GB,en;q=0.9")],
        None,
    );
    let indonesian = viewer.raw("GET", "/api/v1/invoices/424242", &[], None);
    let en: serde_json::Value = serde_json::from_str(&english.1).unwrap();
    let id: serde_json::Value = serde_json::from_str(&indonesian.1).unwrap();
    assert_eq!(en["code"], id["code"]);
    assert_ne!(en["message"], id["message"]);
    let unknown = viewer.get("/api/v1/nothing-here");
    assert_eq!(unknown.0, 404);
    assert!(unknown.1.contains("FKT-7008"));
}

use efaktur_csv::two_invoices;

mod efaktur_csv {
    include!("support/efaktur_csv.rs");
}

#[test]
fn an_import_reports_each_bad_row_and_changes_nothing_then_stores_when_clean() {
    let fx = Fixture::start(Books::Sqlite);
    let maker = fx.as_token('a', Role::Maker);
    let bad = two_invoices("12345");
    let (status, report, _) = maker.raw("POST", "/api/v1/imports", &[], Some(bad.as_bytes()));
    assert_eq!(status, 200, "{report}");
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert_eq!(report["committed"], false);
    assert_eq!(report["stored"], 0);
    let problem = &report["problems"][0];
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(6), Some(8)),
        "{report}"
    );
    let (_, page) = maker.json("GET", "/api/v1/invoices?q=IMP", None);
    assert!(
        page["invoices"].as_array().unwrap().is_empty(),
        "a failed import changes nothing"
    );

    let good = two_invoices("029231123428000");
    let (status, report, _) = maker.raw(
        "POST",
        "/api/v1/imports?format=efaktur-csv",
        &[],
        Some(good.as_bytes()),
    );
    assert_eq!(status, 200, "{report}");
    assert!(report.contains("\"stored\":2"), "{report}");
    let (status, file, _) = maker.raw("GET", "/api/v1/exports?period=2024-03", &[], None);
    assert_eq!(status, 200);
    assert!(file.contains("IMP/1") && file.contains("IMP/2"), "{file}");
    assert_eq!(
        fx.as_token('a', Role::Viewer)
            .raw("POST", "/api/v1/imports", &[], Some(b"x"))
            .0,
        403
    );
}

#[test]
fn uploads_over_the_limit_are_refused_whole() {
    let limits = Limits {
        upload_bytes: 64 * 1024,
        ..Limits::default()
    };
    let fx = Fixture::with_limits(Books::Sqlite, limits);
    let token = format!("Bearer {}", fx.tokens[&('a', Role::Maker)]);
    // The server may answer 413 and close before the client has sent
    // everything: a broken pipe on the client's side is the same refusal.
    let refused = |path: &str, body: &[u8]| {
        let sent = ureq::post(&format!("{}{path}", fx.base))
            .set("Authorization", &token)
            .set("Content-Type", "application/json")
            .send_bytes(body);
        match sent {
            Err(ureq::Error::Status(status, response)) => {
                assert_eq!(status, 413, "{path}");
                assert!(response.into_string().unwrap().contains("FKT-7006"));
            }
            Err(ureq::Error::Transport(t)) => {
                let text = t.to_string();
                assert!(
                    text.contains("Broken pipe") || text.contains("reset"),
                    "{path}: {text}"
                )
            }
            Ok(response) => panic!(
                "{path}: an oversized body was accepted: {}",
                response.status()
            ),
        }
    };
    refused("/api/v1/imports", &vec![b'x'; 200 * 1024]);
    // JSON bodies have their own, smaller limit.
    let huge = format!("{{\"pad\":\"{}\"}}", "y".repeat(2 * 1024 * 1024));
    refused("/api/v1/calc", huge.as_bytes());
    // Nothing was imported.
    let (_, page) = fx
        .as_token('a', Role::Maker)
        .json("GET", "/api/v1/invoices", None);
    assert_eq!(page["invoices"].as_array().unwrap().len(), 1);
}

#[test]
fn the_spt_is_built_posted_once_and_listed() {
    let fx = Fixture::start(Books::Sqlite);
    let approver = fx.as_token('a', Role::Approver);
    let (status, spt) = approver.json("GET", "/api/v1/spt/2025-01", None);
    assert_eq!(status, 200, "{spt}");
    assert_eq!(
        (spt["form"].as_str(), spt["status"].as_str()),
        (Some("coretax"), Some("draft"))
    );
    let (status, version) = approver.json("POST", "/api/v1/spt/2025-01/post", Some(&json!({})));
    assert_eq!(status, 201, "{version}");
    let (status, again) = approver.json("POST", "/api/v1/spt/2025-01/post", Some(&json!({})));
    assert_eq!((status, again["code"].as_str()), (422, Some("ETAX-50002")));
    let (_, versions) = approver.json("GET", "/api/v1/spt/2025-01/versions", None);
    assert_eq!(versions["versions"].as_array().unwrap().len(), 1);
    let (_, shown) = approver.json("GET", "/api/v1/spt/2025-01", None);
    assert_eq!(shown["status"], "posted");
    let (status, bad) = approver.json("GET", "/api/v1/spt/2025-13", None);
    assert_eq!(status, 400, "{bad}");
}

#[test]
fn tokens_and_members_are_managed_by_admins_and_revocation_is_immediate() {
    let fx = Fixture::start(Books::Sqlite);
    let admin = fx.as_token('a', Role::Admin);
    let (status, made) = admin.json(
        "POST",
        "/api/v1/tokens",
        Some(&json!({"name": "erp", "role": "maker"})),
    );
    assert_eq!(status, 201);
    let secret = made["token"].as_str().unwrap().to_string();
    let erp = support::Http {
        base: fx.base.clone(),
        headers: vec![("Authorization".into(), format!("Bearer {secret}"))],
    };
    assert_eq!(erp.get("/api/v1/invoices").0, 200);
    let (_, listed) = admin.json("GET", "/api/v1/tokens", None);
    assert!(
        !listed.to_string().contains(&secret),
        "secrets are never listed"
    );
    let id = made["id"].as_i64().unwrap();
    assert_eq!(
        admin
            .raw("DELETE", &format!("/api/v1/tokens/{id}"), &[], None)
            .0,
        204
    );
    assert_eq!(erp.get("/api/v1/invoices").0, 401);

    let (status, member) = admin.json(
        "POST",
        "/api/v1/members",
        Some(&json!({"login": "siti", "role": "viewer", "password": "short"})),
    );
    assert_eq!((status, member["code"].as_str()), (422, Some("FKT-7009")));
    let (status, member) = admin.json(
        "POST",
        "/api/v1/members",
        Some(&json!({"login": "siti", "role": "viewer", "password": PASSWORD})),
    );
    assert_eq!(status, 201, "{member}");
    let siti = fx.anonymous().raw(
        "POST",
        "/api/v1/session",
        &[("Content-Type", "application/json")],
        Some(
            json!({"login": "siti", "password": PASSWORD})
                .to_string()
                .as_bytes(),
        ),
    );
    assert_eq!(siti.0, 200);
    let cookie = siti.2.unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let id = member["id"].as_i64().unwrap();
    assert_eq!(
        admin
            .raw("DELETE", &format!("/api/v1/members/{id}"), &[], None)
            .0,
        204
    );
    let session = support::Http {
        base: fx.base.clone(),
        headers: vec![(
            "Cookie".into(),
            cookie.split(';').next().unwrap().to_string(),
        )],
    };
    assert_eq!(
        session.get("/api/v1/invoices").0,
        404,
        "no company left to work in"
    );
}

#[test]
fn sign_in_is_throttled_after_repeated_failures() {
    let fx = Fixture::start(Books::Sqlite);
    let try_with = |password: &str| {
        fx.anonymous()
            .raw(
                "POST",
                "/api/v1/session",
                &[("Content-Type", "application/json")],
                Some(
                    json!({"login": "alpha.viewer", "password": password})
                        .to_string()
                        .as_bytes(),
                ),
            )
            .0
    };
    for _ in 0..5 {
        assert_eq!(try_with("wrong password"), 401);
    }
    assert_eq!(try_with(PASSWORD), 429, "even the right password waits");
    assert_eq!(fx.anonymous().get("/api/v1/me").0, 401);
}

#[test]
fn the_openapi_document_is_served_committed_and_complete() {
    let fx = Fixture::start(Books::Sqlite);
    let (status, served) = fx.anonymous().get("/api/openapi.json");
    assert_eq!(status, 200);
    let committed_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(committed_path, &served).unwrap();
    }
    let committed = std::fs::read_to_string(committed_path).unwrap_or_default();
    assert!(
        committed == served,
        "docs/openapi.json drifted from the code: run `UPDATE_OPENAPI=1 cargo test -p faktur-web --test api openapi` and commit it"
    );
    let doc: serde_json::Value = serde_json::from_str(&served).unwrap();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for route in faktur_web::api::routes() {
        let op = &doc["paths"][route.path][route.method.to_lowercase()];
        assert!(
            op.is_object(),
            "{} {} undocumented",
            route.method,
            route.path
        );
        let text = op.to_string();
        for reference in text.split("#/components/schemas/").skip(1) {
            let name: String = reference
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            assert!(
                schemas.contains_key(&name),
                "{name} is referenced but not defined"
            );
        }
    }
}

#[test]
fn the_month_end_runs_through_the_api_against_the_authority() {
    let fx = Fixture::start(Books::Sqlite);
    let today = faktur_db::today().unwrap();
    let masa = format!("{:04}-{:02}", today.year(), u8::from(today.month()));
    let maker = fx.as_token('a', Role::Maker);
    let approver = fx.as_token('a', Role::Approver);
    let (status, created) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "MONTH-END", &today.to_string())),
    );
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    let (status, round) = approver.json("POST", "/api/v1/sync", None);
    assert_eq!(status, 200, "{round}");
    assert!(round["accepted"].as_u64().unwrap() >= 1, "{round}");
    let (_, invoice) = maker.json("GET", &format!("/api/v1/invoices/{id}"), None);
    assert_eq!(invoice["status"], "approved", "{invoice}");
    assert_eq!(
        invoice["number"].as_str().map(str::len),
        Some(17),
        "a Coretax number"
    );

    let (status, posted) = approver.json(
        "POST",
        &format!("/api/v1/spt/{masa}/post"),
        Some(&json!({})),
    );
    assert_eq!(status, 201, "{posted}");
    assert_eq!(
        posted["result"], 220000,
        "kurang bayar: the approved invoice's PPN"
    );
    let (status, paid) = approver.json("POST", &format!("/api/v1/spt/{masa}/pay"), None);
    assert_eq!(status, 200, "{paid}");
    assert_eq!(paid["paid"], true);
    assert_eq!(paid["ntpn"].as_str().map(str::len), Some(16), "{paid}");
    let (status, filed) = approver.json("POST", &format!("/api/v1/spt/{masa}/file"), None);
    assert_eq!(status, 200, "{filed}");
    assert_eq!(filed["status"], "filed");
    assert!(filed["bpe"].as_str().is_some_and(|b| !b.is_empty()));
    let (status, amended) = approver.json(
        "POST",
        &format!("/api/v1/spt/{masa}/amend"),
        Some(&json!({})),
    );
    assert_eq!(status, 201, "{amended}");
    assert_eq!(amended["revision"], 1);
    let (_, versions) = maker.json("GET", &format!("/api/v1/spt/{masa}/versions"), None);
    assert_eq!(versions["versions"].as_array().unwrap().len(), 2);
    assert_eq!(
        maker
            .raw("POST", &format!("/api/v1/spt/{masa}/pay"), &[], None)
            .0,
        403
    );
}

#[test]
fn a_backup_downloaded_is_restored_and_another_companys_is_refused() {
    let fx = Fixture::start(Books::Sqlite);
    let admin = fx.as_token('a', Role::Admin);
    let (status, backup, _) = admin.raw("GET", "/api/v1/db/backup", &[], None);
    assert_eq!(status, 200);
    let agent = ureq::AgentBuilder::new().build();
    let bytes = |token: &str| {
        let response = agent
            .get(&format!("{}/api/v1/db/backup", fx.base))
            .set("Authorization", &format!("Bearer {token}"))
            .call()
            .unwrap();
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut response.into_reader(), &mut out).unwrap();
        out
    };
    assert!(backup.starts_with("SQLite format 3"));
    let a_backup = bytes(&fx.tokens[&('a', Role::Admin)]);
    let maker = fx.as_token('a', Role::Maker);
    let (status, _) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "AFTER-BACKUP", "2025-01-15")),
    );
    assert_eq!(status, 201);
    let (status, restored, _) = admin.raw("POST", "/api/v1/db/restore", &[], Some(&a_backup));
    assert_eq!(status, 200, "{restored}");
    let (_, page) = maker.json("GET", "/api/v1/invoices?q=AFTER-BACKUP", None);
    assert!(
        page["invoices"].as_array().unwrap().is_empty(),
        "back to the backup"
    );
    let (_, page) = maker.json("GET", "/api/v1/invoices?q=A-OPEN", None);
    assert_eq!(
        page["invoices"].as_array().unwrap().len(),
        1,
        "the backup's invoice is there"
    );

    let b_backup = bytes(&fx.tokens[&('b', Role::Admin)]);
    let (status, refused, _) = admin.raw("POST", "/api/v1/db/restore", &[], Some(&b_backup));
    assert_eq!(status, 422, "{refused}");
    assert!(refused.contains("FKT-1011"), "{refused}");
    let (status, refused, _) = admin.raw("POST", "/api/v1/db/restore", &[], Some(b"junk"));
    assert_eq!((status, refused.contains("FKT-1008")), (422, true));
}

#[test]
fn the_doctor_finds_the_missing_key_and_mends_it() {
    let fx = Fixture::start(Books::Sqlite);
    let approver = fx.as_token('a', Role::Approver);
    let (status, first) = approver.json("GET", "/api/v1/doctor", None);
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["healthy"], false, "{first}");
    let key = first["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "key")
        .expect("a key check");
    assert_eq!(key["ok"], false);
    assert!(key["code"].is_string());
    assert_eq!(
        approver.raw("POST", "/api/v1/doctor", &[], None).0,
        403,
        "mending is for admins"
    );
    let (status, mended) = fx
        .as_token('a', Role::Admin)
        .json("POST", "/api/v1/doctor", None);
    assert_eq!(status, 200, "{mended}");
    let (_, after) = approver.json("GET", "/api/v1/doctor", None);
    assert_eq!(after["healthy"], true, "{after}");
    assert_eq!(
        fx.as_token('a', Role::Viewer)
            .raw("GET", "/api/v1/doctor", &[], None)
            .0,
        403
    );
}

#[test]
fn the_background_sync_uploads_what_the_makers_create() {
    let fx = Fixture::start(Books::Sqlite);
    let maker = fx.as_token('a', Role::Maker);
    let today = faktur_db::today().unwrap().to_string();
    let (status, created) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "BACKGROUND", &today)),
    );
    assert_eq!(status, 201);
    let id = created["id"].as_str().unwrap().to_string();
    // A second server over the same state, with the background sync on.
    let syncing = faktur_web::Server::start(
        fx.state.clone(),
        "127.0.0.1:0",
        1,
        Some(std::time::Duration::from_millis(200)),
    )
    .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let (_, invoice) = maker.json("GET", &format!("/api/v1/invoices/{id}"), None);
        if invoice["status"] == "approved" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never approved: {invoice}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    syncing.stop();
}

#[test]
fn an_approved_invoice_is_replaced_then_the_replacement_cancelled_through_the_authority() {
    let fx = Fixture::start(Books::Sqlite);
    let today = faktur_db::today().unwrap().to_string();
    let maker = fx.as_token('a', Role::Maker);
    let approver = fx.as_token('a', Role::Approver);
    let (_, original) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "ORIGINAL", &today)),
    );
    let original_id = original["id"].as_str().unwrap().to_string();
    // Not approved yet: neither replaced nor cancelled.
    let (status, early) = approver.json(
        "POST",
        &format!("/api/v1/invoices/{original_id}/cancel"),
        None,
    );
    assert_eq!((status, early["code"].as_str()), (422, Some("FKT-4011")));
    assert_eq!(approver.json("POST", "/api/v1/sync", None).0, 200);
    let (_, approved) = maker.json("GET", &format!("/api/v1/invoices/{original_id}"), None);
    assert_eq!(approved["status"], "approved", "{approved}");
    let number = approved["number"].as_str().unwrap().to_string();

    let mut corrected = support::draft(BUYER_A, "ORIGINAL-FIXED", &today);
    corrected["lines"][0]["price"] = json!("900000");
    assert_eq!(
        maker
            .raw(
                "POST",
                &format!("/api/v1/invoices/{original_id}/replace"),
                &[("Content-Type", "application/json")],
                Some(corrected.to_string().as_bytes())
            )
            .0,
        403,
        "replacing is the approver's"
    );
    let (status, replacement) = approver.json(
        "POST",
        &format!("/api/v1/invoices/{original_id}/replace"),
        Some(&corrected),
    );
    assert_eq!(status, 201, "{replacement}");
    assert_eq!(replacement["replaces"], number.as_str());
    assert_eq!(approver.json("POST", "/api/v1/sync", None).0, 200);
    let (_, replaced) = maker.json("GET", &format!("/api/v1/invoices/{original_id}"), None);
    assert_eq!(replaced["status"], "replaced", "{replaced}");
    let replacement_id = replacement["id"].as_str().unwrap().to_string();
    let (_, replacement) = maker.json("GET", &format!("/api/v1/invoices/{replacement_id}"), None);
    assert_eq!(replacement["status"], "approved", "{replacement}");

    let (status, queued) = approver.json(
        "POST",
        &format!("/api/v1/invoices/{replacement_id}/cancel"),
        None,
    );
    assert_eq!(status, 202, "{queued}");
    let (status, twice) = approver.json(
        "POST",
        &format!("/api/v1/invoices/{replacement_id}/cancel"),
        None,
    );
    assert_eq!(
        (status, twice["code"].as_str()),
        (422, Some("FKT-4011")),
        "queued once"
    );
    assert_eq!(approver.json("POST", "/api/v1/sync", None).0, 200);
    let (_, cancelled) = maker.json("GET", &format!("/api/v1/invoices/{replacement_id}"), None);
    assert_eq!(cancelled["status"], "cancelled", "{cancelled}");
}

#[test]
fn a_draft_is_edited_until_it_is_sent() {
    let fx = Fixture::start(Books::Sqlite);
    let today = faktur_db::today().unwrap().to_string();
    let maker = fx.as_token('a', Role::Maker);
    let (_, created) = maker.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(BUYER_A, "TO-EDIT", &today)),
    );
    let id = created["id"].as_str().unwrap().to_string();
    let mut changed = support::draft(BUYER_A, "EDITED", &today);
    changed["lines"][0]["qty"] = json!("3");
    let (status, edited) = maker.json("PUT", &format!("/api/v1/invoices/{id}"), Some(&changed));
    assert_eq!(status, 200, "{edited}");
    assert_eq!(edited["id"], id.as_str(), "the same invoice");
    assert_eq!(edited["totals"]["vat"], "330000.00");
    let (_, shown) = maker.json("GET", &format!("/api/v1/invoices/{id}"), None);
    assert_eq!(
        (shown["reference"].as_str(), shown["totals"]["vat"].as_str()),
        (Some("EDITED"), Some("330000.00"))
    );
    let mut bad = changed.clone();
    bad["lines"][0]["qty"] = json!("-1");
    let (status, refused) = maker.json("PUT", &format!("/api/v1/invoices/{id}"), Some(&bad));
    assert_eq!(status, 422, "{refused}");
    let (_, still) = maker.json("GET", &format!("/api/v1/invoices/{id}"), None);
    assert_eq!(
        still["reference"], "EDITED",
        "a refused edit changes nothing"
    );
    assert_eq!(
        fx.as_token('a', Role::Approver)
            .json("POST", "/api/v1/sync", None)
            .0,
        200
    );
    let (status, late) = maker.json("PUT", &format!("/api/v1/invoices/{id}"), Some(&changed));
    assert_eq!(
        (status, late["code"].as_str()),
        (422, Some("FKT-4012")),
        "{late}"
    );
}

#[test]
fn a_nota_retur_against_an_input_invoice_is_checked_and_registered() {
    let fx = Fixture::start(Books::Sqlite);
    let today = faktur_db::today().unwrap().to_string();
    // B sells to A (2,000,000 DPP); both sync: A holds the approved input.
    let b = fx.as_token('b', Role::Approver);
    let (status, _) = b.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(support::NPWP_A, "B-TO-A", &today)),
    );
    assert_eq!(status, 201);
    assert_eq!(b.json("POST", "/api/v1/sync", None).0, 200);
    let a = fx.as_token('a', Role::Approver);
    assert_eq!(a.json("POST", "/api/v1/sync", None).0, 200);
    let (_, inputs) = a.json("GET", "/api/v1/invoices?kind=input", None);
    let input_id = inputs["invoices"][0]["id"]
        .as_str()
        .expect("an input invoice")
        .to_string();
    let retur = |number: &str, dpp: &str, ppn: &str| {
        a.json(
            "POST",
            &format!("/api/v1/invoices/{input_id}/retur"),
            Some(&json!({"number": number, "date": today, "tax_base": dpp, "vat": ppn})),
        )
    };
    let (status, first) = retur("RET-1", "500000", "55000");
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["masa"], today[..7]);
    let (status, again) = retur("RET-1", "1", "0");
    assert_eq!(
        (status, again["code"].as_str()),
        (422, Some("ETAX-30030")),
        "the number once"
    );
    let (status, too_much) = retur("RET-2", "1600000", "0");
    assert_eq!(
        (status, too_much["code"].as_str()),
        (422, Some("ETAX-20032")),
        "{too_much}"
    );
    let (status, nothing) = retur("RET-3", "0", "0");
    assert_eq!(
        (status, nothing["code"].as_str()),
        (422, Some("ETAX-20008"))
    );
    // On an output invoice, or as a maker: refused.
    let (_, outputs) = a.json("GET", "/api/v1/invoices?kind=output", None);
    let output_id = outputs["invoices"][0]["id"].as_str().unwrap();
    let (status, wrong) = a.json(
        "POST",
        &format!("/api/v1/invoices/{output_id}/retur"),
        Some(&json!({"number": "R", "date": today, "tax_base": "1", "vat": "0"})),
    );
    assert_eq!((status, wrong["code"].as_str()), (422, Some("FKT-4011")));
    assert_eq!(
        fx.as_token('a', Role::Maker)
            .raw(
                "POST",
                &format!("/api/v1/invoices/{input_id}/retur"),
                &[],
                Some(b"{}")
            )
            .0,
        403
    );
    // Sync registers it with the authority.
    let (_, round) = a.json("POST", "/api/v1/sync", None);
    assert!(round["accepted"].as_u64().unwrap() >= 1, "{round}");
}
