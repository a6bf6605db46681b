//! The typed cells every face prints: a length, a time of day, a volume in
//! the user's units, a share, a day label. Each owns its rounding and its
//! one way to read, so that the same figure never reads two ways.

use std::fmt;

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate};

use crate::config::{ClockStyle, Units};
use crate::i18n;
use crate::tr;

/// Millilitres in one US fluid ounce.
pub const ML_PER_OZ: f64 = 29.573_53;

/// How long something lasted: `45s`, `7m13s`, `12m`, `1h05m`. Never like a
/// clock time (`12:00` reads as noon); only the running session's own clock
/// is a clock. Every length is rounded down to the second, and minutes are
/// whole minutes rounded down, the way a clock reads, so that a figure never
/// claims more than was done.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Length(f64);

impl Length {
    /// A length of `secs` seconds; below zero (or not a number) is none.
    #[must_use]
    pub fn of(secs: f64) -> Self {
        Self(if secs.is_finite() { secs.max(0.0) } else { 0.0 })
    }

    /// Whole seconds, rounded down.
    #[must_use]
    pub fn whole_secs(self) -> u64 {
        self.0.floor() as u64
    }

    /// Whole minutes, rounded down: the one rounding of minutes everywhere
    /// (the day screen, the history table, `stats`, the reports).
    #[must_use]
    pub fn whole_minutes(self) -> u64 {
        self.whole_secs() / 60
    }

    /// The short form, in whole minutes from a minute on: `45s`, `12m`, `2h10m`.
    #[must_use]
    pub fn short(self) -> String {
        let total = self.whole_secs();
        if total < 60 {
            tr!("facts-length-seconds", seconds = total.to_string())
        } else if total < 3600 {
            tr!("facts-length-minutes", minutes = (total / 60).to_string())
        } else {
            tr!(
                "facts-length-hours",
                hours = (total / 3600).to_string(),
                minutes = format!("{:02}", total / 60 % 60)
            )
        }
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.whole_secs();
        let text = if (60..3600).contains(&total) && !total.is_multiple_of(60) {
            tr!(
                "facts-length-minutes-seconds",
                minutes = (total / 60).to_string(),
                seconds = format!("{:02}", total % 60)
            )
        } else {
            self.short()
        };
        f.pad(&text)
    }
}

/// A moment of the day in the configured style: `07:10` or `7:10 am`.
#[derive(Debug, Clone, Copy)]
pub struct TimeOfDay {
    pub at: DateTime<FixedOffset>,
    pub style: ClockStyle,
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self.style {
            ClockStyle::H24 => self.at.format("%H:%M").to_string(),
            ClockStyle::H12 => self.at.format("%-I:%M %P").to_string(),
        };
        f.pad(&text)
    }
}

/// A time of day as text, in the configured style.
#[must_use]
pub fn time_of_day(at: &DateTime<FixedOffset>, style: ClockStyle) -> String {
    TimeOfDay { at: *at, style }.to_string()
}

/// A volume in the user's units: `83 ml`, `2.8 oz`. The one conversion from
/// millilitres, and the one rounding (whole ml, tenths of an oz).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Volume {
    pub ml: f64,
    pub units: Units,
}

impl Volume {
    #[must_use]
    pub fn new(ml: f64, units: Units) -> Self {
        Self { ml, units }
    }

    /// The amount in the user's units, not rounded (for charts and exports).
    #[must_use]
    pub fn amount(self) -> f64 {
        match self.units {
            Units::Ml => self.ml,
            Units::Oz => self.ml / ML_PER_OZ,
        }
    }

    /// The number as it reads, without the unit: `83`, `2.8` (`2,8` in a
    /// language with a decimal comma).
    #[must_use]
    pub fn number(self) -> String {
        match self.units {
            Units::Ml => i18n::decimal(self.amount(), 0),
            Units::Oz => i18n::decimal(self.amount(), 1),
        }
    }

    /// Whether it reads as nothing at all once rounded: `0 ml`, `0.0 oz`.
    #[must_use]
    pub fn reads_as_zero(self) -> bool {
        self.number()
            .chars()
            .all(|c| !c.is_ascii_digit() || c == '0')
    }

