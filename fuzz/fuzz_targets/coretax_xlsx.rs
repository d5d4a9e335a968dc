#![no_main]
//! Fuzz target: `faktur_formats::checks::coretax_xlsx` over arbitrary bytes.
//!
//! The reader catches panics of the workbook library (see
//! `coretax_xlsx::reader::sheets`); libFuzzer's hook would abort even on a
//! caught panic, so it is replaced by a silent one. A panic that escapes the
//! target still aborts (it cannot unwind into libFuzzer), so real crashes are
//! still found.

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        std::panic::set_hook(Box::new(|_| {}));
    },
    |bytes: &[u8]| {
        faktur_formats::checks::coretax_xlsx(bytes);
        faktur_formats::checks::detect(bytes);
    }
);
