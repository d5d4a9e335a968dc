//! A server on 127.0.0.1:0 with two companies (A and B), a user and an API
//! token of each role in each, on SQLite (a data dir) or PostgreSQL (one
//! database for both companies and the accounts, where record ids are
//! shared between companies).
#![allow(dead_code)]

use faktur_web::{Accounts, AppState, Config, Limits, Role, Server};
use std::collections::HashMap;

pub const NPWP_A: &str = "0013121660091000";
pub const NPWP_B: &str = "0252641667803000";
pub const BUYER_A: &str = "0016090524017000";
pub const BUYER_B: &str = "0029231123428000";
pub const PASSWORD: &str = "correct horse battery";
/// Text that only company B's data holds: no answer to A may contain it.
pub const B_SECRETS: [&str; 4] = ["B-SECRET", "PT Beta Rahasia", NPWP_B, "beta."];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Books {
    Sqlite,
    Postgres,
}

pub fn postgres() -> &'static faktur_pg_testing::PgServer {
    static SERVER: std::sync::OnceLock<faktur_pg_testing::PgServer> = std::sync::OnceLock::new();
    SERVER.get_or_init(|| {
        faktur_pg_testing::PgServer::start()
            .unwrap_or_else(|e| panic!("cannot start PostgreSQL for the tests: {e}"))
    })
}

pub struct Fixture {
    pub base: String,
    pub state: AppState,
    /// `(company letter, role)` → bearer token.
    pub tokens: HashMap<(char, Role), String>,
    /// `(company letter, role)` → token id.
    pub token_ids: HashMap<(char, Role), i64>,
    /// `(company letter, role)` → user id.
    pub users: HashMap<(char, Role), i64>,
    pub server: Option<Server>,
    pub target: faktur_db::Target,
    /// The authority sandbox the server syncs, pays and files with.
    pub authority: faktur_authority::Running,
    _dir: tempfile::TempDir,
}

pub fn login(company: char, role: Role) -> String {
    let prefix = if company == 'a' { "alpha" } else { "beta" };
    format!("{prefix}.{}", role.as_str())
}

impl Fixture {
    pub fn start(books: Books) -> Self {
        Self::with_limits(books, Limits::default())
    }

