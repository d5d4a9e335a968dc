#![no_main]
//! Fuzz target: `faktur_formats::checks::qr_xml` over arbitrary bytes.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    faktur_formats::checks::qr_xml(bytes);
    faktur_formats::checks::detect(bytes);
});
