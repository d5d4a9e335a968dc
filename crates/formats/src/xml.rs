//! The hardened XML layer every XML reader stands on: elements and text
//! with their line numbers, nothing else. A DTD or an entity other than the
//! five XML ones and character references is refused, never expanded (no
//! "billion laughs", no external files); text that is not UTF-8, a wrong
//! root element and a file that ends inside an element are errors.

use crate::limit::{too_long, Limited, MAX_RUN, TOO_LONG};
use crate::RowError;
use quick_xml::events::Event;
use std::io::{BufRead, BufReader};

/// The XML has a DTD or a custom entity (refused).
pub const XML_DTD_REFUSED: &str = "FKT-3004";
/// The XML is malformed or truncated.
pub const XML_MALFORMED: &str = "FKT-3005";
/// An element the format does not have.
pub const XML_UNKNOWN_ELEMENT: &str = "FKT-3006";
/// Bytes that are not UTF-8 (the "upload corrupt" case).
const NOT_UTF8: &str = "ETAX-API-10001";

/// What the layer reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Node {
    /// An element opens (an empty element opens and closes).
    Open(String),
    /// Text or CDATA inside the current element, entities resolved.
    Text(String),
    /// The current element closes.
    Close(String),
}

/// Streams the nodes of one document whose root must be `root`.
#[derive(Debug)]
pub(crate) struct SafeXml<R: BufRead> {
    xml: quick_xml::Reader<BufReader<Limited<R>>>,
    buf: Vec<u8>,
    line: u64,
    path: Vec<String>,
    root: &'static str,
    seen_root: bool,
    close_next: Option<String>,
    /// Text bytes in the current element (pieces add up: CDATA, entities).
    text_len: usize,
    done: bool,
}

impl<R: BufRead> SafeXml<R> {
    /// A reader over `input` expecting the root element `root`.
    pub(crate) fn new(input: R, root: &'static str) -> Self {
        // Every event lies between two `<`: a run without one is bounded.
        let limited = BufReader::with_capacity(1 << 16, Limited::xml(input));
        let mut xml = quick_xml::Reader::from_reader(limited);
        xml.config_mut().trim_text(false);
        SafeXml {
            xml,
            buf: Vec::with_capacity(1024),
            line: 1,
            path: Vec::new(),
            root,
            seen_root: false,
            close_next: None,
            text_len: 0,
            done: false,
        }
    }

    /// The innermost open element ("" outside the root). After a `Close`
    /// it is the closed element's parent.
    pub(crate) fn current(&self) -> &str {
        self.path.last().map_or("", String::as_str)
    }

    /// The element that contains the innermost open one ("" for the root);
    /// after an `Open`, the parent of the element just opened.
    pub(crate) fn parent(&self) -> &str {
        self.path
            .len()
            .checked_sub(2)
            .map_or("", |i| self.path[i].as_str())
    }

    fn fail(&mut self, line: u64, code: &'static str, detail: String) -> RowError {
        self.done = true;
        RowError::new(line, 0, code, detail)
    }

    fn open(&mut self, name: String, line: u64) -> Result<Node, RowError> {
        if self.seen_root && self.path.is_empty() {
            let detail = format!("<{name}> after the {} element", self.root);
            return Err(self.fail(line, XML_MALFORMED, detail));
        }
        self.text_len = 0;
        if !self.seen_root && name != self.root {
            let detail = format!("root element {name}, expected {}", self.root);
            return Err(self.fail(line, XML_MALFORMED, detail));
        }
        self.seen_root = true;
        self.path.push(name.clone());
        Ok(Node::Open(name))
    }

