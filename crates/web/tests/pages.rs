//! The pages over HTTP (the browser test drives the main flows; these
//! check every page answers, in both languages, and the forms' CSRF and
//! effects), and the lampiran through the API.

mod support;

use faktur_web::Role;
use serde_json::json;
use support::{Books, Fixture, BUYER_A, NPWP_A};

fn masa_of_today() -> (String, String) {
    let today = faktur_db::today().unwrap();
    (
        today.to_string(),
        format!("{:04}-{:02}", today.year(), u8::from(today.month())),
    )
}

#[test]
fn every_page_answers_in_both_languages_and_strangers_go_to_the_login() {
    let fx = Fixture::start(Books::Sqlite);
    let (_, masa) = masa_of_today();
    let session = fx.as_session('a', Role::Admin, false);
    let pages = [
        "/".to_string(),
        "/invoices".into(),
        "/invoices?q=A-OPEN&status=draft".into(),
        "/invoices/new".into(),
        "/invoices/1".into(),
        "/inputs".into(),
        "/import".into(),
        "/export".into(),
        format!("/spt?masa={masa}"),
        format!("/spt/lampiran?masa={masa}&id=A-2"),
        "/admin".into(),
        "/explain/ETAX-10002".into(),
    ];
    for page in &pages {
        let (status, id_body, _) = session.raw("GET", page, &[], None);
        assert_eq!(status, 200, "{page}: {id_body}");
        assert!(id_body.contains("<html lang=\"id\""), "{page}");
        let (_, en_body, _) = session.raw("GET", page, &[("Accept-Language", "en-US,en")], None);
        assert!(en_body.contains("<html lang=\"en\""), "{page}");
        let (status, _, _) = fx.anonymous().raw("GET", page, &[], None);
        if page.starts_with("/explain") {
            assert_eq!(status, 200, "explanations are public");
        } else {
            assert_eq!(status, 303, "{page} without a session");
        }
    }
    let (status, body, _) = session.raw("GET", "/invoices/999", &[], None);
    assert_eq!(status, 404);
    assert!(body.contains("ETAX-10004"), "{body}");
}

