//! Writing to standard output without panicking when the reader goes away
//! (`faktur invoice list | head`): a closed pipe ends the process quietly.

use std::io::Write;

/// Writes `text` to stdout; a broken pipe exits with status 0, any other
/// write failure with status 3 (environment).
pub fn emit(text: std::fmt::Arguments<'_>) {
    let mut out = std::io::stdout().lock();
    let result = out.write_fmt(text).and_then(|()| out.flush());
    if let Err(error) = result {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("stdout: {error}");
        std::process::exit(3);
    }
}

/// `print!` that never panics.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::emit(format_args!($($arg)*)) };
}

/// `println!` that never panics.
#[macro_export]
macro_rules! outln {
    () => { $crate::output::emit(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::output::emit(format_args!("{}\n", format_args!($($arg)*))) };
}
