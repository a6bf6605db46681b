//! How the milk over time reads: a day with its left/right split and "so
//! far" for today, the week against the week before, the parts of the day,
//! and the figures by setup. Plain figures, never a recommendation.

use std::fmt::Write as _;

use crate::basics::Units;
use crate::format;
use crate::stats::{DayVolume, PartVolume, SetupFigures, WeekChange};

use super::{Length, Volume};

/// The mark of today, not over yet.
pub const SO_FAR: &str = "so far";

/// What the by-setup figures are, said once above them.
pub const BY_SETUP_NOTE: &str = "Figures of your own sessions, side by side; not advice.";

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
    Some(format!(
        "L {} · R {} {}",
        number(left_ml),
        number(right_ml),
        Volume::unit(units)
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
        text = format!("{text} {SO_FAR}");
    }
    text
}

/// A change of volume with its sign: "+60 ml", "−12 ml", "no change".
#[must_use]
pub fn change(ml: f64, units: Units) -> String {
    let volume = Volume::new(ml.abs(), units);
    if volume.number().chars().all(|c| c == '0' || c == '.') {
        "no change".to_string()
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
    let to = week.to.map_or(String::new(), |to| {
        format!(" to {}", super::DayLabel::Medium.of(to))
    });
    let mut line = format!("7 days{to}: {} a day", Volume::new(average, units));
    match (week.previous_average_ml, week.change_ml) {
        (Some(before), Some(change_ml)) => {
            let _ = write!(
                line,
                "; the 7 before: {} a day ({})",
                Volume::new(before, units),
                change(change_ml, units)
            );
        }
        _ => line.push_str("; no volume the 7 days before"),
    }
    Some(line)
}

/// A part of the day with its hours: "night (00–06)".
#[must_use]
pub fn part_label(part: &PartVolume) -> String {
    format!("{} ({:02}–{:02})", part.part, part.from_hour, part.to_hour)
}

/// A part of the day's figures: "3 sessions · 120 ml · 40 ml a session".
#[must_use]
pub fn part_figures(part: &PartVolume, units: Units) -> String {
    let mut text = format::plural(part.sessions, "session");
    if let (Some(total), Some(average)) = (part.volume_ml, part.average_ml) {
        let _ = write!(
            text,
            " · {} · {} a session",
            Volume::new(total, units),
            Volume::new(average, units)
        );
    }
    text
}

/// What the setup figures are split by, as a heading: "Flange", "Suction".
#[must_use]
pub fn by_label(by: &str) -> &'static str {
    match by {
        "flange" => "Flange",
        "suction" => "Suction",
        "pump" => "Pump",
        _ => "Sides",
    }
}

/// One value's figures: "24 mm: 12 sessions, 3.8 let-downs, first at 2m05s,
/// 92 ml, 2 tender".
#[must_use]
pub fn setup_figures(figures: &SetupFigures, units: Units) -> String {
    let mut parts = vec![format::plural(figures.sessions, "session")];
    if let Some(letdowns) = figures.letdowns_per_session {
        parts.push(format!("{letdowns:.1} let-downs"));
    }
    if let Some(first) = figures.median_first_letdown_secs {
        parts.push(format!("first at {}", Length::of(first)));
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
        format!("{} tender, {} painful", figures.tender, figures.painful)
    } else {
        format!("{} tender", figures.tender)
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
        format!(
            "{} old on {}",
            format::plural(usize::try_from(weeks).unwrap_or(0), "week"),
            super::DayLabel::Medium.of(on)
        )
    })
}

/// What the "a day" averages say when today, not over yet, is left out.
pub const TODAY_LEFT_OUT: &str = "today, so far, is left out of the averages";
