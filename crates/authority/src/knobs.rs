//! Knobs for tests and demos: latency, an error rate, maintenance windows
//! and the authority's date. Changed at start (`faktur authority serve`
//! flags) or at run time through the sandbox administration endpoint.

use serde::{Deserialize, Serialize};

/// How the sandbox misbehaves on purpose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Knobs {
    /// Added to every API answer, ms.
    pub latency_ms: u64,
    /// Share of API requests answered 500 ETAXSERVICE-10002 before doing
    /// anything, in per mille (0–1000).
    pub error_rate_permille: u32,
    /// Daily maintenance windows, `HH:MM-HH:MM` in WIB (UTC+7); requests
    /// then answer 503 ETAX-API-00001. A window may wrap past midnight.
    pub maintenance: Vec<String>,
    /// Answer as if it were this date (`YYYY-MM-DD`); dates and deadlines
    /// are judged against it. None: the real date in WIB.
    pub today: Option<String>,
    /// Enforce upload deadlines (the 15th / 20th of the next month).
    pub deadlines: bool,
}

impl Knobs {
    /// A well-behaved authority that enforces deadlines.
    pub fn strict() -> Self {
        Knobs {
            deadlines: true,
            ..Knobs::default()
        }
    }

    /// Whether `minute_of_day` (WIB) falls in a maintenance window.
    pub fn in_maintenance(&self, minute_of_day: u32) -> bool {
        self.maintenance
            .iter()
            .filter_map(|w| window(w))
            .any(|(from, to)| {
                if from <= to {
                    (from..to).contains(&minute_of_day)
                } else {
                    minute_of_day >= from || minute_of_day < to
                }
            })
    }

    /// Checks the knobs; the problem in words.
    pub fn check(&self) -> Result<(), String> {
        if self.error_rate_permille > 1000 {
            return Err("error_rate_permille must be 0–1000".into());
        }
        if let Some(bad) = self.maintenance.iter().find(|w| window(w).is_none()) {
            return Err(format!("maintenance window {bad:?} is not HH:MM-HH:MM"));
        }
        if let Some(today) = &self.today {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(today, format)
                .map_err(|_| format!("today {today:?} is not YYYY-MM-DD"))?;
        }
        Ok(())
    }
}

fn window(text: &str) -> Option<(u32, u32)> {
    let (from, to) = text.split_once('-')?;
    Some((minute(from)?, minute(to)?))
}

fn minute(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maintenance_windows_include_their_start_and_may_wrap() {
        let knobs = Knobs {
            maintenance: vec!["09:00-19:00".into(), "23:30-00:30".into()],
            ..Knobs::default()
        };
        assert!(knobs.check().is_ok());
        assert!(knobs.in_maintenance(9 * 60));
        assert!(!knobs.in_maintenance(19 * 60));
        assert!(knobs.in_maintenance(23 * 60 + 45));
        assert!(knobs.in_maintenance(10));
        assert!(!knobs.in_maintenance(60));
        let bad = Knobs {
            maintenance: vec!["9-19".into()],
            ..Knobs::default()
        };
        assert!(bad.check().is_err());
    }
}
