//! How numbers read on screen and in printed tables (clock times, durations,
//! volumes in the user's units), and how text from files is made safe to
//! show and measured in columns.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::basics::Units;
pub use crate::basics::{printable, printable_path};
use crate::session::MAX_ML;

pub mod json;
mod typed;

pub use typed::{
    check_total, length_text, local_at, on_day, parse_count, parse_length, parse_offsets,
    parse_time_of_day,
};

pub use crate::facts::ML_PER_OZ;

/// A session clock: `07:05`, `12:34`, `1:02:03`. Every duration here is
/// rounded down to the second, the way a clock reads, so that the clock,
/// the tables and the words never disagree about the same moment.
#[must_use]
pub fn clock(secs: f64) -> String {
    let total = secs.max(0.0).floor() as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// The columns `text` takes on a terminal: two for a wide character, none
/// for a combining one.
#[must_use]
pub fn columns(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// The longest start of `text` that fits in `columns` columns: a wide
/// character that would straddle the edge is left out whole.
#[must_use]
pub fn clip(text: &str, columns: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += UnicodeWidthChar::width(c).unwrap_or(0);
        if used > columns {
            return &text[..at];
        }
    }
    text
}

/// A line that fits `columns`: as it is, or cut at the last whole word
/// that fits, with `…`; never a word cut in the middle unless it is the only one.
#[must_use]
pub fn shorten(text: &str, columns: usize) -> String {
    if self::columns(text) <= columns {
        return text.to_string();
    }
    let room = clip(text, columns.saturating_sub(1));
    let cut = room
        .rfind(' ')
        .filter(|&at| at > 0)
        .map_or(room, |at| &room[..at]);
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '·']))
}

/// A count with its noun: `1 let-down`, `3 let-downs`, `0 sessions`, in
/// the user's language for the nouns letdown counts (their plurals are the
/// language's, through Fluent); any other noun reads in English.
#[must_use]
pub fn plural(count: usize, noun: &str) -> String {
    let n = count;
    match noun {
        "session" => crate::tr!("common-count-session", count = n),
        "let-down" => crate::tr!("common-count-letdown", count = n),
        "day" => crate::tr!("common-count-day", count = n),
        "week" => crate::tr!("common-count-week", count = n),
        "file" => crate::tr!("common-count-file", count = n),
        "session file" => crate::tr!("common-count-session-file", count = n),
        "timed session" => crate::tr!("common-count-timed-session", count = n),
        _ if count == 1 => format!("1 {noun}"),
        _ => format!("{count} {noun}s"),
    }
}

/// How often sessions went on long past their last let-down, in words the
/// history screen and `letdown stats` share: "3 of 12 sessions went on 5m
/// or more past the last let-down".
#[must_use]
pub fn went_on(went_on: &crate::stats::WentOn) -> Option<String> {
    let quiet = went_on.quiet_secs?;
    (went_on.sessions > 0).then(|| {
        crate::tr!(
            "facts-went-on",
            long = went_on.long_after_last,
            sessions = plural(went_on.sessions, "session"),
            quiet = crate::facts::Length::of(quiet).short()
        )
    })
}

/// A span's figures in one phrase, the same on the screens and in print:
/// `3 sessions · 48m pumping · 7 let-downs · 166 ml`.
#[must_use]
pub fn figures(
    sessions: usize,
    pumping_secs: f64,
    letdowns: usize,
    volume_ml: Option<f64>,
    units: Units,
) -> String {
    let mut text = crate::tr!(
        "facts-figures",
        sessions = plural(sessions, "session"),
        pumping = crate::facts::Length::of(pumping_secs).short(),
        letdowns = plural(letdowns, "let-down")
    );
    if let Some(ml) = volume_ml {
        text.push_str(" · ");
        text.push_str(&crate::facts::Volume::new(ml, units).to_string());
    }
    text
}

/// What a table's let-downs column says of a session: the count, marked
/// when the session was added by hand (its let-downs were not tapped).
#[must_use]
pub fn letdowns_cell(record: &crate::session::SessionRecord) -> String {
    let count = record.letdown_count();
    if record.is_by_hand() {
        crate::tr!("facts-letdowns-by-hand", count = count)
    } else {
        count.to_string()
    }
}

/// The mark of a session added by hand, in the tables (in English; faces
/// show [`by_hand`]).
#[must_use]
pub fn by_hand() -> String {
    crate::tr!("facts-by-hand")
}

/// Left / right / total without the unit, `-` for what is missing; `-`
/// alone when no volume was given.
#[must_use]
pub fn volumes(result: &crate::session::SessionResult, units: Units, separator: &str) -> String {
    if result.volume_ml().is_none() {
        return "-".to_string();
    }
    let vol = |v: Option<f64>| {
        v.map_or("-".to_string(), |ml| {
            crate::facts::Volume::new(ml, units).number()
        })
    };
    [result.left_ml, result.right_ml, result.volume_ml()]
        .map(vol)
        .join(separator)
}

