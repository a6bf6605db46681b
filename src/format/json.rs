//! JSON as letdown prints it: `serde_json`'s, with every character that
//! [`super::printable`] would not show as itself (C1 controls such as the
//! one-byte CSI, DEL, the bidirectional overrides and isolates) written as a
//! `\u` escape. A note or a name from a file reaches a terminal as text,
//! and a JSON reader still gets it back exactly.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter, Serializer};

/// A value as indented JSON text.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut bytes = Vec::new();
    to_writer_pretty(&mut bytes, value)?;
    // serde_json writes UTF-8 only, and the escapes are ASCII.
    String::from_utf8(bytes).map_err(|err| serde::ser::Error::custom(err.to_string()))
}

/// A value as JSON text on one line.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut bytes = Vec::new();
    value.serialize(&mut Serializer::with_formatter(
        &mut bytes,
        Escaping(CompactFormatter),
    ))?;
    String::from_utf8(bytes).map_err(|err| serde::ser::Error::custom(err.to_string()))
}

/// An indented JSON serializer that escapes as [`to_string_pretty`] does,
/// for writing a sequence one item at a time.
pub fn pretty_serializer<W: io::Write>(writer: W) -> Serializer<W, impl Formatter> {
    Serializer::with_formatter(writer, Escaping(PrettyFormatter::new()))
}

/// Writes a value as indented JSON.
pub fn to_writer_pretty<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    value.serialize(&mut Serializer::with_formatter(
        writer,
        Escaping(PrettyFormatter::new()),
    ))
}

/// A formatter that escapes what a terminal would act on, and otherwise
/// lays out as `F` does.
struct Escaping<F>(F);

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest
            .char_indices()
            .find(|(_, c)| !crate::basics::is_plain(*c))
        {
            self.0.write_string_fragment(writer, &rest[..at])?;
            let mut units = [0; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_string_fragment(writer, rest)
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_terminal_would_act_on_is_escaped_and_reads_back_the_same() {
        let note = "a\u{9b}2Jb\u{202e}c\u{2067}d\u{7f}e\u{1b}f ✓ 名前\u{1F37C}";
        for text in [to_string(&note), to_string_pretty(&note)] {
            let text = text.expect("serialises");
            assert_eq!(text, r#""a\u009b2Jb\u202ec\u2067d\u007fe\u001bf ✓ 名前🍼""#);
            assert_eq!(serde_json::from_str::<String>(&text).expect("reads"), note);
        }
    }

    #[test]
    fn the_layout_is_serde_jsons() {
        let value = serde_json::json!({"a": [1, {"b": "c"}], "d": null});
        assert_eq!(
            to_string_pretty(&value).expect("serialises"),
            serde_json::to_string_pretty(&value).expect("serialises")
        );
        assert_eq!(
            to_string(&value).expect("serialises"),
            serde_json::to_string(&value).expect("serialises")
        );
    }
}
