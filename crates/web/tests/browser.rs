//! The web app in headless Chromium (Debian's chromium and chromedriver,
//! installed by `scripts/test` when missing), driven over WebDriver:
//! sign in; create an invoice and watch the totals follow the typing; import
//! a file and see the error at its row; build, post and file the SPT. Screenshots
//! go to `target/tmp/browser/` as test artifacts.

mod support;

use faktur_web::Role;
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::{Books, Fixture, PASSWORD};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// chromedriver on a free loopback port, ended (by its own pid) on drop.
struct Driver {
    child: Child,
    base: String,
    session: String,
    _profile: tempfile::TempDir,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn call(method: &str, url: &str, body: Option<Value>) -> Value {
    let request = ureq::request(method, url).timeout(Duration::from_secs(60));
    let result = match body {
        Some(body) => request.send_json(body),
        None => request.call(),
    };
    let response = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{method} {url}: {e}"),
    };
    response.into_json().unwrap_or(Value::Null)
}

fn binary(names: &[&str]) -> String {
    names
        .iter()
        .find(|n| std::path::Path::new(n).exists())
        .map(|n| n.to_string())
        .unwrap_or_else(|| {
            panic!(
                "{} is missing: `bash scripts/test` installs Debian's chromium and chromium-driver",
                names[0]
            )
        })
}

