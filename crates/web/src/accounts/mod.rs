//! Who may do what: users (argon2id password hashes), their role in each
//! company, browser sessions, API tokens and sign-in throttling, kept in
//! books of their own (`faktur-sql`: SQLite under the data dir, or the
//! PostgreSQL database the companies share, so several server processes
//! agree on them).
//!
//! Secrets never rest in the books: a session cookie and an API token are
//! 32 random bytes shown once, stored as their SHA-256 (they are too long to
//! guess, so a slow hash would only cost time on every request).

mod cache;
mod password;
mod role;

use faktur_sql::{args, Database, DbError, DbResult, Row, Schema};
use sha2::{Digest, Sha256};

pub use role::Role;

const SCHEMA: Schema = Schema {
    sqlite: include_str!("schema.sqlite.sql"),
    postgres: include_str!("schema.postgres.sql"),
    writers: 0x4641_4B54_5552_0002,
};

/// How long a browser session lives.
pub const SESSION_MS: i64 = 12 * 60 * 60 * 1000;
/// Failed sign-ins of one user name allowed within [`THROTTLE_WINDOW_MS`].
pub const THROTTLE_FAILURES: i64 = 5;
/// The window of the throttle.
pub const THROTTLE_WINDOW_MS: i64 = 15 * 60 * 1000;
/// The shortest password accepted.
pub const MIN_PASSWORD: usize = 10;

/// A user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Id.
    pub id: i64,
    /// The sign-in name.
    pub login: String,
    /// Display name.
    pub name: String,
    /// May create companies and see every user (the server's operator).
    pub server_admin: bool,
}

/// How a request proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// A browser session, with its CSRF token.
    Session {
        /// The token forms and scripts must echo.
        csrf: String,
    },
    /// An API token.
    Token {
        /// Its id.
        id: i64,
    },
}

/// A caller: a user acting in one company with one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// The user.
    pub user: User,
    /// The company (NPWP16); `None` for a session that has not chosen one.
    pub company: Option<String>,
    /// The role in that company (a token's is at most its creator's).
    pub role: Option<Role>,
    /// Session or token.
    pub via: Via,
}

/// Why a sign-in failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong user name or password.
    Wrong,
    /// Too many failures lately.
    Throttled,
    /// The books failed.
    Db(DbError),
}

impl From<DbError> for Refusal {
    fn from(e: DbError) -> Self {
        Refusal::Db(e)
    }
}

/// Invalid account data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// A field and what is wrong with it.
    Field(&'static str, String),
    /// The books failed.
    Db(DbError),
}

impl From<DbError> for Invalid {
    fn from(e: DbError) -> Self {
        Invalid::Db(e)
    }
}

/// An API token as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TokenInfo {
    /// Id.
    pub id: i64,
    /// What it is for.
    pub name: String,
    /// Who made it.
    pub user: String,
    /// Its role.
    pub role: Role,
    /// When made (Unix ms).
    pub created_ms: i64,
    /// When revoked.
    pub revoked_ms: Option<i64>,
}

/// A member of a company as listed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Member {
    /// User id.
    pub id: i64,
    /// Sign-in name.
    pub login: String,
    /// Display name.
    pub name: String,
    /// Role in the company.
    pub role: Role,
}

/// The accounts' books.
#[derive(Debug)]
pub struct Accounts {
    db: Database,
    cache: cache::GrantCache,
}