    /// The unit's short name.
    #[must_use]
    pub fn unit(units: Units) -> &'static str {
        match units {
            Units::Ml => "ml",
            Units::Oz => "oz",
        }
    }
}

impl fmt::Display for Volume {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{} {}", self.number(), Self::unit(self.units)))
    }
}

/// A part of a whole in whole percent, rounded down (2 of 3 is 66 %, never
/// more than was seen); none of nothing is 0 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub part: usize,
    pub whole: usize,
}

impl Share {
    #[must_use]
    pub fn percent(self) -> usize {
        self.part * 100 / self.whole.max(1)
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&tr!("facts-share", percent = self.percent().to_string()))
    }
}

/// The ways a day is named, each written once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayLabel {
    /// `Mon`: a chart's axis.
    Weekday,
    /// `24 Nov`: a chart's axis, at each Monday.
    DayMonth,
    /// `Mon 24`: a table row a day.
    Short,
    /// `Mon 24 Nov`: a day within its period.
    Medium,
    /// `Mon 24 Nov 2026`: a day on its own.
    WithYear,
    /// `Monday 24 November`: a session's heading.
    Long,
    /// `Monday 24 November 2026`: the day of `letdown log`.
    Full,
    /// `2026-11-24`: tables meant to be copied, and file names.
    Iso,
    /// `Mon 2026-11-24`: the Markdown report's day rows.
    WeekdayIso,
}

impl DayLabel {
    /// The day named this way: a date, or the local date of a moment, with
    /// the language's day and month names and its order of them.
    #[must_use]
    pub fn of(self, day: impl Into<Day>) -> String {
        let day = day.into().0;
        let weekday = |short| i18n::weekday_name(day.weekday(), short);
        let month = |short| i18n::month_name(day.month(), short);
        let date = day.day().to_string();
        let year = day.year().to_string();
        let iso = day.format("%Y-%m-%d").to_string();
        match self {
            Self::Weekday => weekday(true),
            Self::DayMonth => tr!("facts-date-day-month", day = date, month = month(true)),
            Self::Short => tr!(
                "facts-date-weekday-day",
                weekday = weekday(true),
                day = date
            ),
            Self::Medium => tr!(
                "facts-date-short",
                weekday = weekday(true),
                day = date,
                month = month(true)
            ),
            Self::WithYear => tr!(
                "facts-date-short-year",
                weekday = weekday(true),
                day = date,
                month = month(true),
                year = year
            ),
            Self::Long => tr!(
                "facts-date-long",
                weekday = weekday(false),
                day = date,
                month = month(false)
            ),
            Self::Full => tr!(
                "facts-date-long-year",
                weekday = weekday(false),
                day = date,
                month = month(false),
                year = year
            ),
            Self::Iso => iso,
            Self::WeekdayIso => tr!(
                "facts-date-weekday-iso",
                weekday = weekday(true),
                date = iso
            ),
        }
    }
}

/// A day to name: a date, or the date of a moment in its own offset.
#[derive(Debug, Clone, Copy)]
pub struct Day(NaiveDate);

impl From<NaiveDate> for Day {
    fn from(day: NaiveDate) -> Self {
        Self(day)
    }
}

impl From<&NaiveDate> for Day {
    fn from(day: &NaiveDate) -> Self {
        Self(*day)
    }
}

impl From<DateTime<FixedOffset>> for Day {
    fn from(at: DateTime<FixedOffset>) -> Self {
        Self(at.date_naive())
    }
}

/// The title of a span of days: "Mon 10 Nov – Sun 23 Nov 2026", the year
/// said once when both ends share it, or the one day.
#[must_use]
pub fn period_title(from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        DayLabel::WithYear.of(to)
    } else if from.year() == to.year() {
        tr!(
            "facts-period",
            from = DayLabel::Medium.of(from),
            to = DayLabel::WithYear.of(to)
        )
    } else {
        tr!(
            "facts-period",
            from = DayLabel::WithYear.of(from),
            to = DayLabel::WithYear.of(to)
        )
    }
}