#[test]
fn an_input_invoice_from_the_authority_is_credited_through_the_page() {
    let fx = Fixture::start(Books::Sqlite);
    let (today, masa) = masa_of_today();
    // B sells to A; both sync: A receives the approved invoice as an input.
    let b = fx.as_token('b', Role::Approver);
    let (status, sold) = b.json(
        "POST",
        "/api/v1/invoices",
        Some(&support::draft(NPWP_A, "B-SELLS-TO-A", &today)),
    );
    assert_eq!(status, 201, "{sold}");
    assert_eq!(b.json("POST", "/api/v1/sync", None).0, 200);
    let a = fx.as_token('a', Role::Approver);
    let (status, round) = a.json("POST", "/api/v1/sync", None);
    assert_eq!(status, 200, "{round}");
    let (_, inputs) = a.json(
        "GET",
        &format!("/api/v1/invoices?kind=input&period={masa}"),
        None,
    );
    let input = &inputs["invoices"][0];
    assert_eq!(input["status"], "approved", "{inputs}");
    let id = input["id"].as_str().unwrap().to_string();

    let session = fx.as_session('a', Role::Approver, false);
    let (status, page, _) = session.raw("GET", &format!("/inputs?masa={masa}"), &[], None);
    assert_eq!(status, 200);
    assert!(page.contains("credited in its own masa") || page.contains("dikreditkan di masanya"));
    let form = format!("id={id}&action=not-creditable&masa={masa}");
    let (status, _, _) = session.raw(
        "POST",
        "/inputs/credit",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(format!("{form}&csrf=forged").as_bytes()),
    );
    assert_eq!(status, 403, "a forged form token");
    let (_, me) = session.json("GET", "/api/v1/me", None);
    let csrf = me["csrf"].as_str().unwrap();
    let (status, _, _) = session.raw(
        "POST",
        "/inputs/credit",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(format!("{form}&csrf={csrf}").as_bytes()),
    );
    assert_eq!(status, 303);
    let (_, page, _) = session.raw("GET", &format!("/inputs?masa={masa}"), &[], None);
    assert!(
        page.contains(&format!("reported in {masa}"))
            || page.contains(&format!("dilaporkan di {masa}")),
        "{page}"
    );

    // A nota retur from the input invoice's page.
    let (_, page, _) = session.raw("GET", &format!("/invoices/{id}"), &[], None);
    assert!(page.contains("retur-form"), "the form is offered");
    let retur = format!("number=RET-P1&date={today}&tax_base=100000&vat=11000&stlg=");
    let (status, _, _) = session.raw(
        "POST",
        &format!("/invoices/{id}/retur"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(format!("{retur}&csrf=forged").as_bytes()),
    );
    assert_eq!(status, 403);
    let (status, body, _) = session.raw(
        "POST",
        &format!("/invoices/{id}/retur"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(format!("{retur}&csrf={csrf}").as_bytes()),
    );
    assert_eq!(status, 303, "{body}");
    let (status, body, _) = session.raw(
        "POST",
        &format!("/invoices/{id}/retur"),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Accept-Language", "en"),
        ],
        Some(format!("{retur}&csrf={csrf}").as_bytes()),
    );
    assert_eq!(status, 422, "the same number twice");
    assert!(body.contains("ETAX-30030"), "{body}");
}

#[test]
fn a_lampiran_lists_the_approved_invoices_with_their_jumlah() {
    let fx = Fixture::start(Books::Sqlite);
    let (today, masa) = masa_of_today();
    let maker = fx.as_token('a', Role::Maker);
    for n in 0..2 {
        let (status, _) = maker.json(
            "POST",
            "/api/v1/invoices",
            Some(&support::draft(BUYER_A, &format!("LAMP-{n}"), &today)),
        );
        assert_eq!(status, 201);
    }
    assert_eq!(
        fx.as_token('a', Role::Approver)
            .json("POST", "/api/v1/sync", None)
            .0,
        200
    );
    let (status, lampiran) = maker.json("GET", &format!("/api/v1/spt/{masa}/lampiran/A-2"), None);
    assert_eq!(status, 200, "{lampiran}");
    assert_eq!(lampiran["count"], 2, "{lampiran}");
    assert_eq!(lampiran["jumlah"]["ppn"], 440000);
    assert_eq!(lampiran["truncated"], false);
    let (status, _) = maker.json("GET", &format!("/api/v1/spt/{masa}/lampiran/Z-9"), None);
    assert_eq!(status, 404);
    let _ = json!(null);
}

#[test]
fn the_administration_page_restores_a_backup_with_the_form_token_only() {
    let fx = Fixture::start(Books::Sqlite);
    let session = fx.as_session('a', Role::Admin, false);
    let agent = ureq::AgentBuilder::new().build();
    let mut backup = Vec::new();
    let response = agent
        .get(&format!("{}/api/v1/db/backup", fx.base))
        .set(
            "Authorization",
            &format!("Bearer {}", fx.tokens[&('a', Role::Admin)]),
        )
        .call()
        .unwrap();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut backup).unwrap();
    let (_, me) = session.json("GET", "/api/v1/me", None);
    let multipart = |csrf: &str| {
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
                 --XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.sqlite\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(&backup);
        body.extend_from_slice(b"\r\n--XYZ--\r\n");
        body
    };
    let content_type = [
        ("Content-Type", "multipart/form-data; boundary=XYZ"),
        ("Accept-Language", "en"),
    ];
    let (status, _, _) = session.raw(
        "POST",
        "/admin/restore",
        &content_type,
        Some(&multipart("forged")),
    );
    assert_eq!(status, 200, "the page answers with the refusal");
    let (_, page, _) = session.raw(
        "POST",
        "/admin/restore",
        &content_type,
        Some(&multipart("forged")),
    );
    assert!(page.contains("FKT-7005"), "{page}");
    let (status, page, _) = session.raw(
        "POST",
        "/admin/restore",
        &content_type,
        Some(&multipart(me["csrf"].as_str().unwrap())),
    );
    assert_eq!(status, 200);
    assert!(page.contains("Restored: 0013121660091000"), "{page}");
}
