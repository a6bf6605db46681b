//! How the milk over time reads: a day with its left/right split and "so
//! far" for today, the week against the week before, the parts of the day,
//! and the figures by setup. Plain figures, never a recommendation.

use std::fmt::Write as _;

use crate::basics::Units;
use crate::format;
use crate::stats::{DayVolume, PartVolume, SetupFigures, WeekChange};

use super::words::fixed;
use super::{Length, Volume};
use crate::tr;

/// The mark of today, not over yet.
#[must_use]
pub fn so_far() -> String {
    tr!("facts-so-far")
}

/// What the by-setup figures are, said once above them.
#[must_use]
pub fn by_setup_note() -> String {
    tr!("facts-by-setup-note")
}

/// What the "a day" averages say when today, not over yet, is left out.
#[must_use]
pub fn today_left_out() -> String {
    tr!("facts-today-left-out")
}

/// A volume, or "-" when there is none.
#[must_use]
pub fn volume_or_dash(ml: Option<f64>, units: Units) -> String {
    ml.map_or("-".to_string(), |ml| Volume::new(ml, units).to_string())
}

/// A day's left/right split: "L 40 · R 30 ml"; none when neither side was given.
#[must_use]
pub fn split(left_ml: Option<f64>, right_ml: Option<f64>, units: Units) -> Option<String> {
    if left_ml.is_none() && right_ml.is_none() {
        return None;
    }
    let number = |ml: Option<f64>| ml.map_or("-".to_string(), |ml| Volume::new(ml, units).number());
    Some(tr!(
        "facts-split",
        left = number(left_ml),
        right = number(right_ml),
        unit = Volume::unit(units)
    ))
}

/// A day's volume as it reads: "120 ml (L 40 · R 30 ml)", "so far" on today.
#[must_use]
pub fn day_volume(day: &DayVolume, units: Units) -> String {
    let mut text = volume_or_dash(day.volume_ml, units);
    if let Some(split) = split(day.left_ml, day.right_ml, units) {
        text = format!("{text} ({split})");
    }
    if day.so_far {
        text = format!("{text} {}", so_far());
    }
    text
}

/// A change of volume with its sign: "+60 ml", "−12 ml", "no change".
#[must_use]
pub fn change(ml: f64, units: Units) -> String {
    let volume = Volume::new(ml.abs(), units);
    if volume.reads_as_zero() {
        tr!("facts-no-change")
    } else if ml > 0.0 {
        format!("+{volume}")
    } else {
        format!("−{volume}")
    }
}

/// The week's line: "7 days to Sun 23 Nov: 560 ml a day; the 7 before:
/// 500 ml a day (+60 ml)". None when no whole day had a volume.
#[must_use]
pub fn week_line(week: &WeekChange, units: Units) -> Option<String> {
    let average = week.average_ml?;
    let average = Volume::new(average, units).to_string();
    let to = week.to.map(|to| super::DayLabel::Medium.of(to));
    Some(match (week.previous_average_ml, week.change_ml, to) {
        (Some(before), Some(change_ml), to) => {
            let before = Volume::new(before, units).to_string();
            let change = change(change_ml, units);
            if let Some(to) = to {
                tr!(
                    "facts-week-line-to",
                    to = to,
                    average = average,
                    before = before,
                    change = change
                )
            } else {
                tr!(
                    "facts-week-line",
                    average = average,
                    before = before,
                    change = change
                )
            }
        }
        (_, _, Some(to)) => tr!("facts-week-line-alone-to", to = to, average = average),
        (_, _, None) => tr!("facts-week-line-alone", average = average),
    })
}

/// A part of the day with its hours: "night (00–06)".
#[must_use]
pub fn part_label(part: &PartVolume) -> String {
    let name = match part.part {
        "night" => fixed("facts-part-night"),
        "morning" => fixed("facts-part-morning"),
        "afternoon" => fixed("facts-part-afternoon"),
        "evening" => fixed("facts-part-evening"),
        other => other,
    };
    format!("{name} ({:02}–{:02})", part.from_hour, part.to_hour)
}

/// A part of the day's figures: "3 sessions · 120 ml · 40 ml a session".
#[must_use]
pub fn part_figures(part: &PartVolume, units: Units) -> String {
    let mut text = format::plural(part.sessions, "session");
    if let (Some(total), Some(average)) = (part.volume_ml, part.average_ml) {
        let _ = write!(
            text,
            " · {}",
            tr!(
                "facts-part-volumes",
                total = Volume::new(total, units).to_string(),
                average = Volume::new(average, units).to_string()
            )
        );
    }
    text
}

