//! How numbers read on screen and in printed tables (clock times, durations,
//! volumes in the user's units), and how text from files is made safe to
//! show and measured in columns.

use chrono::{DateTime, FixedOffset};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::basics::{ClockStyle, Units};
pub use crate::basics::{printable, printable_path};
use crate::session::MAX_ML;

mod typed;

pub use typed::{
    check_total, length_text, local_at, on_day, parse_count, parse_length, parse_offsets,
    parse_time_of_day,
};

/// Millilitres in one US fluid ounce.
pub const ML_PER_OZ: f64 = 29.573_53;

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

/// A short duration: `45s`, `12m`, `2h10m`.
#[must_use]
pub fn short(secs: f64) -> String {
    let total = secs.max(0.0).floor() as u64;
    if total < 60 {
        format!("{total}s")
    } else if total < 3600 {
        format!("{}m", total / 60)
    } else {
        format!("{}h{:02}m", total / 3600, total / 60 % 60)
    }
}

/// A minute-and-second duration: `45s`, `1m35s`; from an hour on, hours
/// and minutes as [`short`] has them (`1h00m`).
#[must_use]
pub fn min_sec(secs: f64) -> String {
    let total = secs.max(0.0).floor() as u64;
    if total < 60 {
        format!("{total}s")
    } else if total < 3600 {
        format!("{}m{:02}s", total / 60, total % 60)
    } else {
        short(secs)
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

/// A count with its noun: `1 let-down`, `3 let-downs`, `0 sessions`.
#[must_use]
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// How often sessions went on long past their last let-down, in words the
/// history screen and `letdown stats` share: "3 of 12 sessions went on 5m
/// or more past the last let-down".
#[must_use]
pub fn went_on(went_on: &crate::stats::WentOn) -> Option<String> {
    let quiet = went_on.quiet_secs?;
    (went_on.sessions > 0).then(|| {
        format!(
            "{} of {} went on {} or more past the last let-down",
            went_on.long_after_last,
            plural(went_on.sessions, "session"),
            short(quiet)
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
    let mut text = format!(
        "{} · {} pumping · {}",
        plural(sessions, "session"),
        short(pumping_secs),
        plural(letdowns, "let-down")
    );
    if let Some(ml) = volume_ml {
        text.push_str(" · ");
        text.push_str(&volume(ml, units));
    }
    text
}

/// What a table's let-downs column says of a session: the count, marked
/// when the session was added by hand (its let-downs were not tapped).
#[must_use]
pub fn letdowns_cell(record: &crate::session::SessionRecord) -> String {
    let count = record.letdown_count();
    if record.is_by_hand() {
        format!("{count} {BY_HAND}")
    } else {
        count.to_string()
    }
}

/// The mark of a session added by hand, in the tables.
pub const BY_HAND: &str = "by hand";

/// A time of day in the configured style.
#[must_use]
pub fn time_of_day(at: &DateTime<FixedOffset>, style: ClockStyle) -> String {
    match style {
        ClockStyle::H24 => at.format("%H:%M").to_string(),
        ClockStyle::H12 => at.format("%-I:%M %P").to_string(),
    }
}

/// A volume in the configured units, without the unit.
#[must_use]
pub fn volume_number(ml: f64, units: Units) -> String {
    match units {
        Units::Ml => format!("{ml:.0}"),
        Units::Oz => format!("{:.1}", ml / ML_PER_OZ),
    }
}

/// A volume with its unit: `83 ml`, `2.8 oz`.
#[must_use]
pub fn volume(ml: f64, units: Units) -> String {
    format!("{} {}", volume_number(ml, units), unit_label(units))
}

/// Left / right / total without the unit, `-` for what is missing; `-`
/// alone when no volume was given.
#[must_use]
pub fn volumes(result: &crate::session::SessionResult, units: Units, separator: &str) -> String {
    if result.volume_ml().is_none() {
        return "-".to_string();
    }
    let vol = |v: Option<f64>| v.map_or("-".to_string(), |ml| volume_number(ml, units));
    [result.left_ml, result.right_ml, result.volume_ml()]
        .map(vol)
        .join(separator)
}

/// The unit's short name.
#[must_use]
pub fn unit_label(units: Units) -> &'static str {
    match units {
        Units::Ml => "ml",
        Units::Oz => "oz",
    }
}

/// Reads a volume as typed: "40", "40ml", "40 ml", "1.5oz"; a bare number is
/// in `units`. Returns millilitres.
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
    let value: f64 = number
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| format!("\"{text}\" is not a volume; try 40, 40ml or 1.5oz"))?;
    let ml = match unit {
        Units::Ml => value,
        Units::Oz => value * ML_PER_OZ,
    };
    // The limit a session record holds, in whichever unit was typed.
    if !ml.is_finite() || !(0.0..=MAX_ML).contains(&ml) {
        let most = match unit {
            Units::Ml => format!("{MAX_ML:.0} ml"),
            Units::Oz => format!("{:.0} oz", MAX_ML / ML_PER_OZ),
        };
        let what = if ml < 0.0 {
            "is below 0"
        } else {
            "is more than a session holds"
        };
        return Err(format!("\"{text}\" {what}; from 0 to {most}"));
    }
    Ok(Some(ml))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        assert_eq!(clock(0.0), "00:00");
        assert_eq!(clock(95.7), "01:35");
        assert_eq!(clock(3723.0), "1:02:03");
        assert_eq!(short(7800.0), "2h10m");
        assert_eq!(plural(1, "let-down"), "1 let-down");
        assert_eq!(plural(0, "let-down"), "0 let-downs");
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
        assert_eq!(min_sec(1.6), "1s");
        assert_eq!(short(1.6), "1s");
        // 7 min 13.6 s: never 07:13 beside 7m14s.
        assert_eq!(clock(433.6), "07:13");
        assert_eq!(min_sec(433.6), "7m13s");
        // An hour on, minutes and hours rather than 60m30s.
        assert_eq!(min_sec(3630.0), "1h00m");
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
