//! The report: one page to bring to a lactation consultant or a doctor, as
//! self-contained HTML (inline SVG charts, no script, nothing fetched) or
//! as plain Markdown text for a message.
//!
//! It prints the figures of the query layer and decides none itself: the
//! days, the pattern and the triggers are the ones `letdown stats` prints,
//! the raster's rows are the history's sessions.
//!
//! - `html`: the page, its sections (`html/`) and its print style (`report.css`).
//! - `charts` and `raster`: the charts, drawn as SVG by `svg`; each
//!   followed by its numbers, a `table`.
//! - `markdown`: the plain-text version.

mod charts;
mod html;
mod markdown;
mod raster;
mod svg;
mod table;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use crate::config::{ClockStyle, Config, Goals, Units};
use crate::format;
use crate::query::{self, PeriodReport};
use crate::stats::{Last24h, Period, Volumes};
use crate::store::{DataDir, Unreadable};

pub use html::to_html;
pub use markdown::to_markdown;

/// What the report says, read once: the period and the last 24 hours.
#[derive(Debug, Clone)]
pub struct Report {
    pub period: Period,
    /// The milk over the period: by day with the split, by session, the
    /// week, the parts of the day, by setup.
    pub volumes: Volumes,
    pub last_24h: Last24h,
    /// The baby's birth date, from the config.
    pub birth_date: Option<NaiveDate>,
    /// The instant the last 24 hours end at.
    pub last_24h_at: DateTime<FixedOffset>,
    /// When the report was made.
    pub made: DateTime<FixedOffset>,
    pub units: Units,
    pub clock: ClockStyle,
    pub goals: Goals,
    /// When a day starts, where a session stands in its day.
    pub day_start: NaiveTime,
    pub unreadable: Vec<Unreadable>,
    /// The experiments that ran in the period, each with its outcome.
    pub experiments: Vec<(crate::experiment::Experiment, crate::experiment::Outcome)>,
}

impl Report {
    /// Reads the days `from..=to`, and the 24 hours before `last_24h_at`
    /// (now, or the end of a period that is over).
    #[must_use]
    pub fn load(
        data: &DataDir,
        config: &Config,
        from: NaiveDate,
        to: NaiveDate,
        last_24h_at: DateTime<FixedOffset>,
        made: DateTime<FixedOffset>,
    ) -> Self {
        let today = crate::store::day_at(made.naive_local(), config.day_starts_at.0);
        let PeriodReport {
            period,
            volumes,
            mut unreadable,
        } = query::period_report(data, config, from, to, today);
        let rolling = query::last_24h(data, config, last_24h_at);
        unreadable.extend(rolling.unreadable_besides(&unreadable));
        Self {
            period,
            volumes,
            birth_date: config.birth_date.map(|b| b.0),
            last_24h: rolling.at(last_24h_at),
            last_24h_at,
            made,
            units: config.units,
            clock: config.clock,
            goals: config.goals.clone(),
            day_start: config.day_starts_at.0,
            unreadable,
            experiments: query::experiments_in(data, config, from, to, today),
        }
    }

    /// "Mon 10 Nov – Sun 23 Nov 2026", or the one day.
    #[must_use]
    pub fn dates(&self) -> String {
        let h = &self.period.history;
        crate::facts::period_title(h.from, h.to)
    }

    /// The baby's age in weeks on the period's last day, when the config
    /// has the birth date.
    #[must_use]
    pub fn baby_age(&self) -> Option<String> {
        crate::facts::volumes::baby_age(self.birth_date?, self.period.history.to)
    }

    /// A time of day as the config has it.
    fn time(&self, at: &DateTime<FixedOffset>) -> String {
        crate::facts::time_of_day(at, self.clock)
    }

    /// A volume with its unit, or "-".
    fn volume(&self, ml: Option<f64>) -> String {
        ml.map_or("-".to_string(), |ml| {
            crate::facts::Volume::new(ml, self.units).to_string()
        })
    }
}

/// A median count as it reads: "3", "2.5".
fn count_text(n: f64) -> String {
    if n.fract() == 0.0 {
        crate::i18n::decimal(n, 0)
    } else {
        crate::i18n::decimal(n, 1)
    }
}

/// The one line every version says: what this is, and what it is not.
#[must_use]
pub fn not_medical() -> String {
    crate::tr!("report-not-medical")
}

/// Said beside tender or painful sessions.
#[must_use]
pub fn gentle_pain() -> String {
    crate::tr!("report-gentle-pain")
}

/// Text from a file or the config made safe for HTML, in an element or a
/// quoted attribute: markup characters escaped, and control characters and
/// the bidirectional overrides (as [`format::printable`] has them) and
/// Unicode noncharacters shown as `�`, so that a note can neither add markup
/// nor make the page invalid.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in format::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_noncharacter(c) => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    out
}

/// U+FDD0..U+FDEF and the last two code points of every plane.
fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_adds_no_markup_and_no_control_character() {
        assert_eq!(
            escape("<a href=\"x\">it's & \u{1b}[2J</a>\u{fdd0}\u{202e}"),
            "&lt;a href=&quot;x&quot;&gt;it&#39;s &amp; �[2J&lt;/a&gt;��"
        );
        assert_eq!(escape("plain text, 5 ml"), "plain text, 5 ml");
    }
}
