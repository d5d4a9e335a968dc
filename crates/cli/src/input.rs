//! Reading command input from a file or standard input, with a size limit.

use crate::error::{CliError, EXIT_ENVIRONMENT, EXIT_USAGE};
use std::io::Read;
use std::path::Path;

/// Invoice drafts are small; anything larger is a mistake (a wrong file).
pub const MAX_DRAFT_BYTES: u64 = 16 * 1024 * 1024;

/// Reads `path` (or stdin for `None` / `-`), refusing more than `limit` bytes.
pub fn read_limited(path: Option<&Path>, limit: u64) -> Result<Vec<u8>, CliError> {
    let mut buffer = Vec::new();
    let read = match path.filter(|p| p.as_os_str() != "-") {
        None => std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut buffer),
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|error| {
                let shown = path.display();
                match error.kind() {
                    std::io::ErrorKind::NotFound => {
                        CliError::new("ETAX-30006", EXIT_USAGE, format!("{shown}: {error}"))
                    }
                    _ => CliError::new("ETAX-30007", EXIT_ENVIRONMENT, format!("{shown}: {error}")),
                }
            })?;
            file.take(limit + 1).read_to_end(&mut buffer)
        }
    };
    read.map_err(|error| CliError::new("ETAX-30007", EXIT_ENVIRONMENT, error.to_string()))?;
    if buffer.len() as u64 > limit {
        return Err(CliError::new(
            "ETAX-30007",
            EXIT_USAGE,
            format!("input larger than {limit} bytes"),
        ));
    }
    Ok(buffer)
}
