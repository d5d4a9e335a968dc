//! The company's signing key: one file per company in the data dir,
//! readable by its owner only. It stands in for the electronic certificate
//! (sertifikat elektronik) that signs every request to the authority.

use faktur_core::finding::codes;
use faktur_protocol::KeyPair;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::plan::Failure;

/// Where the key of a company lives: `DATA_DIR/keys/<NPWP16>.key`.
pub fn key_path(data_dir: &Path, npwp: &str) -> PathBuf {
    data_dir.join("keys").join(format!("{npwp}.key"))
}

fn key_error(path: &Path, detail: impl std::fmt::Display) -> Failure {
    Failure::new(
        codes::KEY_FILE,
        format!("{}: {detail}", path.display()),
        None,
    )
}

/// Reads the key at `path`.
pub fn load(path: &Path) -> Result<KeyPair, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| key_error(path, e))?;
    KeyPair::from_secret_hex(text.trim()).map_err(|e| key_error(path, format!("{e:?}")))
}

/// Reads the key at `path`, or creates one there (owner-only, written
/// completely before it is visible under its name). True when created.
pub fn load_or_create(path: &Path) -> Result<(KeyPair, bool), Failure> {
    if path.exists() {
        return load(path).map(|k| (k, false));
    }
    let keys = create(path)?;
    Ok((keys, true))
}

/// Creates a new key at `path`, replacing any there.
pub fn create(path: &Path) -> Result<KeyPair, Failure> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| key_error(dir, e))?;
    let keys = KeyPair::generate().map_err(|e| key_error(path, e))?;
    let temporary = path.with_extension("key.new");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(&temporary)
        .map_err(|e| key_error(&temporary, e))?;
    file.write_all(format!("{}\n", keys.secret_hex()).as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| key_error(&temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| key_error(path, e))?;
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_created_once_owner_only_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = key_path(dir.path(), "0013121660091000");
        let (first, created) = load_or_create(&path).unwrap();
        assert!(created);
        let (again, created) = load_or_create(&path).unwrap();
        assert!(!created);
        assert_eq!(first.public_hex(), again.public_hex());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap();
        assert_eq!(load(&path).unwrap_err().code, codes::KEY_FILE);
    }
}
