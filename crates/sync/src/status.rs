//! What `faktur sync status` shows: one state in words, never a dead end.

use faktur_core::Lang;
use faktur_db::DbError;
use faktur_store::{OutboxSummary, Store, SyncState};

/// The sync state of a company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Nothing to send; the last contact (if any) went well.
    Idle,
    /// Operations queued, not tried yet.
    Pending,
    /// The authority cannot be reached; the outbox waits for it.
    WaitingForConnection {
        /// Since when (Unix ms).
        since: i64,
    },
    /// Sends fail for another reason and are being retried.
    Retrying {
        /// Since when (Unix ms).
        since: i64,
    },
}

/// The state with the counts behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncStatus {
    /// The state.
    pub state: State,
    /// The outbox.
    pub outbox: OutboxSummary,
    /// The feed position and last contact.
    pub sync: SyncState,
}

/// Reads the status of a company.
pub fn status(store: &dyn Store, company_id: i64) -> Result<SyncStatus, DbError> {
    let outbox = store.outbox_summary(company_id)?;
    let sync = store.sync_state(company_id)?;
    Ok(SyncStatus {
        state: state_of(&outbox, &sync),
        outbox,
        sync,
    })
}

/// The state from the counts (pure).
pub fn state_of(outbox: &OutboxSummary, sync: &SyncState) -> State {
    let unreachable = sync
        .last_error
        .as_deref()
        .is_some_and(|e| e.starts_with(crate::plan::UNREACHABLE));
    match (sync.failing_since, unreachable) {
        (Some(since), true) => return State::WaitingForConnection { since },
        (Some(since), false) => return State::Retrying { since },
        _ => {}
    }
    if outbox.retrying > 0 {
        State::Retrying {
            since: outbox.oldest_pending_at.unwrap_or_default(),
        }
    } else if outbox.pending > 0 {
        State::Pending
    } else {
        State::Idle
    }
}

impl State {
    /// A stable machine name.
    pub fn name(&self) -> &'static str {
        match self {
            State::Idle => "idle",
            State::Pending => "pending",
            State::WaitingForConnection { .. } => "waiting_for_connection",
            State::Retrying { .. } => "retrying",
        }
    }

    /// In words, with the time in UTC.
    pub fn describe(&self, lang: Lang) -> String {
        let when = |ms: &i64| format_time(*ms);
        match (self, lang) {
            (State::Idle, Lang::Id) => "siap (tidak ada yang menunggu)".into(),
            (State::Idle, Lang::En) => "idle (nothing waiting)".into(),
            (State::Pending, Lang::Id) => "menunggu dikirim".into(),
            (State::Pending, Lang::En) => "waiting to be sent".into(),
            (State::WaitingForConnection { since }, Lang::Id) => {
                format!("menunggu sambungan ke otoritas sejak {}", when(since))
            }
            (State::WaitingForConnection { since }, Lang::En) => {
                format!(
                    "waiting for a connection to the authority since {}",
                    when(since)
                )
            }
            (State::Retrying { since }, Lang::Id) => format!("mencoba ulang sejak {}", when(since)),
            (State::Retrying { since }, Lang::En) => format!("retrying since {}", when(since)),
        }
    }
}

/// `YYYY-MM-DD HH:MM:SS UTC` of Unix ms.
pub fn format_time(ms: i64) -> String {
    let seconds = ms.div_euclid(1000);
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (y, m, d) = civil(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 to a civil date (proleptic Gregorian).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_the_counts_and_the_last_contact() {
        let quiet = OutboxSummary::default();
        let ok = SyncState::default();
        assert_eq!(state_of(&quiet, &ok), State::Idle);
        let queued = OutboxSummary {
            pending: 3,
            oldest_pending_at: Some(7),
            ..OutboxSummary::default()
        };
        assert_eq!(state_of(&queued, &ok), State::Pending);
        let tried = OutboxSummary {
            retrying: 1,
            ..queued.clone()
        };
        assert_eq!(state_of(&tried, &ok), State::Retrying { since: 7 });
        let down = SyncState {
            failing_since: Some(5),
            last_error: Some("ETAX-40001: connection refused".into()),
            ..SyncState::default()
        };
        assert_eq!(
            state_of(&queued, &down),
            State::WaitingForConnection { since: 5 }
        );
        let busy = SyncState {
            last_error: Some("ETAX-API-00001: maintenance".into()),
            ..down
        };
        assert_eq!(state_of(&quiet, &busy), State::Retrying { since: 5 });
    }

    #[test]
    fn times_are_printed_in_utc() {
        assert_eq!(format_time(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(format_time(1_764_028_800_000), "2025-11-25 00:00:00 UTC");
        assert_eq!(
            format_time(951_782_400_000 + 61_000),
            "2000-02-29 00:01:01 UTC"
        );
    }
}
