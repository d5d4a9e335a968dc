//! `faktur serve`: the web app and REST API until Ctrl-C (or SIGTERM).

use super::{say, target};
use crate::cli::{Global, ServeArgs};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use faktur_authority::{store::AuthorityDb, Authority, Knobs};
use faktur_web::{AppState, Config, Limits, Server};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

fn environment(detail: impl std::fmt::Display) -> CliError {
    CliError::new("FKT-4004", EXIT_ENVIRONMENT, detail.to_string())
}

pub fn run(args: &ServeArgs, global: &Global) -> Result<ExitCode, CliError> {
    let lang = global.lang();
    let mut target = target(global)?;
    // The server serves every company it finds; `--company` does not apply.
    target.company = None;
    std::fs::create_dir_all(target.data_dir.root()).map_err(environment)?;
    let accounts_url = match (&args.accounts, &global.database) {
        (Some(url), _) => url.clone(),
        (None, Some(url)) if url.starts_with("postgres") => url.clone(),
        _ => format!(
            "sqlite:{}",
            target.data_dir.root().join("web.sqlite").display()
        ),
    };
    let accounts = faktur_web::Accounts::open(Some(&accounts_url))
        .map_err(|e| CliError::new("FKT-1001", EXIT_ENVIRONMENT, e.to_string()))?;
    // The embedded sandbox lives as long as the server.
    let (sandbox, authority) = match args.authority.as_str() {
        "none" => (None, None),
        "embedded" => {
            let path = target.data_dir.root().join("authority.sqlite");
            let db = AuthorityDb::open(Some(&path))
                .map_err(|e| CliError::new("FKT-1001", EXIT_ENVIRONMENT, e.to_string()))?;
            // The embedded authority keeps the node's date: a demo or test
            // clock (`FAKTUR_TODAY`) holds on both sides.
            let knobs = Knobs {
                today: std::env::var("FAKTUR_TODAY").ok().filter(|t| !t.is_empty()),
                ..Knobs::strict()
            };
            let running =
                faktur_authority::Running::start(Authority::new(db, knobs, None), "127.0.0.1:0", 1)
                    .map_err(environment)?;
            let url = running.url();
            (Some(running), Some(url))
        }
        url if url.starts_with("http://") || url.starts_with("https://") => {
            (None, Some(url.to_string()))
        }
        other => {
            return Err(CliError::new(
                "FKT-6002",
                EXIT_USAGE,
                format!("--authority {other}: embedded, none or http(s)://…"),
            ))
        }
    };
    let seeded = faktur_web::demo::seed(&target, &accounts, !args.no_demo)?;
    let loopback = args
        .listen
        .parse::<SocketAddr>()
        .map(|a| a.ip().is_loopback())
        .unwrap_or(args.listen.starts_with("localhost"));
    let config = Config {
        limits: Limits {
            upload_bytes: args.upload_limit_mb.max(1) * 1024 * 1024,
            request_timeout: Duration::from_secs(args.request_timeout.max(1)),
        },
        secure_cookies: !loopback && !args.insecure_cookies,
    };
    let state = AppState::new(accounts, target.clone(), config, authority.clone());
    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let sync_every = (args.sync_every > 0).then(|| Duration::from_secs(args.sync_every));
    let server = Server::start(state, &args.listen, workers, sync_every)
        .map_err(|e| environment(format!("{}: {e}", args.listen)))?;
    if let Some(npwp) = &seeded.company {
        eprintln!(
            "{} {npwp}",
            say(lang, "Perusahaan demo dibuat:", "Demo company created:")
        );
    }
    if let Some((login, password)) = &seeded.admin {
        // Printed once, on the terminal that started the server: it is
        // stored only as an argon2 hash.
        eprintln!(
            "{} {login} / {password}",
            say(
                lang,
                "Admin (kata sandi hanya ditampilkan sekali):",
                "Admin (password shown only once):"
            )
        );
    }
    if let Some(url) = &authority {
        eprintln!(
            "{} {url}",
            say(lang, "Otoritas (sandbox):", "Authority (sandbox):")
        );
    }
    println!("OpenFaktur: {}", server.url());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(environment)?;
    runtime.block_on(shutdown_signal());
    eprintln!("{}", say(lang, "Berhenti…", "Stopping…"));
    server.stop();
    drop(sandbox);
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    #[cfg(unix)]
    if let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
    {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term.recv() => {},
        }
        return;
    }
    let _ = tokio::signal::ctrl_c().await;
}