/// Reads a volume as typed: "40", "40ml", "40 ml", "1.5oz"; a bare number is
/// in `units`. Returns millilitres, never -0. The most a session holds is
/// checked once, in millilitres, and said in the unit typed, rounded down
/// so that what the message allows is allowed.
pub fn parse_volume(text: &str, units: Units) -> Result<Option<f64>, String> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Ok(None);
    }
    let (number, unit) = if let Some(n) = text.strip_suffix("ml") {
        (n, Units::Ml)
    } else if let Some(n) = text.strip_suffix("oz") {
        (n, Units::Oz)
    } else {
        (text.as_str(), units)
    };
    // Digits and a decimal point or comma: not "nan", "inf" or "1e3".
    let number = number.trim().replace(',', ".");
    let value: f64 = Some(number.as_str())
        .filter(|n| {
            n.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
        })
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| crate::tr!("facts-not-a-volume", text = text.as_str()))?;
    let per_unit = match unit {
        Units::Ml => 1.0,
        Units::Oz => ML_PER_OZ,
    };
    // Adding 0 turns -0 into 0.
    let ml = value * per_unit + 0.0;
    if !(0.0..=MAX_ML).contains(&ml) {
        let most = (MAX_ML / per_unit * 10.0).floor() / 10.0;
        let most = format!(
            "{} {}",
            crate::i18n::decimal(most, usize::from(most.fract() != 0.0)),
            crate::facts::Volume::unit(unit)
        );
        return Err(if ml < 0.0 {
            crate::tr!("facts-volume-below-zero", text = text.as_str(), most = most)
        } else {
            crate::tr!("facts-volume-too-much", text = text.as_str(), most = most)
        });
    }
    Ok(Some(ml))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Length;

    #[test]
    fn clocks() {
        assert_eq!(clock(0.0), "00:00");
        assert_eq!(clock(95.7), "01:35");
        assert_eq!(clock(3723.0), "1:02:03");
        assert_eq!(plural(1, "let-down"), "1 let-down");
        assert_eq!(plural(0, "let-down"), "0 let-downs");
    }

    #[test]
    fn counts_figures_and_typing_errors_read_in_spanish() {
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(plural(1, "let-down"), "1 bajada");
        assert_eq!(plural(3, "session"), "3 sesiones");
        assert_eq!(
            figures(3, 2880.0, 7, Some(166.0), Units::Ml),
            "3 sesiones · 48m de extracción · 7 bajadas · 166 ml"
        );
        let over = parse_volume("67.7oz", Units::Ml).expect_err("too much");
        assert!(over.ends_with("de 0 a 67,6 oz"), "{over}");
        assert_eq!(
            parse_volume("1,5oz", Units::Ml).map(|v| v.is_some()),
            Ok(true)
        );
        let wrong = parse_time_of_day("seven").expect_err("not a time");
        assert_eq!(wrong, "«seven» no es una hora; prueba con 07:10 o 7:10pm");
        crate::i18n::set_language_here(None);
        assert_eq!(
            figures(3, 2880.0, 1, None, Units::Ml),
            "3 sessions · 48m pumping · 1 let-down"
        );
    }

    #[test]
    fn a_long_line_is_cut_at_a_word() {
        assert_eq!(shorten("saved", 10), "saved");
        assert_eq!(shorten("saving failed — kept safe", 16), "saving failed…");
        assert_eq!(shorten("unbroken", 5), "unbr…");
    }

    #[test]
    fn one_moment_reads_the_same_in_every_form() {
        // A tap 1.6 s in: the clock and the words both say one second.
        assert_eq!(clock(1.6), "00:01");
        assert_eq!(Length::of(1.6).to_string(), "1s");
        assert_eq!(Length::of(1.6).short(), "1s");
        // 7 min 13.6 s: never 07:13 beside 7m14s.
        assert_eq!(clock(433.6), "07:13");
        assert_eq!(Length::of(433.6).to_string(), "7m13s");
        // An hour on, minutes and hours rather than 60m30s.
        assert_eq!(Length::of(3630.0).to_string(), "1h00m");
    }

    #[test]
    fn volumes_are_read_in_any_form() {
        assert_eq!(parse_volume("40", Units::Ml), Ok(Some(40.0)));
        assert_eq!(parse_volume(" 40 ml", Units::Oz), Ok(Some(40.0)));
        let oz = parse_volume("1.5oz", Units::Ml).expect("oz").expect("some");
        assert!((oz - 44.36).abs() < 0.01);
        assert_eq!(parse_volume("", Units::Ml), Ok(None));
        assert!(parse_volume("lots", Units::Ml).is_err());
        assert!(parse_volume("-3", Units::Ml).is_err());
        assert!(parse_volume("2000", Units::Ml).is_ok());
        assert!(parse_volume("2001ml", Units::Oz).is_err());
        // 2000 oz is almost 60 litres: no session holds that.
        assert!(parse_volume("2000", Units::Oz).is_err());
        assert!(parse_volume("67oz", Units::Ml).is_ok());
        assert!(parse_volume("68oz", Units::Ml).is_err());
        // The bound the message gives is the bound the check applies.
        assert!(parse_volume("67.6oz", Units::Ml).is_ok());
        let over = parse_volume("67.7oz", Units::Ml).expect_err("2002 ml");
        assert!(over.ends_with("from 0 to 67.6 oz"), "{over}");
        assert!(parse_volume("2000", Units::Ml).is_ok());
        let over = parse_volume("2000.1", Units::Ml).expect_err("over");
        assert!(over.ends_with("from 0 to 2000 ml"), "{over}");
        for text in ["nan", "NaN", "inf", "-infinity", "1e3"] {
            let err = parse_volume(text, Units::Ml).expect_err(text);
            assert!(err.contains("is not a volume"), "{err}");
        }
        let zero = parse_volume("-0", Units::Ml).expect("0").expect("some");
        assert_eq!(zero.to_bits(), 0, "0, not {zero}");
    }

    #[test]
    fn wide_characters_take_two_columns_and_are_never_cut_in_half() {
        assert_eq!(columns("Pump"), 4);
        assert_eq!(columns("名前"), 4);
        assert_eq!(clip("名前です", 5), "名前");
        assert_eq!(clip("Pump", 9), "Pump");
        assert_eq!(clip("e\u{301}x", 1), "e\u{301}");
    }
}