/// What the setup figures are split by, as a heading: "Flange", "Suction".
#[must_use]
pub fn by_label(by: &str) -> &'static str {
    match by {
        "flange" => fixed("facts-by-flange"),
        "suction" => fixed("facts-by-suction"),
        "pump" => fixed("facts-by-pump"),
        _ => fixed("facts-by-sides"),
    }
}

/// One value's figures: "24 mm: 12 sessions, 3.8 let-downs, first at 2m05s,
/// 92 ml, 2 tender".
#[must_use]
pub fn setup_figures(figures: &SetupFigures, units: Units) -> String {
    let mut parts = vec![format::plural(figures.sessions, "session")];
    if let Some(letdowns) = figures.letdowns_per_session {
        parts.push(tr!(
            "facts-setup-letdowns",
            letdowns = crate::i18n::decimal(letdowns, 1)
        ));
    }
    if let Some(first) = figures.median_first_letdown_secs {
        parts.push(tr!(
            "facts-setup-first",
            first = Length::of(first).to_string()
        ));
    }
    if let Some(ml) = figures.volume_ml_per_session {
        parts.push(Volume::new(ml, units).to_string());
    }
    parts.push(comfort(figures));
    format!("{}: {}", figures.value, parts.join(", "))
}

/// The comfort of a setup's sessions: "2 tender, 1 painful", "0 tender".
#[must_use]
pub fn comfort(figures: &SetupFigures) -> String {
    if figures.painful > 0 {
        tr!(
            "facts-comfort-painful",
            tender = figures.tender,
            painful = figures.painful
        )
    } else {
        tr!("facts-comfort", tender = figures.tender)
    }
}

/// What stands beside a session's raster row: "70 ml · both"; empty when
/// neither was given.
#[must_use]
pub fn row_note(
    volume_ml: Option<f64>,
    sides: Option<crate::session::Sides>,
    units: Units,
) -> String {
    let mut parts = Vec::new();
    if let Some(ml) = volume_ml {
        parts.push(Volume::new(ml, units).to_string());
    }
    if let Some(sides) = sides {
        parts.push(super::setup::sides_words(sides).to_string());
    }
    parts.join(" · ")
}

/// The baby's age in whole weeks on `on` (rounded down): "9 weeks old on
/// Sat 5 Dec"; none before the birth.
#[must_use]
pub fn baby_age(birth: chrono::NaiveDate, on: chrono::NaiveDate) -> Option<String> {
    let days = (on - birth).num_days();
    (days >= 0).then(|| {
        let weeks = days / 7;
        tr!(
            "facts-baby-age",
            weeks = weeks,
            on = super::DayLabel::Medium.of(on)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_milk_reads_in_spanish_with_a_decimal_comma() {
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(
            split(Some(40.0), Some(30.0), Units::Oz).as_deref(),
            Some("I 1,4 · D 1,0 oz")
        );
        assert_eq!(change(0.2, Units::Oz), "sin cambios");
        assert_eq!(change(-12.0, Units::Ml), "−12 ml");
        let day = |text: &str| text.parse::<chrono::NaiveDate>().expect("a date");
        assert_eq!(
            baby_age(day("2026-09-26"), day("2026-12-05")).as_deref(),
            Some("10 semanas de vida el sáb 5 dic")
        );
        crate::i18n::set_language_here(None);
        assert_eq!(
            baby_age(day("2026-09-26"), day("2026-12-05")).as_deref(),
            Some("10 weeks old on Sat 5 Dec")
        );
    }

    #[test]
    fn a_week_reads_as_one_sentence() {
        let week = WeekChange {
            to: Some("2026-11-23".parse().expect("a date")),
            average_ml: Some(560.0),
            previous_average_ml: Some(500.0),
            change_ml: Some(60.0),
        };
        assert_eq!(
            week_line(&week, Units::Ml).as_deref(),
            Some("7 days to Mon 23 Nov: 560 ml a day; the 7 before: 500 ml a day (+60 ml)")
        );
        let alone = WeekChange {
            to: None,
            previous_average_ml: None,
            change_ml: None,
            ..week
        };
        assert_eq!(
            week_line(&alone, Units::Ml).as_deref(),
            Some("7 days: 560 ml a day; no volume the 7 days before")
        );
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(
            week_line(&week, Units::Ml).as_deref(),
            Some(
                "7 días hasta el lun 23 nov: 560 ml al día; los 7 anteriores: 500 ml al día (+60 ml)"
            )
        );
        crate::i18n::set_language_here(None);
    }
}