/// The label of bin `index` of `count` bins `bin_secs` wide, the last open
/// at its end: "30s to 1m", "5m or later".
#[must_use]
pub fn bin_label(index: usize, count: usize, bin_secs: f64) -> String {
    let from = Length::of(index as f64 * bin_secs).to_string();
    if index + 1 >= count {
        tr!("facts-bin-last", from = from)
    } else {
        let to = Length::of((index + 1) as f64 * bin_secs).to_string();
        tr!("facts-bin", from = from, to = to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_never_reads_like_a_clock_time() {
        let read = |secs: f64| Length::of(secs).to_string();
        assert_eq!(read(45.9), "45s");
        assert_eq!(read(433.6), "7m13s");
        assert_eq!(read(720.0), "12m");
        assert_eq!(read(3900.0), "1h05m");
        assert_eq!(read(3630.0), "1h00m");
        assert_eq!(read(-3.0), "0s");
        assert_eq!(read(f64::NAN), "0s");
        for secs in [0.0, 59.0, 720.0, 1200.0, 3599.0, 7200.0, 86_399.0] {
            assert!(!read(secs).contains(':'), "{secs}: {}", read(secs));
        }
        assert_eq!(Length::of(433.6).short(), "7m");
        assert_eq!(Length::of(7800.0).short(), "2h10m");
    }

    #[test]
    fn bins_read_as_lengths() {
        assert_eq!(bin_label(0, 3, 30.0), "0s to 30s");
        assert_eq!(bin_label(1, 3, 30.0), "30s to 1m");
        assert_eq!(bin_label(2, 3, 30.0), "1m or later");
    }

    #[test]
    fn minutes_round_down() {
        assert_eq!(Length::of(47.0 * 60.0 + 59.9).whole_minutes(), 47);
        assert_eq!(Length::of(59.9).whole_minutes(), 0);
    }

    #[test]
    fn a_volume_converts_once_and_rounds_by_its_unit() {
        assert_eq!(Volume::new(83.4, Units::Ml).to_string(), "83 ml");
        assert_eq!(Volume::new(83.4, Units::Oz).to_string(), "2.8 oz");
        assert!((Volume::new(ML_PER_OZ * 2.5, Units::Oz).amount() - 2.5).abs() < 1e-12);
    }

    #[test]
    fn a_share_rounds_down() {
        assert_eq!(Share { part: 2, whole: 3 }.to_string(), "66%");
        assert_eq!(Share { part: 0, whole: 0 }.percent(), 0);
    }

    #[test]
    fn a_period_says_its_year_once() {
        let day = |text: &str| text.parse::<NaiveDate>().expect("a date");
        assert_eq!(
            period_title(day("2026-11-10"), day("2026-11-23")),
            "Tue 10 Nov – Mon 23 Nov 2026"
        );
        assert_eq!(
            period_title(day("2026-11-23"), day("2026-11-23")),
            "Mon 23 Nov 2026"
        );
        assert_eq!(
            period_title(day("2025-12-30"), day("2026-01-02")),
            "Tue 30 Dec 2025 – Fri 2 Jan 2026"
        );
    }

    #[test]
    fn figures_and_days_read_in_spanish() {
        let day = |text: &str| text.parse::<NaiveDate>().expect("a date");
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(DayLabel::Medium.of(day("2026-11-23")), "lun 23 nov");
        assert_eq!(
            DayLabel::Full.of(day("2026-11-23")),
            "lunes 23 de noviembre de 2026"
        );
        assert_eq!(DayLabel::Iso.of(day("2026-11-23")), "2026-11-23");
        assert_eq!(
            period_title(day("2026-11-10"), day("2026-11-23")),
            "mar 10 nov – lun 23 nov 2026"
        );
        assert_eq!(Volume::new(83.4, Units::Oz).to_string(), "2,8 oz");
        assert_eq!(Volume::new(83.4, Units::Ml).to_string(), "83 ml");
        assert_eq!(Share { part: 2, whole: 3 }.to_string(), "66%");
        assert_eq!(Length::of(433.6).to_string(), "7m13s");
        assert_eq!(bin_label(2, 3, 30.0), "1m o más");
        assert_eq!(bin_label(1, 3, 30.0), "de 30s a 1m");
        crate::i18n::set_language_here(None);
        assert_eq!(DayLabel::Long.of(day("2026-11-23")), "Monday 23 November");
        assert_eq!(DayLabel::DayMonth.of(day("2026-05-04")), "4 May");
        assert_eq!(DayLabel::WeekdayIso.of(day("2026-11-23")), "Mon 2026-11-23");
    }
}
