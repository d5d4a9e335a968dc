//! Request signatures. A PKP registers an Ed25519 public key with the
//! authority (standing in for the electronic certificate, *sertel*); every
//! later request is signed over its method, path, time and body digest, so
//! the authority knows who sends it and that nothing was changed or replayed
//! long after.

use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// How far the signer's clock may be from the authority's (5 minutes).
/// Beyond it requests are refused with ETAX-40002 (a wrong PC clock is one
/// of that code's known causes).
pub const CLOCK_TOLERANCE_MS: i64 = 5 * 60 * 1000;

/// The text that is signed: method, path with query, time and the body's
/// SHA-256, one per line.
pub fn canonical(method: &str, path: &str, time_ms: i64, body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    format!("{method}\n{path}\n{time_ms}\n{}", hex(&digest))
}

/// A taxpayer's key pair.
#[derive(Clone)]
pub struct KeyPair(SigningKey);

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret.
        write!(f, "KeyPair({})", self.public_hex())
    }
}

/// Why a signature or key was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// Not 32 (key) or 64 (signature) bytes of hex.
    Malformed,
    /// The signature does not verify.
    Invalid,
}

impl KeyPair {
    /// A new random key pair.
    pub fn generate() -> std::io::Result<Self> {
        let mut secret = [0u8; 32];
        getrandom::getrandom(&mut secret).map_err(std::io::Error::other)?;
        Ok(KeyPair(SigningKey::from_bytes(&secret)))
    }

    /// From the 32-byte secret, hex (as kept in the key file).
    pub fn from_secret_hex(text: &str) -> Result<Self, SignatureError> {
        let bytes: [u8; 32] = unhex(text.trim())
            .and_then(|b| b.try_into().ok())
            .ok_or(SignatureError::Malformed)?;
        Ok(KeyPair(SigningKey::from_bytes(&bytes)))
    }

    /// The secret, hex.
    pub fn secret_hex(&self) -> String {
        hex(self.0.as_bytes())
    }

    /// The public key, hex (what is registered).
    pub fn public_hex(&self) -> String {
        hex(self.0.verifying_key().as_bytes())
    }

    /// Signs a request: the three headers to send.
    pub fn sign(
        &self,
        npwp: &str,
        method: &str,
        path: &str,
        time_ms: i64,
        body: &[u8],
    ) -> SignedHeaders {
        let signature = self
            .0
            .sign(canonical(method, path, time_ms, body).as_bytes());
        SignedHeaders {
            npwp: npwp.to_string(),
            time_ms,
            signature: hex(&signature.to_bytes()),
        }
    }

    /// Signs any text (the registration's proof of possession).
    pub fn sign_text(&self, text: &str) -> String {
        hex(&self.0.sign(text.as_bytes()).to_bytes())
    }
}

/// The signature headers of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// Who signs.
    pub npwp: String,
    /// When (signer's clock).
    pub time_ms: i64,
    /// Hex signature.
    pub signature: String,
}

/// Verifies `signature` (hex) over `text` with `public_key` (hex).
pub fn verify(public_key: &str, text: &str, signature: &str) -> Result<(), SignatureError> {
    let key: [u8; 32] = unhex(public_key)
        .and_then(|b| b.try_into().ok())
        .ok_or(SignatureError::Malformed)?;
    let key = VerifyingKey::from_bytes(&key).map_err(|_| SignatureError::Malformed)?;
    let signature: [u8; 64] = unhex(signature)
        .and_then(|b| b.try_into().ok())
        .ok_or(SignatureError::Malformed)?;
    key.verify(
        text.as_bytes(),
        &ed25519_dalek::Signature::from_bytes(&signature),
    )
    .map_err(|_| SignatureError::Invalid)
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    out
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_request_verifies_and_any_change_breaks_it() {
        let keys = KeyPair::generate().unwrap();
        let signed = keys.sign(
            "0013121660091000",
            "POST",
            "/api/v1/operations",
            1_700_000_000_000,
            b"{}",
        );
        let text = canonical("POST", "/api/v1/operations", 1_700_000_000_000, b"{}");
        assert_eq!(verify(&keys.public_hex(), &text, &signed.signature), Ok(()));
        for changed in [
            canonical("GET", "/api/v1/operations", 1_700_000_000_000, b"{}"),
            canonical("POST", "/api/v1/events", 1_700_000_000_000, b"{}"),
            canonical("POST", "/api/v1/operations", 1_700_000_000_001, b"{}"),
            canonical("POST", "/api/v1/operations", 1_700_000_000_000, b"{ }"),
        ] {
            assert_eq!(
                verify(&keys.public_hex(), &changed, &signed.signature),
                Err(SignatureError::Invalid)
            );
        }
        let other = KeyPair::generate().unwrap();
        assert_eq!(
            verify(&other.public_hex(), &text, &signed.signature),
            Err(SignatureError::Invalid)
        );
        assert_eq!(
            verify("zz", &text, &signed.signature),
            Err(SignatureError::Malformed)
        );
    }

    #[test]
    fn the_secret_round_trips_and_never_prints() {
        let keys = KeyPair::generate().unwrap();
        let again = KeyPair::from_secret_hex(&keys.secret_hex()).unwrap();
        assert_eq!(again.public_hex(), keys.public_hex());
        assert!(!format!("{keys:?}").contains(&keys.secret_hex()));
        assert!(KeyPair::from_secret_hex("abc").is_err());
    }
}