impl Driver {
    fn start() -> Self {
        let chromedriver = binary(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]);
        let chromium = binary(&["/usr/bin/chromium", "/usr/lib/chromium/chromium"]);
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while ureq::get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--window-size=1200,1000".into(),
            "--lang=id".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let answer = call(
            "POST",
            &format!("{base}/session"),
            Some(json!({"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {"binary": chromium, "args": args}
            }}})),
        );
        let session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no WebDriver session: {answer}"))
            .to_string();
        Driver {
            child,
            base,
            session,
            _profile: profile,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{path}", self.base, self.session)
    }

    fn go(&self, url: &str) {
        call("POST", &self.url("/url"), Some(json!({ "url": url })));
    }

    fn current(&self) -> String {
        call("GET", &self.url("/url"), None)["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn find(&self, css: &str) -> Option<String> {
        let answer = call(
            "POST",
            &self.url("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        answer["value"][ELEMENT].as_str().map(str::to_string)
    }

    /// Waits (up to 15 s) for an element.
    fn wait_for(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(id) = self.find(css) {
                return id;
            }
            assert!(
                Instant::now() < deadline,
                "{css} never appeared on {}",
                self.current()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn text(&self, css: &str) -> String {
        let id = self.wait_for(css);
        call("GET", &self.url(&format!("/element/{id}/text")), None)["value"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// Waits (up to 15 s) until the element's text satisfies `check`.
    fn wait_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = self.text(css);
            if check(&text) {
                return text;
            }
            assert!(Instant::now() < deadline, "{css} stayed {text:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.wait_for(css);
        call(
            "POST",
            &self.url(&format!("/element/{id}/clear")),
            Some(json!({})),
        );
        call(
            "POST",
            &self.url(&format!("/element/{id}/value")),
            Some(json!({ "text": text })),
        );
    }

    fn click(&self, css: &str) {
        let id = self.wait_for(css);
        call(
            "POST",
            &self.url(&format!("/element/{id}/click")),
            Some(json!({})),
        );
    }

    /// Runs a script in the page; its value.
    fn script(&self, script: &str) -> Value {
        call(
            "POST",
            &self.url("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        )["value"]
            .clone()
    }

    /// Sets the window's size.
    fn resize(&self, width: u32, height: u32) {
        call(
            "POST",
            &self.url("/window/rect"),
            Some(json!({"width": width, "height": height})),
        );
    }

    /// Fields without a label (by `for`, by nesting or `aria-label`), and
    /// images without alternative text, on the current page.
    fn unlabelled(&self) -> Vec<String> {
        let script = "return Array.from(document.querySelectorAll(\
            'input:not([type=hidden]), select, textarea, img')).filter(function (e) {\
              if (e.tagName === 'IMG') { return !e.hasAttribute('alt'); }\
              return !(e.labels && e.labels.length) && !e.getAttribute('aria-label');\
            }).map(function (e) { return e.outerHTML; });";
        let answer = call(
            "POST",
            &self.url("/execute/sync"),
            Some(json!({"script": script, "args": []})),
        );
        answer["value"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The page's language attribute and main landmark are there, and
    /// every field is labelled.
    fn assert_accessible(&self) {
        assert!(
            self.find("html[lang]").is_some(),
            "{}: no lang",
            self.current()
        );
        assert!(
            self.find("main#main").is_some(),
            "{}: no main landmark",
            self.current()
        );
        let unlabelled = self.unlabelled();
        assert!(
            unlabelled.is_empty(),
            "{}: unlabelled {unlabelled:?}",
            self.current()
        );
    }

    fn screenshot(&self, name: &str) {
        use base64::Engine;
        let answer = call("GET", &self.url("/screenshot"), None);
        let png = base64::engine::general_purpose::STANDARD
            .decode(answer["value"].as_str().unwrap_or(""))
            .expect("a PNG");
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = ureq::delete(&self.url("")).call();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sign_in(driver: &Driver, base: &str) {
    driver.go(&format!("{base}/login"));
    driver.type_into("#login", "alpha.admin");
    driver.type_into("#password", PASSWORD);
    driver.click("#sign-in");
    driver.wait_for("#outputs");
}

#[test]
fn a_user_signs_in_creates_an_invoice_imports_a_file_and_posts_the_spt() {
    let fx = Fixture::start(Books::Sqlite);
    let _ = Role::Admin;
    let driver = Driver::start();

    // A wrong password is refused on the page, with its code.
    driver.go(&format!("{}/login", fx.base));
    driver.type_into("#login", "alpha.admin");
    driver.type_into("#password", "not the password");
    driver.click("#sign-in");
    assert!(driver.text("#login-error").contains("FKT-7003"));
    driver.assert_accessible();
    sign_in(&driver, &fx.base);
    assert!(driver.current().ends_with('/'), "{}", driver.current());
    driver.assert_accessible();
    driver.screenshot("1-dashboard");

    // The totals follow the typing (the date defaults to today: Coretax era).
    driver.go(&format!("{}/invoices/new", fx.base));
    driver.type_into("#buyer_tin", support::BUYER_A);
    driver.type_into("#buyer_name", "PT Pembeli Peramban");
    driver.type_into("#reference", "WEB/1");
    driver.type_into("#line_name", "Jasa desain");
    driver.type_into("#line_price", "1000000");
    driver.wait_text("#live-ppn", |t| t == "110000.00");
    driver.type_into("#line_qty", "2");
    driver.wait_text("#live-ppn", |t| t == "220000.00");
    assert_eq!(driver.text("#live-dpp"), "2000000.00");
    assert_eq!(driver.text("#live-dpp-other"), "1833333.33");
    driver.assert_accessible();
    driver.screenshot("2-live-totals");
    driver.click("#save");
    driver.wait_text("#total-ppn", |t| t == "220000.00");
    assert!(
        driver.current().contains("/invoices/"),
        "{}",
        driver.current()
    );

    // The draft is edited from its page: the form starts from it.
    driver.click("#edit");
    driver.wait_text("#live-ppn", |t| t == "220000.00");
    driver.type_into("#line_qty", "3");
    driver.wait_text("#live-ppn", |t| t == "330000.00");
    driver.click("#save");
    driver.wait_text("#total-ppn", |t| t == "330000.00");

    // The import's error is shown at its row.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("faktur.csv");
    std::fs::write(&file, api_csv::two_invoices("12345")).unwrap();
    driver.go(&format!("{}/import", fx.base));
    driver.type_into("#file", &file.display().to_string());
    driver.click("#import-submit");
    driver.wait_for("#import-problems");
    let row = driver.text("#import-problems tbody tr");
    assert!(row.starts_with("6 8"), "line 6, column 8: {row}");
    assert!(driver.text("#import-summary").contains('0'));
    assert!(driver.find("#report-download").is_some());
    driver.assert_accessible();
    driver.screenshot("3-import-report");

    // The database check from the administration page.
    driver.go(&format!("{}/admin", fx.base));
    driver.click("#db-check");
    assert!(
        driver.text("div.ok").contains("invoices"),
        "a healthy database"
    );

    // A phone's width: one column, nothing wider than the screen.
    driver.resize(390, 844);
    driver.go(&format!("{}/", fx.base));
    driver.wait_for("#outputs");
    let overflow =
        driver.script("return document.documentElement.scrollWidth > window.innerWidth;");
    assert_eq!(overflow, json!(false), "the dashboard fits a phone");
    driver.screenshot("5-phone-dashboard");
    driver.resize(1200, 1000);

    // The other pages meet the same bar.
    for page in [
        "/invoices",
        "/inputs",
        "/export",
        "/admin",
        "/explain/ETAX-10002",
    ] {
        driver.go(&format!("{}{page}", fx.base));
        driver.wait_for("main#main");
        driver.assert_accessible();
    }

    // The SPT of the invoice's masa, built then posted.
    let masa = faktur_db::today()
        .map(|d| format!("{:04}-{:02}", d.year(), u8::from(d.month())))
        .unwrap();
    driver.go(&format!("{}/spt?masa={masa}", fx.base));
    driver.wait_for("#spt-lines");
    assert_eq!(driver.text("#spt-status"), "draft");
    driver.click("#spt-post");
    driver.wait_text("#spt-status", |t| t == "posted");
    driver.assert_accessible();
    driver.screenshot("4-spt-posted");
    // Nothing owed (the invoice is still a draft): filed at once.
    assert!(driver.find("#spt-pay").is_none());
    driver.click("#spt-file");
    driver.wait_text("#spt-status", |t| t == "filed");
    assert!(driver.find("#spt-amend").is_some());
}

/// The import test's CSV, shared with the API tests.
mod api_csv {
    include!("support/efaktur_csv.rs");
}