    pub fn with_limits(books: Books, limits: Limits) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = faktur_db::DataDir::new(dir.path());
        let (target, accounts) = match books {
            Books::Sqlite => (
                faktur_db::Target {
                    data_dir,
                    database: None,
                    company: None,
                },
                Accounts::open(Some(&format!(
                    "sqlite:{}",
                    dir.path().join("web.sqlite").display()
                )))
                .unwrap(),
            ),
            Books::Postgres => {
                let url = postgres().fresh_database().unwrap();
                (
                    faktur_db::Target {
                        data_dir,
                        database: Some(faktur_store::DatabaseUrl::parse(&url).unwrap()),
                        company: None,
                    },
                    Accounts::open(Some(&url)).unwrap(),
                )
            }
        };
        faktur_db::company_init(&target, NPWP_A, "PT Alpha Terbuka", "Jakarta", None).unwrap();
        faktur_db::company_init(&target, NPWP_B, "PT Beta Rahasia", "Surabaya", None).unwrap();
        let mut tokens = HashMap::new();
        let mut token_ids = HashMap::new();
        let mut users = HashMap::new();
        for (letter, npwp) in [('a', NPWP_A), ('b', NPWP_B)] {
            for role in Role::ALL {
                let user = accounts
                    .create_user(&login(letter, role), "", PASSWORD, false, 0)
                    .unwrap();
                accounts.grant(user.id, npwp, role).unwrap();
                let (id, token) = accounts
                    .create_token(user.id, npwp, role, "tests", 0)
                    .unwrap();
                tokens.insert((letter, role), token);
                token_ids.insert((letter, role), id);
                users.insert((letter, role), user.id);
            }
        }
        let config = Config {
            limits,
            secure_cookies: false,
        };
        let authority = faktur_authority::Running::start(
            faktur_authority::Authority::new(
                faktur_authority::store::AuthorityDb::open(None).unwrap(),
                faktur_authority::Knobs {
                    deadlines: false,
                    ..faktur_authority::Knobs::strict()
                },
                None,
            ),
            "127.0.0.1:0",
            1,
        )
        .unwrap();
        let state = AppState::new(accounts, target.clone(), config, Some(authority.url()));
        let server = Server::start(state.clone(), "127.0.0.1:0", 2, None).unwrap();
        let fixture = Fixture {
            base: server.url(),
            state,
            tokens,
            token_ids,
            users,
            server: Some(server),
            target,
            authority,
            _dir: dir,
        };
        // B's invoices first: on PostgreSQL their ids come before A's.
        for n in 0..3 {
            let (status, _) = fixture.as_token('b', Role::Maker).post_json(
                "/api/v1/invoices",
                &draft(BUYER_B, &format!("B-SECRET-{n}"), "2025-01-15"),
            );
            assert_eq!(status, 201);
        }
        let (status, _) = fixture.as_token('a', Role::Maker).post_json(
            "/api/v1/invoices",
            &draft(BUYER_A, "A-OPEN-0", "2025-01-15"),
        );
        assert_eq!(status, 201);
        fixture
    }

    pub fn as_token(&self, company: char, role: Role) -> Http {
        Http {
            base: self.base.clone(),
            headers: vec![(
                "Authorization".into(),
                format!("Bearer {}", self.tokens[&(company, role)]),
            )],
        }
    }

    pub fn anonymous(&self) -> Http {
        Http {
            base: self.base.clone(),
            headers: vec![],
        }
    }

    /// Signs in through the API; the client carries the cookie and, when
    /// `with_csrf`, the CSRF header.
    pub fn as_session(&self, company: char, role: Role, with_csrf: bool) -> Http {
        let anonymous = self.anonymous();
        let body = serde_json::json!({"login": login(company, role), "password": PASSWORD});
        let response = anonymous.raw(
            "POST",
            "/api/v1/session",
            &[("Content-Type", "application/json")],
            Some(body.to_string().as_bytes()),
        );
        assert_eq!(response.0, 200, "{}", response.1);
        let cookie = response.2.expect("a session cookie");
        let secret = cookie.split(';').next().unwrap().to_string();
        let me: serde_json::Value = serde_json::from_str(&response.1).unwrap();
        let mut headers = vec![("Cookie".to_string(), secret)];
        if with_csrf {
            headers.push((
                "X-CSRF-Token".into(),
                me["csrf"].as_str().unwrap().to_string(),
            ));
        }
        Http {
            base: self.base.clone(),
            headers,
        }
    }
}

pub fn draft(buyer: &str, reference: &str, date: &str) -> serde_json::Value {
    serde_json::json!({
        "kind": "output", "date": date, "trx_code": "04", "reference": reference,
        "buyer": {"tin": buyer, "name": format!("Pembeli {reference}"), "address": "Bandung"},
        "lines": [{"name": "Jasa", "price": "1000000", "qty": "2", "discount": "0"}]
    })
}

/// A small HTTP client with fixed headers.
#[derive(Clone)]
pub struct Http {
    pub base: String,
    pub headers: Vec<(String, String)>,
}

impl Http {
    /// Status, body and the `Set-Cookie` header.
    pub fn raw(
        &self,
        method: &str,
        path: &str,
        extra: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> (u16, String, Option<String>) {
        let agent = ureq::AgentBuilder::new().redirects(0).build();
        let mut request = agent.request(method, &format!("{}{path}", self.base));
        for (k, v) in &self.headers {
            request = request.set(k, v);
        }
        for (k, v) in extra {
            request = request.set(k, v);
        }
        let result = match body {
            Some(bytes) => request.send_bytes(bytes),
            None => request.call(),
        };
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("{method} {path}: {e}"),
        };
        let status = response.status();
        let cookie = response.header("set-cookie").map(str::to_string);
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).unwrap();
        (status, String::from_utf8_lossy(&bytes).into_owned(), cookie)
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        let (s, b, _) = self.raw("GET", path, &[], None);
        (s, b)
    }

    pub fn post_json(&self, path: &str, body: &serde_json::Value) -> (u16, String) {
        let (s, b, _) = self.raw(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            Some(body.to_string().as_bytes()),
        );
        (s, b)
    }

    pub fn json(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> (u16, serde_json::Value) {
        let text = body.map(|b| b.to_string());
        let (s, b, _) = self.raw(
            method,
            path,
            &[("Content-Type", "application/json")],
            text.as_deref().map(str::as_bytes),
        );
        (
            s,
            serde_json::from_str(&b).unwrap_or(serde_json::Value::Null),
        )
    }
}
