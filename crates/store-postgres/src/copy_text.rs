//! The text format of `COPY … FROM STDIN`: tab-separated, `\N` for NULL,
//! backslash escapes for tab, newline, carriage return and backslash.

use std::fmt::Write;

/// Builds COPY text rows in a buffer.
#[derive(Debug, Default)]
pub struct CopyBuffer {
    pub text: String,
    first: bool,
}

impl CopyBuffer {
    /// Starts a row.
    pub fn row(&mut self) -> &mut Self {
        self.first = true;
        self
    }

    fn sep(&mut self) {
        if !self.first {
            self.text.push('\t');
        }
        self.first = false;
    }

    /// An integer field.
    pub fn int(&mut self, value: i64) -> &mut Self {
        self.sep();
        let _ = write!(self.text, "{value}");
        self
    }

    /// A text field.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.sep();
        for ch in value.chars() {
            match ch {
                '\\' => self.text.push_str("\\\\"),
                '\t' => self.text.push_str("\\t"),
                '\n' => self.text.push_str("\\n"),
                '\r' => self.text.push_str("\\r"),
                other => self.text.push(other),
            }
        }
        self
    }

    /// An optional text field.
    pub fn opt(&mut self, value: Option<&str>) -> &mut Self {
        match value {
            Some(text) => self.text(text),
            None => {
                self.sep();
                self.text.push_str("\\N");
                self
            }
        }
    }

    /// Ends a row.
    pub fn end(&mut self) {
        self.text.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_copy_needs() {
        let mut buffer = CopyBuffer::default();
        buffer
            .row()
            .int(7)
            .text("a\tb\\c\nd")
            .opt(None)
            .text("")
            .end();
        assert_eq!(buffer.text, "7\ta\\tb\\\\c\\nd\t\\N\t\n");
    }
}
