//! `faktur doctor` and the web app's doctor page: every check gives OK or
//! the problem with its code and the fix. The authority is checked step by
//! step — resolve, connect, HTTP, API version, clock — so that "cannot
//! reach the server" (ETAX-40001, the desktop client's dead end) says where
//! it breaks. Fixing applies only what cannot lose data: creating or
//! re-registering the signing key and sending the outbox now.

use crate::{Client, Options, Syncer};
use faktur_core::finding::codes;
use faktur_db::{CompanyRef, DbError, Exit, Target};
use faktur_protocol::{API_VERSION, CLOCK_TOLERANCE_MS};
use faktur_store::CheckLevel;
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// One check's result.
#[derive(Debug, Clone)]
pub struct Check {
    /// What was checked.
    pub name: &'static str,
    /// What was found, or the problem.
    pub result: Result<String, Problem>,
}

/// A problem found.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Catalogue code.
    pub code: String,
    /// Specifics.
    pub detail: String,
    /// What the user can do (or what fixing did).
    pub fix: &'static str,
    /// Whether fixing mended it.
    pub fixed: bool,
}

fn problem(code: &str, detail: impl Into<String>, fix: &'static str) -> Problem {
    Problem {
        code: code.to_string(),
        detail: detail.into(),
        fix,
        fixed: false,
    }
}

/// Every check for a company (`company` is the open company, or why it
/// could not be opened), against the authority at `url`; with `fix`, what
/// can be mended without losing data is mended.
pub fn diagnose(
    target: &Target,
    company: Result<&CompanyRef, DbError>,
    url: &str,
    fix: bool,
) -> Result<Vec<Check>, DbError> {
    let mut checks = vec![configuration(target, url)];
    let cref = match company {
        Ok(cref) => {
            checks.push(database(cref));
            Some(cref)
        }
        Err(e) => {
            checks.push(Check {
                name: "database",
                result: Err(problem(
                    e.code,
                    e.detail,
                    "faktur db info; faktur db repair",
                )),
            });
            None
        }
    };
    let reachable = authority(url, &mut checks);
    if let Some(cref) = cref {
        key_and_outbox(cref, target, url, fix, reachable, &mut checks)?;
    }
    Ok(checks)
}

/// True when every check passed or was mended.
pub fn healthy(checks: &[Check]) -> bool {
    checks
        .iter()
        .all(|c| c.result.as_ref().map_or_else(|p| p.fixed, |_| true))
}

/// The checks as JSON rows (`faktur doctor --json`, the API).
pub fn checks_json(checks: &[Check]) -> serde_json::Value {
    serde_json::Value::Array(
        checks
            .iter()
            .map(|c| match &c.result {
                Ok(detail) => serde_json::json!({"check": c.name, "ok": true, "detail": detail}),
                Err(p) => serde_json::json!({
                    "check": c.name, "ok": false, "code": p.code, "detail": p.detail,
                    "fix": p.fix, "fixed": p.fixed,
                }),
            })
            .collect(),
    )
}

fn configuration(target: &Target, url: &str) -> Check {
    let root = target.data_dir.root();
    let probe = root.join(".doctor-probe");
    let writable = std::fs::create_dir_all(root)
        .and_then(|()| std::fs::write(&probe, b"ok"))
        .and_then(|()| std::fs::remove_file(&probe));
    let result = match (
        writable,
        url.starts_with("http://") || url.starts_with("https://"),
    ) {
        (Err(e), _) => Err(problem(
            "FKT-1001",
            format!("{}: {e}", root.display()),
            "--data-dir DIR / FAKTUR_HOME pointing at a writable folder",
        )),
        (Ok(()), false) => Err(problem(
            codes::USAGE,
            format!("--authority {url}"),
            "--authority http://HOST:PORT",
        )),
        (Ok(()), true) => Ok(format!("data dir {}, authority {url}", root.display())),
    };
    Check {
        name: "configuration",
        result,
    }
}

fn database(cref: &CompanyRef) -> Check {
    let store = cref.store.store();
    let result = match store.check(CheckLevel::Quick) {
        Ok(report) if report.is_healthy() => Ok(format!(
            "{:?} {} ({})",
            store.backend(),
            store.location(),
            cref.company.npwp
        )),
        Ok(report) => Err(problem(
            "FKT-1003",
            report.problems.join("; "),
            "faktur db repair",
        )),
        Err(e) => Err(problem(
            DbError::from(e).code,
            store.location(),
            "faktur db info",
        )),
    };
    Check {
        name: "database",
        result,
    }
}

