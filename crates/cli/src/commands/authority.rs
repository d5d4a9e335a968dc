//! `faktur authority serve`: the tax-authority sandbox on its own.

use crate::cli::{AuthorityServeArgs, Global};
use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use faktur_authority::{store::AuthorityDb, Authority, Knobs};
use std::process::ExitCode;

pub fn serve(args: &AuthorityServeArgs, global: &Global) -> Result<ExitCode, CliError> {
    let usage = |detail: String| CliError::new("FKT-6002", EXIT_USAGE, detail);
    let environment = |detail: String| CliError::new("FKT-4004", EXIT_ENVIRONMENT, detail);
    let knobs = Knobs {
        latency_ms: args.latency_ms,
        error_rate_permille: args.error_rate,
        maintenance: args.maintenance.clone(),
        today: args.today.clone(),
        deadlines: !args.no_deadlines,
    };
    knobs.check().map_err(usage)?;
    let open_failed = |location: &str, e: faktur_authority::DbError| {
        CliError::new("FKT-1001", EXIT_ENVIRONMENT, format!("{location}: {e}"))
    };
    let db = match global.database.as_deref() {
        Some(url) => {
            let scheme = url.split(':').next().unwrap_or("");
            if !matches!(scheme, "sqlite" | "postgres" | "postgresql") {
                return Err(usage(format!(
                    "the sandbox keeps its books in sqlite:PATH or postgres://…, not {scheme}"
                )));
            }
            AuthorityDb::open_url(url).map_err(|e| open_failed(scheme, e))?
        }
        None => {
            let dir = match &global.data_dir {
                Some(dir) => faktur_db::DataDir::new(dir),
                None => faktur_db::DataDir::default_location(),
            };
            std::fs::create_dir_all(dir.root()).map_err(|e| environment(e.to_string()))?;
            let path = dir.root().join("authority.sqlite");
            AuthorityDb::open(Some(&path))
                .map_err(|e| open_failed(&path.display().to_string(), e))?
        }
    };
    let location = db.location();
    let authority = Authority::new(db, knobs, args.admin_token.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| environment(e.to_string()))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.listen)
            .await
            .map_err(|e| environment(format!("{}: {e}", args.listen)))?;
        let address = listener
            .local_addr()
            .map_err(|e| environment(e.to_string()))?;
        if !global.quiet {
            println!("Authority sandbox: http://{address}/api/v1 (books: {location})");
        }
        faktur_authority::serve(listener, authority, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| environment(e.to_string()))
    })?;
    Ok(ExitCode::SUCCESS)
}
