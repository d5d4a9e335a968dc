-- The web app's accounts (SQLite). Secrets are never stored: sessions and
-- tokens by their SHA-256, passwords as argon2id PHC strings.
CREATE TABLE IF NOT EXISTS web_users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password TEXT NOT NULL,
    server_admin INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS web_roles (
    user_id INTEGER NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, company)
);
CREATE TABLE IF NOT EXISTS web_sessions (
    secret_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT,
    csrf TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS web_tokens (
    id INTEGER PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    revoked_ms INTEGER
);
CREATE TABLE IF NOT EXISTS web_login_failures (
    login TEXT NOT NULL,
    at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS web_login_failures_by_login ON web_login_failures (login, at_ms);
