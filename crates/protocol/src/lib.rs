//! The tax-authority API spoken between a taxpayer node (`faktur-sync`) and
//! the authority (`faktur-authority`, the sandbox): JSON shapes under
//! `/api/v1`, and the signature every request carries in place of DJP's
//! electronic certificate.
//!
//! Both sides depend on this crate and on nothing of each other.

mod messages;
mod signing;

pub use messages::*;
pub use signing::{
    canonical, hex, verify, KeyPair, SignatureError, SignedHeaders, CLOCK_TOLERANCE_MS,
};

/// The API version this crate speaks; `GET /api/v1/health` answers it.
pub const API_VERSION: u32 = 1;

/// Header: the NPWP (16 digits) of the taxpayer signing the request.
pub const HEADER_NPWP: &str = "x-faktur-npwp";
/// Header: the signer's clock, Unix ms.
pub const HEADER_TIME: &str = "x-faktur-time";
/// Header: the Ed25519 signature (hex) over [`canonical`].
pub const HEADER_SIGNATURE: &str = "x-faktur-signature";