/// Resolve, connect, HTTP, API version, clock. True when the authority
/// answered with our API version.
fn authority(url: &str, checks: &mut Vec<Check>) -> bool {
    let base = crate::client::normalize_base(url);
    let host_port = base
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split('/')
        .next()
        .unwrap_or("")
        .to_string();
    let host_port = if host_port.contains(':') && !host_port.ends_with(']') {
        host_port
    } else {
        format!("{host_port}:80")
    };
    const UNREACHABLE: &str = crate::plan::UNREACHABLE;
    let addresses: Vec<std::net::SocketAddr> = host_port
        .to_socket_addrs()
        .map(Iterator::collect)
        .unwrap_or_default();
    let Some(address) = addresses.first().copied() else {
        checks.push(Check {
            name: "authority: resolve",
            result: Err(problem(
                UNREACHABLE,
                format!("{host_port}: no address"),
                "check the host name in --authority / FAKTUR_AUTHORITY",
            )),
        });
        return false;
    };
    checks.push(Check {
        name: "authority: resolve",
        result: Ok(format!("{host_port} → {address}")),
    });
    if let Err(e) = TcpStream::connect_timeout(&address, Duration::from_secs(5)) {
        checks.push(Check {
            name: "authority: connect",
            result: Err(problem(
                UNREACHABLE,
                format!("{address}: {e}"),
                "start the authority (faktur authority serve) or check the network; the outbox waits",
            )),
        });
        return false;
    }
    checks.push(Check {
        name: "authority: connect",
        result: Ok(address.to_string()),
    });
    // Health is unsigned: any key will do to build the client.
    let keys = match faktur_protocol::KeyPair::generate() {
        Ok(keys) => keys,
        Err(_) => return false,
    };
    let health = match Client::new(&base, "0", keys).health() {
        Ok(health) => health,
        Err(failure) => {
            checks.push(Check {
                name: "authority: HTTP",
                result: Err(problem(
                    &failure.code,
                    failure.detail,
                    "check that --authority points at the authority's API",
                )),
            });
            return false;
        }
    };
    checks.push(Check {
        name: "authority: HTTP",
        result: Ok(format!("{base}/api/v1/health")),
    });
    if health.api_version != API_VERSION {
        checks.push(Check {
            name: "authority: API version",
            result: Err(problem(
                codes::API_VERSION,
                format!("{} (this program: {API_VERSION})", health.api_version),
                "update OpenFaktur or point at a matching authority",
            )),
        });
        return false;
    }
    checks.push(Check {
        name: "authority: API version",
        result: Ok(API_VERSION.to_string()),
    });
    let skew = faktur_store::now_ms() - health.now_ms;
    checks.push(Check {
        name: "clock",
        result: if skew.abs() > CLOCK_TOLERANCE_MS {
            Err(problem(
                "ETAX-40002",
                format!("this machine is {} s off the authority", skew / 1000),
                "set the system clock (NTP); requests are refused until then",
            ))
        } else {
            Ok(format!("{} ms off the authority", skew))
        },
    });
    if health.maintenance {
        checks.push(Check {
            name: "authority: maintenance",
            result: Err(problem(
                "ETAX-API-00001",
                "in a maintenance window",
                "nothing to do: the outbox retries after the window",
            )),
        });
    }
    true
}

fn key_and_outbox(
    cref: &CompanyRef,
    target: &Target,
    url: &str,
    fix: bool,
    reachable: bool,
    checks: &mut Vec<Check>,
) -> Result<(), DbError> {
    let path = crate::keys::key_path(target.data_dir.root(), &cref.company.npwp);
    let key_check = match crate::keys::load(&path) {
        Ok(_) => Ok(path.display().to_string()),
        Err(_) if !path.exists() => Err(problem(
            codes::KEY_FILE,
            format!("{}: missing", path.display()),
            "faktur doctor --fix (creates and registers a key)",
        )),
        Err(f) => Err(problem(
            &f.code,
            f.detail,
            "fix the file's permissions, or move it away and run faktur doctor --fix",
        )),
    };
    let key_missing = key_check.is_err() && !path.exists();
    let mut key = Check {
        name: "key",
        result: key_check,
    };
    if key_missing && fix {
        if let (Ok(_), Err(p)) = (crate::keys::create(&path), key.result.as_mut()) {
            p.fixed = true;
        }
    }
    let key_usable = key.result.as_ref().map_or_else(|p| p.fixed, |_| true);
    checks.push(key);
    if !(reachable && key_usable) {
        return Ok(());
    }
    let options = Options {
        ignore_backoff: true,
        ..Options::default()
    };
    let (keys, created) = crate::keys::load_or_create(&path).map_err(|f| {
        DbError::new(
            faktur_core::catalogue::lookup(&f.code).map_or("FKT-4005", |e| e.code),
            Exit::Environment,
            f.text(),
        )
    })?;
    let syncer = Syncer::new(cref, Client::new(url, &cref.company.npwp, keys), options);
    if created {
        let _ = syncer.register();
    }
    let mut registration = Check {
        name: "registration",
        result: match syncer.client().me() {
            Ok(me) => Ok(format!("{} {} ({})", me.npwp, me.name, me.status)),
            Err(f) => Err(problem(
                &f.code,
                f.detail,
                "faktur doctor --fix (registers the key)",
            )),
        },
    };
    if let Err(p) = registration.result.as_mut() {
        if fix && matches!(p.code.as_str(), "ETAXSERVICE-40002" | "ETAX-40004") {
            p.fixed = syncer.register().is_ok();
        }
    }
    checks.push(registration);
    let summary = cref
        .store
        .store()
        .outbox_summary(cref.company.id)
        .map_err(DbError::from)?;
    let state = crate::status::status(cref.store.store(), cref.company.id)?;
    let age_hours = summary
        .oldest_pending_at
        .map_or(0, |t| (faktur_store::now_ms() - t) / 3_600_000);
    let waiting = summary.retrying > 0 || state.sync.failing_since.is_some();
    let mut outbox = Check {
        name: "outbox",
        result: if waiting {
            let error = state
                .sync
                .last_error
                .or(summary.last_error.clone())
                .unwrap_or_default();
            let code = error.split(':').next().unwrap_or("FKT-4005").to_string();
            Err(problem(
                &code,
                format!("{} pending, oldest {age_hours} h; {error}", summary.pending),
                "faktur doctor --fix (sends the outbox now)",
            ))
        } else {
            Ok(format!(
                "{} pending (oldest {age_hours} h), {} done, {} refused",
                summary.pending, summary.done, summary.failed
            ))
        },
    };
    if let Err(p) = outbox.result.as_mut() {
        if fix {
            let report = syncer.round()?;
            p.fixed = report.failure.is_none();
        }
    }
    checks.push(outbox);
    Ok(())
}
