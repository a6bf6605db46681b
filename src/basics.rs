//! The small words every layer shares, importing nothing from the crate: the
//! units and clock the config sets, the kind of a phase, the longest time a
//! session can hold, and text made safe to show. The config, the domain and
//! the faces all use them; keeping them here lets none of those import another
//! in a circle.

use std::borrow::Cow;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Units for volumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    #[default]
    Ml,
    Oz,
}

/// 24-hour or 12-hour clock for times of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum ClockStyle {
    #[default]
    #[serde(rename = "24h")]
    H24,
    #[serde(rename = "12h")]
    H12,
}

/// A phase that is not pumping (schema 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    /// A rest: the clock runs, but it is not pumping time.
    Rest,
}

/// The longest time a record can hold, in seconds: a year and a day. Far
/// beyond any session, and small enough that sums of it stay exact.
pub const MAX_SECS: f64 = 366.0 * 24.0 * 3600.0;

/// Text that came from a file or the config, made safe to show: the one
/// rule every way out applies (the screen, a notification, an error message,
/// a printed line), so that no file can retitle the terminal, clear it or
/// write the clipboard. A tab becomes a space (it would jump to a tab stop
/// and misalign what follows); any other control character (C0, DEL, C1 such
/// as the one-byte CSI) and the bidirectional overrides (which reorder what
/// the reader sees) become `�`. Each character becomes one, so a cursor
/// counted in characters stays where it was.
#[must_use]
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_plain) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\t' => ' ',
                c if is_plain(c) => c,
                _ => char::REPLACEMENT_CHARACTER,
            })
            .collect(),
    )
}

/// A path as [`printable`] text.
#[must_use]
pub fn printable_path(path: &Path) -> String {
    printable(&path.to_string_lossy()).into_owned()
}

/// Whether a character shows as itself and moves the cursor only forward.
pub(crate) fn is_plain(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A line without the system's codes: "(os error 2)" says nothing to a
/// tired parent; the words before it do.
#[must_use]
pub fn plain_words(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(at) = out.find(" (os error ") {
        let end = out[at..].find(')').map_or(out.len(), |e| at + e + 1);
        out.replace_range(at..end, "");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_carries_no_control_character() {
        assert!(matches!(
            printable("warm-compress ✓ 名前"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            printable("a\u{1b}[2Jb\u{9b}c\n\u{7}\td\u{202e}"),
            "a\u{fffd}[2Jb\u{fffd}c\u{fffd}\u{fffd} d\u{fffd}"
        );
    }
}
