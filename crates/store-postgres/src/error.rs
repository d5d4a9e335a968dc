//! PostgreSQL errors mapped to store error kinds.

use faktur_store::{ErrorKind, StoreError};
use postgres::error::SqlState;

/// Maps a driver error to a coded store error.
pub fn map_error(error: postgres::Error) -> StoreError {
    let kind = if error.is_closed() {
        ErrorKind::ConnectionLost
    } else if let Some(db) = error.as_db_error() {
        let code = db.code();
        if *code == SqlState::UNIQUE_VIOLATION {
            if db.constraint() == Some("invoices_company_id_kind_seller_tin_number_key") {
                ErrorKind::DuplicateNumber
            } else {
                ErrorKind::Duplicate
            }
        } else if code.code().starts_with("08")
            || *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CRASH_SHUTDOWN
        {
            ErrorKind::ConnectionLost
        } else if *code == SqlState::CANNOT_CONNECT_NOW
            || *code == SqlState::TOO_MANY_CONNECTIONS
            || *code == SqlState::READ_ONLY_SQL_TRANSACTION
        {
            ErrorKind::Unavailable
        } else if *code == SqlState::LOCK_NOT_AVAILABLE
            || *code == SqlState::QUERY_CANCELED
            || *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
        {
            ErrorKind::Busy
        } else if *code == SqlState::DATA_CORRUPTED || *code == SqlState::INDEX_CORRUPTED {
            ErrorKind::Damaged
        } else {
            ErrorKind::Other
        }
    } else if std::error::Error::source(&error).is_some_and(|s| s.is::<std::io::Error>()) {
        ErrorKind::ConnectionLost
    } else {
        ErrorKind::Other
    };
    let detail = match error.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{}: {detail}", db.message()),
            None => db.message().to_string(),
        },
        None => error.to_string(),
    };
    StoreError::new(kind, detail)
}