    /// The next node with the line it starts on; `None` at a well-formed end
    /// (and after the first error).
    pub(crate) fn next_node(&mut self) -> Option<Result<(u64, Node), RowError>> {
        if let Some(name) = self.close_next.take() {
            self.path.pop();
            return Some(Ok((self.line, Node::Close(name))));
        }
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let event = self
                .xml
                .read_event_into(&mut self.buf)
                .map(Event::into_owned);
            let start = self.line;
            self.line += self.buf.iter().filter(|b| **b == b'\n').count() as u64;
            // Tags, comments and CDATA may hold `<`: each event is bounded
            // by the byte count, started again here.
            self.xml.get_mut().get_mut().event_done();
            let node = match event {
                Err(quick_xml::Error::Io(io)) if too_long(&io).is_some() => {
                    let line = too_long(&io).map_or(start, |long| long.line);
                    Err(self.fail(line, TOO_LONG, io.to_string()))
                }
                Err(error) => Err(self.fail(start, XML_MALFORMED, error.to_string())),
                Ok(Event::DocType(_)) => {
                    Err(self.fail(start, XML_DTD_REFUSED, "<!DOCTYPE> is not accepted".into()))
                }
                Ok(Event::Start(tag)) => {
                    let name = String::from_utf8_lossy(tag.local_name().as_ref()).into_owned();
                    self.open(name, start)
                }
                Ok(Event::Empty(tag)) => {
                    let name = String::from_utf8_lossy(tag.local_name().as_ref()).into_owned();
                    let opened = self.open(name.clone(), start);
                    if opened.is_ok() {
                        self.close_next = Some(name);
                    }
                    opened
                }
                Ok(Event::End(tag)) => {
                    let name = String::from_utf8_lossy(tag.local_name().as_ref()).into_owned();
                    self.path.pop();
                    Ok(Node::Close(name))
                }
                Ok(Event::Text(text)) => match text.decode() {
                    Ok(value) => Ok(Node::Text(value.into_owned())),
                    Err(error) => Err(self.fail(start, NOT_UTF8, format!("not UTF-8: {error}"))),
                },
                Ok(Event::CData(data)) => match data.decode() {
                    Ok(value) => Ok(Node::Text(value.into_owned())),
                    Err(error) => Err(self.fail(start, NOT_UTF8, format!("not UTF-8: {error}"))),
                },
                Ok(Event::GeneralRef(reference)) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(ch)) => Some(ch),
                        Ok(None) => reference.decode().ok().and_then(|name| predefined(&name)),
                        Err(_) => None,
                    };
                    match resolved {
                        Some(ch) => Ok(Node::Text(ch.to_string())),
                        None => {
                            let name = String::from_utf8_lossy(reference.as_ref()).into_owned();
                            Err(self.fail(
                                start,
                                XML_DTD_REFUSED,
                                format!("entity &{name}; is not expanded"),
                            ))
                        }
                    }
                }
                Ok(Event::Eof) => {
                    self.done = true;
                    if !self.path.is_empty() {
                        let detail = format!("file ends inside <{}>", self.path.join("/"));
                        return Some(Err(RowError::new(self.line, 0, XML_MALFORMED, detail)));
                    }
                    if !self.seen_root {
                        let detail = format!("no {} element", self.root);
                        return Some(Err(RowError::new(self.line, 0, XML_MALFORMED, detail)));
                    }
                    return None;
                }
                Ok(_) => continue,
            };
            if let Ok(Node::Text(text)) = &node {
                self.text_len += text.len();
                if self.text_len > MAX_RUN {
                    let detail = format!("more than {} MiB of text in one element", MAX_RUN >> 20);
                    return Some(Err(self.fail(start, TOO_LONG, detail)));
                }
            }
            return Some(node.map(|node| (start, node)));
        }
    }
}

fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// Escapes the five XML special characters.
pub(crate) fn escape(text: &str, out: &mut String) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

/// One element on its own line: `<name/>` when empty.
pub(crate) fn element(out: &mut String, indent: &str, name: &str, value: &str) {
    out.push_str(indent);
    out.push('<');
    out.push_str(name);
    if value.is_empty() {
        out.push_str("/>\n");
    } else {
        out.push('>');
        escape(value, out);
        out.push_str("</");
        out.push_str(name);
        out.push_str(">\n");
    }
}
