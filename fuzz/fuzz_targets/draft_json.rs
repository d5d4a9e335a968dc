#![no_main]
//! Fuzz target: the invoice draft JSON through `calculate_json`, as
//! `faktur calc` and the API read it.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    faktur_formats::checks::draft_json(bytes);
});
