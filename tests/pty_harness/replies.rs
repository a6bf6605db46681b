//! Answers to the queries a program sends its terminal, as a real terminal
//! would give them: without an answer, a program that asks (crossterm's
//! cursor position, a graphics probe) waits for its time-out or for ever.

/// Answers to the terminal queries the program sends, gathered while parsing.
#[derive(Default)]
pub struct Replies {
    /// Bytes to send back to the program.
    pub out: Vec<u8>,
}

impl vt100::Callbacks for Replies {
    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        let first = params.first().and_then(|p| p.first()).copied().unwrap_or(0);
        match (i1, c, first) {
            // Cursor position report.
            (None, 'n', 6) => {
                let (row, col) = screen.cursor_position();
                self.reply(&format!("\x1b[{};{}R", row + 1, col + 1));
            }
            // Device status: all right.
            (None, 'n', 5) => self.reply("\x1b[0n"),
            // Primary device attributes: a VT220-class terminal, no graphics.
            (None, 'c', 0) => self.reply("\x1b[?62;c"),
            // Secondary device attributes.
            (Some(b'>'), 'c', 0) => self.reply("\x1b[>0;10;1c"),
            // Window size in pixels and cells, for graphics protocols.
            (None, 't', 14) => self.reply("\x1b[4;480;800t"),
            (None, 't', 16) => self.reply("\x1b[6;20;10t"),
            (None, 't', 18) => {
                let (rows, cols) = screen.size();
                self.reply(&format!("\x1b[8;{rows};{cols}t"));
            }
            // Anything else (the kitty keyboard query `CSI ? u`, say) goes
            // unanswered, as on a terminal without the feature; the primary
            // device attributes that follow such queries end the wait.
            _ => {}
        }
    }

    fn unhandled_osc(&mut self, _screen: &mut vt100::Screen, params: &[&[u8]]) {
        // Colour queries: OSC 10 (foreground) and 11 (background) with `?`.
        if let [which @ (b"10" | b"11"), b"?"] = params {
            let colour = if *which == b"10" { "ffff" } else { "0000" };
            let which = String::from_utf8_lossy(which);
            self.reply(&format!(
                "\x1b]{which};rgb:{colour}/{colour}/{colour}\x1b\\"
            ));
        }
    }
}

impl Replies {
    fn reply(&mut self, text: &str) {
        self.out.extend_from_slice(text.as_bytes());
    }
}
