//! Records that keep their values as text in a fixed element order (the
//! Coretax XML invoice and line, the QR answer and its lines): lookup by
//! element name.

/// The value of element `name` ("" when the record has no such element).
pub(crate) fn get<'a>(names: &[&str], fields: &'a [String], name: &str) -> &'a str {
    names
        .iter()
        .position(|n| *n == name)
        .and_then(|i| fields.get(i))
        .map_or("", String::as_str)
}

/// Sets element `name`; false when the record has no such element.
pub(crate) fn set(names: &[&str], fields: &mut [String], name: &str, value: String) -> bool {
    match names
        .iter()
        .position(|n| *n == name)
        .and_then(|i| fields.get_mut(i))
    {
        Some(field) => {
            *field = value;
            true
        }
        None => false,
    }
}
