//! Walks every route of the API (the same table that builds the router) as
//! each role of company A, aiming at company B's records: nothing of B is
//! ever in an answer, nothing of B changes, B's records answer 404 exactly
//! like missing ones, and every role meets exactly the need the table
//! states. On SQLite (a file per company) and PostgreSQL (one database,
//! ids shared between companies).

mod support;

use faktur_web::api::{routes, Need, Route};
use faktur_web::Role;
use serde_json::{json, Value};
use support::{Books, Fixture, BUYER_A, B_SECRETS, NPWP_B};

/// B's invoices beyond A's reach: A makes a handful during the walk, B
/// holds ids up to this on SQLite, and on PostgreSQL ids are global.
const B_INVOICES: usize = 12;

struct Ids {
    invoice: i64,
    member: i64,
    token: i64,
}

/// The request the walk sends for a route: its path (B's ids filled in,
/// query parameters added) and body. Every route must have one.
fn sample(route: &Route, ids: &Ids) -> (String, Option<Vec<u8>>) {
    let path = route
        .path
        .replace("{masa}", "2025-01")
        .replace("{lampiran}", "A-2")
        .replace(
            "{id}",
            &match route.path {
                p if p.starts_with("/api/v1/members") => ids.member,
                p if p.starts_with("/api/v1/tokens") => ids.token,
                _ => ids.invoice,
            }
            .to_string(),
        );
    let json = |v: Value| Some(v.to_string().into_bytes());
    let body = match (route.method, route.path) {
        ("DELETE", _) | ("GET", _) => None,
        ("PUT", "/api/v1/me/company") => json(json!({"company": NPWP_B})),
        ("PUT", "/api/v1/invoices/{id}") => json(support::draft(BUYER_A, "A-EDIT", "2025-01-20")),
        ("POST", "/api/v1/companies") => json(json!({"npwp": NPWP_B, "name": "Takeover"})),
        ("POST", "/api/v1/invoices/{id}/cancel") => None,
        ("POST", "/api/v1/invoices/{id}/retur") => json(json!({
            "number": "R-1", "date": "2025-01-20", "tax_base": "1000", "vat": "110"
        })),
        ("POST", "/api/v1/invoices" | "/api/v1/calc" | "/api/v1/invoices/{id}/replace") => {
            json(support::draft(BUYER_A, "A-WALK", "2025-01-20"))
        }
        ("POST", "/api/v1/imports") => Some(b"FK,not,a,real,row\n".to_vec()),
        ("POST", "/api/v1/db/restore") => Some(b"not a database".to_vec()),
        ("POST", "/api/v1/inputs/{id}/credit") => json(json!({"masa": "2025-01"})),
        ("POST", "/api/v1/spt/{masa}/post" | "/api/v1/spt/{masa}/amend") => json(json!({})),
        ("POST", "/api/v1/spt/{masa}/pay" | "/api/v1/spt/{masa}/file") => None,
        ("POST", "/api/v1/sync" | "/api/v1/doctor") => None,
        ("POST", "/api/v1/members") => {
            json(json!({"login": "newcomer", "role": "viewer", "password": "a long password"}))
        }
        ("POST", "/api/v1/tokens") => json(json!({"name": "walk", "role": "viewer"})),
        (method, path) => panic!("no sample request for {method} {path}: add one"),
    };
    let query = match route.path {
        "/api/v1/exports" => "?period=2025-01",
        "/api/v1/imports" => "?dry_run=true",
        _ => "",
    };
    (format!("{path}{query}"), body)
}

/// B as B's own admin sees it.
fn snapshot_of_b(fx: &Fixture) -> Vec<Value> {
    let b = fx.as_token('b', Role::Admin);
    [
        "/api/v1/invoices?limit=500",
        "/api/v1/members",
        "/api/v1/tokens",
        "/api/v1/spt/2025-01/versions",
        "/api/v1/companies",
    ]
    .iter()
    .map(|path| {
        let (status, body) = b.json("GET", path, None);
        assert_eq!(status, 200, "{path}");
        body
    })
    .collect()
}

fn expected(route: &Route, role: Role) -> Result<(), String> {
    Err(format!("{} {} as {role}", route.method, route.path))
}