/// 32 random bytes as hex.
pub fn new_secret() -> DbResult<String> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| DbError::new(e.to_string()))?;
    Ok(hex(&bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 under which a secret is kept.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn user_of(row: &Row, first: usize) -> DbResult<User> {
    Ok(User {
        id: row.int(first)?,
        login: row.text(first + 1)?,
        name: row.text(first + 2)?,
        server_admin: row.int(first + 3)? != 0,
    })
}

const USER_COLUMNS: &str = "u.id, u.login, u.name, u.server_admin";

fn valid_login(login: &str) -> bool {
    (3..=64).contains(&login.len())
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
}

impl Accounts {
    /// Opens (creating) the books: `sqlite:PATH`, `postgres://…`, or
    /// memory (`None`, for tests).
    pub fn open(url: Option<&str>) -> DbResult<Self> {
        let db = match url {
            None => Database::sqlite(None, &SCHEMA)?,
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Database::postgres(url, &SCHEMA)?
            }
            Some(url) => {
                let path = url.strip_prefix("sqlite:").unwrap_or(url);
                Database::sqlite(Some(std::path::Path::new(path)), &SCHEMA)?
            }
        };
        Ok(Accounts {
            db,
            cache: cache::GrantCache::default(),
        })
    }

    /// Where the books are (no password).
    pub fn location(&self) -> String {
        self.db.location()
    }

    /// How many users there are.
    pub fn user_count(&self) -> DbResult<i64> {
        self.db.read(|tx| {
            tx.first("SELECT COUNT(*) FROM web_users", &[])?
                .map_or(Ok(0), |r| r.int(0))
        })
    }

    /// Creates a user; the password is hashed here.
    pub fn create_user(
        &self,
        login: &str,
        name: &str,
        password: &str,
        server_admin: bool,
        now_ms: i64,
    ) -> Result<User, Invalid> {
        let login = login.trim().to_lowercase();
        if !valid_login(&login) {
            return Err(Invalid::Field(
                "login",
                "3–64 letters, digits or . _ - @".into(),
            ));
        }
        if password.chars().count() < MIN_PASSWORD {
            return Err(Invalid::Field(
                "password",
                format!("at least {MIN_PASSWORD} characters"),
            ));
        }
        let name = if name.trim().is_empty() {
            login.clone()
        } else {
            name.trim().to_string()
        };
        let hash = password::hash(password)?;
        let admin = i64::from(server_admin);
        let id = self.db.write(|tx| {
            if tx
                .first("SELECT 1 FROM web_users WHERE login = ?1", args![&login])?
                .is_some()
            {
                return Ok(None);
            }
            tx.execute(
                "INSERT INTO web_users (login, name, password, server_admin, created_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                args![&login, &name, &hash, admin, now_ms],
            )?;
            tx.first("SELECT id FROM web_users WHERE login = ?1", args![&login])?
                .map(|r| r.int(0))
                .transpose()
        })?;
        let id = id.ok_or_else(|| Invalid::Field("login", format!("{login} is taken")))?;
        Ok(User {
            id,
            login,
            name,
            server_admin,
        })
    }

    /// Sets a user's password.
    pub fn set_password(&self, user_id: i64, password: &str) -> Result<(), Invalid> {
        self.cache.clear();
        if password.chars().count() < MIN_PASSWORD {
            return Err(Invalid::Field(
                "password",
                format!("at least {MIN_PASSWORD} characters"),
            ));
        }
        let hash = password::hash(password)?;
        self.db.write(|tx| {
            tx.execute(
                "UPDATE web_users SET password = ?1 WHERE id = ?2",
                args![&hash, user_id],
            )?;
            // A new password ends every session of the user.
            tx.execute(
                "DELETE FROM web_sessions WHERE user_id = ?1",
                args![user_id],
            )
        })?;
        Ok(())
    }

    /// A user by sign-in name.
    pub fn user_by_login(&self, login: &str) -> DbResult<Option<User>> {
        let login = login.trim().to_lowercase();
        self.db.read(|tx| {
            tx.first(
                &format!("SELECT {USER_COLUMNS} FROM web_users u WHERE u.login = ?1"),
                args![&login],
            )?
            .map(|r| user_of(&r, 0))
            .transpose()
        })
    }

    /// Gives `user_id` a role in `company` (replacing the one it had).
    pub fn grant(&self, user_id: i64, company: &str, role: Role) -> DbResult<()> {
        self.cache.clear();
        self.db.write(|tx| {
            tx.execute(
                "INSERT INTO web_roles (user_id, company, role) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user_id, company) DO UPDATE SET role = excluded.role",
                args![user_id, company, role.as_str()],
            )
            .map(|_| ())
        })
    }

    /// Takes a user's role in `company` away (its tokens there stop
    /// working: a token's role is at most its creator's). False when it
    /// had none.
    pub fn revoke(&self, user_id: i64, company: &str) -> DbResult<bool> {
        self.cache.clear();
        self.db.write(|tx| {
            let n = tx.execute(
                "DELETE FROM web_roles WHERE user_id = ?1 AND company = ?2",
                args![user_id, company],
            )?;
            Ok(n > 0)
        })
    }

    /// The companies a user has a role in.
    pub fn roles_of(&self, user_id: i64) -> DbResult<Vec<(String, Role)>> {
        self.db.read(|tx| {
            tx.query(
                "SELECT company, role FROM web_roles WHERE user_id = ?1 ORDER BY company",
                args![user_id],
            )?
            .iter()
            .map(|r| Ok((r.text(0)?, Role::stored(&r.text(1)?)?)))
            .collect()
        })
    }

    /// The members of a company.
    pub fn members(&self, company: &str) -> DbResult<Vec<Member>> {
        self.db.read(|tx| {
            tx.query(
                "SELECT u.id, u.login, u.name, r.role FROM web_roles r
                 JOIN web_users u ON u.id = r.user_id WHERE r.company = ?1 ORDER BY u.login",
                args![company],
            )?
            .iter()
            .map(|r| {
                Ok(Member {
                    id: r.int(0)?,
                    login: r.text(1)?,
                    name: r.text(2)?,
                    role: Role::stored(&r.text(3)?)?,
                })
            })
            .collect()
        })
    }

    /// Checks a sign-in. Throttled after [`THROTTLE_FAILURES`] failures of
    /// the name within [`THROTTLE_WINDOW_MS`], whatever the password; an
    /// unknown name costs the same hashing time as a known one.
    pub fn sign_in(&self, login: &str, password: &str, now_ms: i64) -> Result<User, Refusal> {
        let login = login.trim().to_lowercase();
        let since = now_ms - THROTTLE_WINDOW_MS;
        let (failures, found) = self.db.read(|tx| {
            let failures = tx
                .first(
                    "SELECT COUNT(*) FROM web_login_failures WHERE login = ?1 AND at_ms > ?2",
                    args![&login, since],
                )?
                .map_or(Ok(0), |r| r.int(0))?;
            let found = tx
                .first(
                    &format!(
                        "SELECT {USER_COLUMNS}, u.password FROM web_users u WHERE u.login = ?1"
                    ),
                    args![&login],
                )?
                .map(|r| Ok::<_, DbError>((user_of(&r, 0)?, r.text(4)?)))
                .transpose()?;
            Ok((failures, found))
        })?;
        if failures >= THROTTLE_FAILURES {
            return Err(Refusal::Throttled);
        }
        let good = match &found {
            Some((_, hash)) => password::verify(password, hash),
            None => {
                password::waste_time(password);
                false
            }
        };
        match (good, found) {
            (true, Some((user, _))) => {
                self.db.write(|tx| {
                    tx.execute(
                        "DELETE FROM web_login_failures WHERE login = ?1 OR at_ms < ?2",
                        args![&login, since],
                    )
                })?;
                Ok(user)
            }
            _ => {
                self.db.write(|tx| {
                    tx.execute(
                        "INSERT INTO web_login_failures (login, at_ms) VALUES (?1, ?2)",
                        args![&login, now_ms],
                    )
                })?;
                Err(Refusal::Wrong)
            }
        }
    }

    /// Starts a session; its cookie secret and CSRF token.
    pub fn start_session(
        &self,
        user_id: i64,
        company: Option<&str>,
        now_ms: i64,
    ) -> DbResult<(String, String)> {
        let (secret, csrf) = (new_secret()?, new_secret()?);
        let hash = digest(&secret);
        self.db.write(|tx| {
            tx.execute(
                "DELETE FROM web_sessions WHERE expires_ms < ?1",
                args![now_ms],
            )?;
            tx.execute(
                "INSERT INTO web_sessions (secret_hash, user_id, company, csrf, expires_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                args![&hash, user_id, company, &csrf, now_ms + SESSION_MS],
            )
        })?;
        Ok((secret, csrf))
    }

    /// The grant of a live session.
    pub fn session(&self, secret: &str, now_ms: i64) -> DbResult<Option<Grant>> {
        let hash = digest(secret);
        let key = format!("s:{hash}");
        if let Some(grant) = self.cache.get(&key, now_ms) {
            return Ok(Some(grant));
        }
        let found = self.session_from_books(&hash, now_ms)?;
        if let Some((grant, expires_ms)) = &found {
            self.cache.put(key, grant.clone(), *expires_ms);
        }
        Ok(found.map(|(grant, _)| grant))
    }

    /// The grant of a live session as the books hold it.
    fn session_from_books(&self, hash: &str, now_ms: i64) -> DbResult<Option<(Grant, i64)>> {
        self.db.read(|tx| {
            let Some(row) = tx.first(
                &format!(
                    "SELECT {USER_COLUMNS}, s.company, s.csrf, r.role, s.expires_ms FROM web_sessions s
                     JOIN web_users u ON u.id = s.user_id
                     LEFT JOIN web_roles r ON r.user_id = s.user_id AND r.company = s.company
                     WHERE s.secret_hash = ?1 AND s.expires_ms > ?2"
                ),
                args![hash, now_ms],
            )?
            else {
                return Ok(None);
            };
            let role = row.opt_text(6)?.map(|r| Role::stored(&r)).transpose()?;
            let grant = Grant {
                user: user_of(&row, 0)?,
                company: row.opt_text(4)?.filter(|_| role.is_some()),
                role,
                via: Via::Session { csrf: row.text(5)? },
            };
            Ok(Some((grant, row.int(7)?)))
        })
    }

    /// Ends a session.
    pub fn end_session(&self, secret: &str) -> DbResult<()> {
        self.cache.clear();
        let hash = digest(secret);
        self.db.write(|tx| {
            tx.execute(
                "DELETE FROM web_sessions WHERE secret_hash = ?1",
                args![&hash],
            )
            .map(|_| ())
        })
    }

    /// Makes a session work in `company` (the caller checked the role).
    pub fn switch_company(&self, secret: &str, company: &str) -> DbResult<()> {
        self.cache.clear();
        let hash = digest(secret);
        self.db.write(|tx| {
            tx.execute(
                "UPDATE web_sessions SET company = ?1 WHERE secret_hash = ?2",
                args![company, &hash],
            )
            .map(|_| ())
        })
    }

    /// Makes an API token for `company` with `role`; its id and secret
    /// (shown once).
    pub fn create_token(
        &self,
        user_id: i64,
        company: &str,
        role: Role,
        name: &str,
        now_ms: i64,
    ) -> Result<(i64, String), Invalid> {
        let name = name.trim();
        if name.is_empty() || name.len() > 100 {
            return Err(Invalid::Field("name", "1–100 characters".into()));
        }
        let secret = format!("fkt_{}", new_secret()?);
        let hash = digest(&secret);
        let id = self.db.write(|tx| {
            tx.execute(
                "INSERT INTO web_tokens (secret_hash, name, user_id, company, role, created_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                args![&hash, name, user_id, company, role.as_str(), now_ms],
            )?;
            tx.first(
                "SELECT id FROM web_tokens WHERE secret_hash = ?1",
                args![&hash],
            )?
            .map_or(Err(DbError::new("token vanished")), |r| r.int(0))
        })?;
        Ok((id, secret))
    }

    /// The grant of a live token: its company, and the lower of its role
    /// and its creator's present role there (none left: no grant).
    pub fn token(&self, secret: &str) -> DbResult<Option<Grant>> {
        let hash = digest(secret);
        let key = format!("t:{hash}");
        if let Some(grant) = self.cache.get(&key, crate::now_ms()) {
            return Ok(Some(grant));
        }
        let grant = self.token_from_books(&hash)?;
        if let Some(grant) = &grant {
            self.cache.put(key, grant.clone(), i64::MAX);
        }
        Ok(grant)
    }

    /// A grant already known (no query): for the request path, which then
    /// need not leave the async worker.
    pub fn cached(&self, token: bool, secret: &str) -> Option<Grant> {
        let kind = if token { "t" } else { "s" };
        self.cache
            .get(&format!("{kind}:{}", digest(secret)), crate::now_ms())
    }

    /// The grant of a live token as the books hold it.
    fn token_from_books(&self, hash: &str) -> DbResult<Option<Grant>> {
        self.db.read(|tx| {
            let Some(row) = tx.first(
                &format!(
                    "SELECT {USER_COLUMNS}, t.company, t.id, t.role, r.role FROM web_tokens t
                     JOIN web_users u ON u.id = t.user_id
                     JOIN web_roles r ON r.user_id = t.user_id AND r.company = t.company
                     WHERE t.secret_hash = ?1 AND t.revoked_ms IS NULL"
                ),
                args![hash],
            )?
            else {
                return Ok(None);
            };
            let role = Role::stored(&row.text(6)?)?.min(Role::stored(&row.text(7)?)?);
            Ok(Some(Grant {
                user: user_of(&row, 0)?,
                company: Some(row.text(4)?),
                role: Some(role),
                via: Via::Token { id: row.int(5)? },
            }))
        })
    }

    /// A company's tokens, newest first.
    pub fn tokens(&self, company: &str) -> DbResult<Vec<TokenInfo>> {
        self.db.read(|tx| {
            tx.query(
                "SELECT t.id, t.name, u.login, t.role, t.created_ms, t.revoked_ms
                 FROM web_tokens t JOIN web_users u ON u.id = t.user_id
                 WHERE t.company = ?1 ORDER BY t.id DESC",
                args![company],
            )?
            .iter()
            .map(|r| {
                Ok(TokenInfo {
                    id: r.int(0)?,
                    name: r.text(1)?,
                    user: r.text(2)?,
                    role: Role::stored(&r.text(3)?)?,
                    created_ms: r.int(4)?,
                    revoked_ms: r.opt_int(5)?,
                })
            })
            .collect()
        })
    }

    /// Revokes a token of `company`; false when it has no such live token.
    pub fn revoke_token(&self, company: &str, id: i64, now_ms: i64) -> DbResult<bool> {
        self.cache.clear();
        self.db.write(|tx| {
            let n = tx.execute(
                "UPDATE web_tokens SET revoked_ms = ?1
                 WHERE id = ?2 AND company = ?3 AND revoked_ms IS NULL",
                args![now_ms, id, company],
            )?;
            Ok(n > 0)
        })
    }
}

#[cfg(test)]
mod tests;
