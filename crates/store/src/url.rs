//! Database URLs: `sqlite:PATH` or `postgres://…`.

use std::fmt;
use std::path::PathBuf;

/// The two backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Backend {
    /// Embedded SQLite, one file per company.
    Sqlite,
    /// PostgreSQL, many companies in one database.
    Postgres,
}

impl Backend {
    /// `sqlite` or `postgres`.
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A parsed database URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite:PATH` (also `sqlite://PATH`).
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…`, kept whole for the driver.
    Postgres(String),
}

impl DatabaseUrl {
    /// Parses a URL; anything else is refused with the accepted forms.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(rest) = text
            .strip_prefix("sqlite://")
            .or_else(|| text.strip_prefix("sqlite:"))
        {
            if rest.is_empty() {
                return Err("sqlite: needs a file path, e.g. sqlite:/data/company.sqlite".into());
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(rest)));
        }
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(text.to_string()));
        }
        Err(format!(
            "{:?} is not a database URL: use sqlite:PATH or postgres://USER@HOST:PORT/DB",
            redact(text)
        ))
    }

    /// The backend.
    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Hides the password of a URL (`postgres://user:***@host/db`), whether it
/// is in the authority (up to its last `@`) or a `password=` parameter.
pub fn redact(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(scheme_end) = url.find("://") {
        let rest = &url[scheme_end + 3..];
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if let Some(at) = authority.rfind('@') {
            let credentials = &authority[..at];
            if let Some(colon) = credentials.find(':') {
                out = format!(
                    "{}{}:***{}",
                    &url[..scheme_end + 3],
                    &credentials[..colon],
                    &rest[at..]
                );
            }
        }
    }
    if let Some(start) = out.find("password=") {
        let value_start = start + "password=".len();
        let value_end = out[value_start..]
            .find('&')
            .map_or(out.len(), |e| value_start + e);
        out.replace_range(value_start..value_end, "***");
    }
    out
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite:{}", path.display()),
            DatabaseUrl::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms_and_redacts_passwords() {
        assert_eq!(
            DatabaseUrl::parse("sqlite:/tmp/a.sqlite").unwrap(),
            DatabaseUrl::Sqlite("/tmp/a.sqlite".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/a").unwrap(),
            DatabaseUrl::Sqlite("/tmp/a".into())
        );
        let pg = DatabaseUrl::parse("postgres://app:s3cret@127.0.0.1:5432/faktur").unwrap();
        assert_eq!(pg.backend(), Backend::Postgres);
        assert_eq!(pg.to_string(), "postgres://app:***@127.0.0.1:5432/faktur");
        assert!(!format!("{pg:?}").contains("s3cret"));
        assert!(DatabaseUrl::parse("mysql://x").is_err());
        assert!(DatabaseUrl::parse("sqlite:").is_err());
        assert_eq!(redact("postgres://app@h/db"), "postgres://app@h/db");
        assert_eq!(redact("postgres://u:p@ss@h/db"), "postgres://u:***@h/db");
        assert_eq!(
            redact("postgres://u@h/db?password=secret&sslmode=require"),
            "postgres://u@h/db?password=***&sslmode=require"
        );
    }
}