fn walk(books: Books) {
    let fx = Fixture::start(books);
    let b_maker = fx.as_token('b', Role::Maker);
    let mut last = 0;
    for n in 3..B_INVOICES {
        let (status, body) = b_maker.json(
            "POST",
            "/api/v1/invoices",
            Some(&support::draft(
                support::BUYER_B,
                &format!("B-SECRET-{n}"),
                "2025-01-16",
            )),
        );
        assert_eq!(status, 201);
        last = body["id"].as_str().unwrap().parse().unwrap();
    }
    let ids = Ids {
        invoice: last,
        member: fx.users[&('b', Role::Viewer)],
        token: fx.token_ids[&('b', Role::Viewer)],
    };
    let before = snapshot_of_b(&fx);
    let routes = routes();
    assert!(routes.len() >= 20, "the table lost its routes");
    for route in routes.iter().filter(|r| r.need != Need::Public) {
        let (path, body) = sample(route, &ids);
        // Nobody: 401.
        let (status, _, _) = fx.anonymous().raw(
            route.method,
            &path,
            &[("Content-Type", "application/json")],
            body.as_deref(),
        );
        assert_eq!(status, 401, "{} {path} without credentials", route.method);
        for role in Role::ALL {
            let client = fx.as_token('a', role);
            let (status, text, _) = client.raw(
                route.method,
                &path,
                &[("Content-Type", "application/json")],
                body.as_deref(),
            );
            let context = expected(route, role).unwrap_err();
            for secret in B_SECRETS {
                assert!(
                    !text.contains(secret),
                    "{context}: the answer holds B's {secret:?}: {text}"
                );
            }
            let has_id = route.path.contains("{id}");
            match route.need {
                Need::Public => unreachable!(),
                Need::ServerAdmin => assert_eq!(status, 403, "{context}: {text}"),
                Need::Signed if route.path == "/api/v1/me/company" => {
                    assert_eq!(status, 404, "{context}: {text}")
                }
                Need::Signed => assert!((200..300).contains(&status), "{context}: {status} {text}"),
                Need::Company(need) if role < need => {
                    assert_eq!(status, 403, "{context}: {text}");
                    assert!(text.contains("FKT-7002"), "{context}: {text}");
                }
                Need::Company(_) if has_id => assert_eq!(status, 404, "{context}: {text}"),
                Need::Company(_) => assert!(
                    (200..300).contains(&status) || status == 422,
                    "{context}: {status} {text}"
                ),
            }
        }
    }
    assert_eq!(snapshot_of_b(&fx), before, "company B changed");
}

#[test]
fn every_route_keeps_company_b_out_of_reach_sqlite() {
    walk(Books::Sqlite);
}

#[test]
fn every_route_keeps_company_b_out_of_reach_postgres() {
    walk(Books::Postgres);
}

/// Through a session, every unsafe request needs the CSRF header; with it,
/// choosing a company one has no role in answers 404.
#[test]
fn sessions_need_the_csrf_token_and_stay_in_their_companies() {
    let fx = Fixture::start(Books::Sqlite);
    let ids = Ids {
        invoice: 1,
        member: 1,
        token: 1,
    };
    let bare = fx.as_session('a', Role::Admin, false);
    for route in routes()
        .iter()
        .filter(|r| r.method != "GET" && r.need != Need::Public)
    {
        let (path, body) = sample(route, &ids);
        let (status, text, _) = bare.raw(
            route.method,
            &path,
            &[("Content-Type", "application/json")],
            body.as_deref(),
        );
        assert_eq!(
            status, 403,
            "{} {path} without the CSRF header: {text}",
            route.method
        );
        assert!(text.contains("FKT-7005"), "{text}");
    }
    let session = fx.as_session('a', Role::Admin, true);
    let (status, _) = session.json(
        "PUT",
        "/api/v1/me/company",
        Some(&json!({"company": NPWP_B})),
    );
    assert_eq!(status, 404);
    let (status, me) = session.json("GET", "/api/v1/me", None);
    assert_eq!(status, 200);
    assert_eq!(me["company"], support::NPWP_A);
}
