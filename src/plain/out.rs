//! Where the lines go: whole lines ended by `\r\n` (the terminal is in raw
//! mode, where `\n` alone would not return to the left), and the characters
//! of an answer being typed, echoed as they come. Everything passes through
//! [`crate::basics::printable`], so no text from a file or the config can
//! put an escape sequence on the line.

use std::io::{self, Write};

/// One thing to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Print {
    /// A whole line, read once.
    Line(String),
    /// Characters typed into an answer, shown as they come.
    Echo(String),
    /// Ends the line of echoed characters, if there is one (an answer
    /// shown again after a character was taken back).
    NewLine,
}

/// The terminal, as lines.
pub struct Out<W: Write> {
    to: W,
    /// Whether the cursor is after echoed characters, not at a line's start.
    mid_line: bool,
}

impl<W: Write> Out<W> {
    pub fn new(to: W) -> Self {
        Self {
            to,
            mid_line: false,
        }
    }

    /// Prints `prints` in order and flushes: a line said is on the screen.
    pub fn put(&mut self, prints: &[Print]) -> io::Result<()> {
        for print in prints {
            match print {
                Print::Line(text) => {
                    if self.mid_line {
                        self.to.write_all(b"\r\n")?;
                    }
                    // A line never holds a line break of its own: it is one event.
                    let one = text.replace(['\r', '\n'], " ");
                    self.to
                        .write_all(crate::basics::printable(&one).as_bytes())?;
                    self.to.write_all(b"\r\n")?;
                    self.mid_line = false;
                }
                Print::NewLine => {
                    if self.mid_line {
                        self.to.write_all(b"\r\n")?;
                        self.mid_line = false;
                    }
                }
                Print::Echo(text) => {
                    self.to
                        .write_all(crate::basics::printable(text).as_bytes())?;
                    self.mid_line = true;
                }
            }
        }
        self.to.flush()
    }

    /// The writer, for tests.
    #[cfg(test)]
    pub fn into_inner(self) -> W {
        self.to
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_in_cr_lf_and_hold_no_control_character() {
        let mut out = Out::new(Vec::new());
        out.put(&[
            Print::Echo("12".into()),
            Print::Line("a \u{1b}[2J line\nsplit".into()),
            Print::Line("next".into()),
        ])
        .expect("written");
        let text = String::from_utf8(out.into_inner()).expect("utf-8");
        assert_eq!(text, "12\r\na \u{fffd}[2J line split\r\nnext\r\n");
    }
}
