//! Password hashes: argon2id with the crate's default cost (19 MiB, two
//! passes), stored as PHC strings so the cost can rise later without
//! invalidating older hashes.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use faktur_sql::{DbError, DbResult};

/// The PHC string of a new password.
pub(super) fn hash(password: &str) -> DbResult<String> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| DbError::new(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| DbError::new(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DbError::new(e.to_string()))
}

/// True when `password` matches the stored hash.
pub(super) fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends what a verification costs (an unknown user name must not answer
/// faster than a wrong password).
pub(super) fn waste_time(password: &str) {
    let _ = hash(password);
}
