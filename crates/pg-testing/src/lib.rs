//! A throwaway PostgreSQL server for tests and benchmarks: `initdb` into a
//! temporary directory, trust authentication on 127.0.0.1 only, a free
//! loopback port, and `pg_ctl stop` when dropped.
//!
//! PostgreSQL refuses to run as root, so as root the server runs as the
//! `postgres` system user (`runuser -u postgres --`). If the binaries are
//! missing the server does not start and the caller is told how to install
//! them: tests that need it fail, they never skip.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A running PostgreSQL server.
#[derive(Debug)]
pub struct PgServer {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

fn find_bindir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("FAKTUR_PG_BINDIR") {
        return Some(PathBuf::from(dir));
    }
    if let Ok(output) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
        if dir.join("initdb").exists() {
            return Some(dir);
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    versions.sort();
    versions.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(54329)
}

impl PgServer {
    /// Starts a server with `fsync` off (tests; the process under test is
    /// what gets killed, never the server's disk).
    pub fn start() -> Result<Self, String> {
        Self::start_with(&[
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ])
    }

    /// Starts a server with default durability settings (benchmarks).
    pub fn start_durable() -> Result<Self, String> {
        Self::start_with(&[])
    }

    fn start_with(settings: &[&str]) -> Result<Self, String> {
        let bin = find_bindir().ok_or(
            "PostgreSQL binaries not found (initdb): install the Debian package `postgresql` or set FAKTUR_PG_BINDIR",
        )?;
        let dir = tempfile::Builder::new()
            .prefix("faktur-pg-")
            .tempdir()
            .map_err(|e| e.to_string())?;
        let as_postgres = is_root();
        if as_postgres {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(dir.path())
                .status();
            if !status.is_ok_and(|s| s.success()) {
                return Err("cannot hand the temporary directory to the postgres user".into());
            }
        }
        let server = PgServer {
            dir,
            bin,
            port: free_port(),
            as_postgres,
        };
        let data = server.data_dir();
        server.run(
            "initdb",
            &[
                "-D",
                path(&data),
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ],
        )?;
        let mut conf = format!(
            "listen_addresses = '127.0.0.1'\nport = {}\nunix_socket_directories = '{}'\nmax_connections = 50\n",
            server.port,
            server.dir.path().display()
        );
        for pair in settings.chunks(2) {
            if let [_, setting] = pair {
                conf.push_str(setting);
                conf.push('\n');
            }
        }
        let conf_path = data.join("postgresql.auto.conf");
        let existing = std::fs::read_to_string(&conf_path).unwrap_or_default();
        std::fs::write(&conf_path, existing + &conf).map_err(|e| e.to_string())?;
        server.start_again()?;
        server.watch_parent();
        Ok(server)
    }

    /// A server kept in a `static` is never dropped, so a small watchdog
    /// stops it and removes its directory once this process has exited.
    fn watch_parent(&self) {
        let pg_ctl = self.bin.join("pg_ctl");
        let prefix = if self.as_postgres {
            "runuser -u postgres -- "
        } else {
            ""
        };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {prefix}'{ctl}' -D '{data}' -m immediate -w stop; rm -rf '{dir}'",
            pid = std::process::id(),
            ctl = pg_ctl.display(),
            data = self.data_dir().display(),
            dir = self.dir.path().display(),
        );
        let _ = Command::new("sh")
            .arg("-c")
            .arg(script)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn run(&self, program: &str, args: &[&str]) -> Result<(), String> {
        let exe = self.bin.join(program);
        let mut command = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        let output = command
            .args(args)
            .output()
            .map_err(|e| format!("{}: {e}", exe.display()))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{program} failed: {}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    }

    /// Starts the server (again, after `stop`), on the same port.
    pub fn start_again(&self) -> Result<(), String> {
        let data = self.data_dir();
        let log = self.dir.path().join("server.log");
        self.run(
            "pg_ctl",
            &[
                "-D",
                path(&data),
                "-l",
                path(&log),
                "-w",
                "-t",
                "60",
                "start",
            ],
        )
    }

    /// Stops the server (fast shutdown: running transactions are aborted).
    pub fn stop(&self) -> Result<(), String> {
        self.run(
            "pg_ctl",
            &[
                "-D",
                path(&self.data_dir()),
                "-w",
                "-t",
                "60",
                "-m",
                "fast",
                "stop",
            ],
        )
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A URL for database `db`.
    pub fn url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }

    /// Creates a fresh database and returns its URL.
    pub fn fresh_database(&self) -> Result<String, String> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "faktur_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut client = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .map_err(|e| e.to_string())?;
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .map_err(|e| e.to_string())?;
        Ok(self.url(&name))
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let _ = self.run(
            "pg_ctl",
            &[
                "-D",
                path(&self.data_dir()),
                "-w",
                "-t",
                "30",
                "-m",
                "immediate",
                "stop",
            ],
        );
    }
}
