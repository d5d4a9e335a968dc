-- The web app's accounts (PostgreSQL). Secrets are never stored: sessions and
-- tokens by their SHA-256, passwords as argon2id PHC strings.
CREATE TABLE IF NOT EXISTS web_users (
    id BIGSERIAL PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password TEXT NOT NULL,
    server_admin BIGINT NOT NULL DEFAULT 0,
    created_ms BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_roles (
    user_id BIGINT NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, company)
);
CREATE TABLE IF NOT EXISTS web_sessions (
    secret_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT,
    csrf TEXT NOT NULL,
    expires_ms BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS web_tokens (
    id BIGSERIAL PRIMARY KEY,
    secret_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    revoked_ms BIGINT
);
CREATE TABLE IF NOT EXISTS web_login_failures (
    login TEXT NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS web_login_failures_by_login ON web_login_failures (login, at_ms);
