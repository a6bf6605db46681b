//! What the history charts draw, from the range's figures: the three daily
//! series with their goals, and the two per-session trends.

use crate::config::{Goals, Units};
use crate::stats::{DayTotals, History};

use super::axis::DateScale;
use super::charts::{Series, Shape, scale_top};

/// A goal of zero is no goal.
fn goal(value: u32) -> Option<f64> {
    (value > 0).then(|| f64::from(value))
}

/// One bar per day of `value`.
fn daily(history: &History, value: impl Fn(&DayTotals) -> f64) -> Vec<(f64, f64)> {
    history
        .days
        .iter()
        .enumerate()
        .map(|(i, day)| (i as f64, value(&day.totals)))
        .collect()
}

/// The average of the bars over every day of the range, empty days included.
fn average(points: &[(f64, f64)]) -> f64 {
    points.iter().map(|p| p.1).sum::<f64>() / points.len().max(1) as f64
}

/// A chart's title, with its goal where it has one.
fn titled(what: &str, average: &str, goal: Option<f64>) -> String {
    if let Some(goal) = goal {
        crate::tr!(
            "history-chart-average-goal",
            what = what,
            average = average,
            goal = format!("{goal:.0}")
        )
    } else {
        crate::tr!("history-chart-average", what = what, average = average)
    }
}

fn series(
    title: String,
    shape: Shape,
    points: Vec<(f64, f64)>,
    goal: Option<f64>,
    label: impl Fn(f64) -> String,
) -> Series {
    let top = scale_top(&points, goal);
    Series {
        title,
        shape,
        points,
        goal,
        top,
        top_label: label(top),
    }
}

/// The five charts, top to bottom.
pub fn all(history: &History, scale: &DateScale, goals: &Goals, units: Units) -> Vec<Series> {
    let whole = |v: f64| format!("{v:.0}");
    let sessions = daily(history, |t| t.sessions as f64);
    let minutes = daily(history, |t| t.pumping_secs / 60.0);
    let volume = daily(history, |t| t.volume_ml.unwrap_or(0.0));
    let (sessions_goal, minutes_goal) = (goal(goals.sessions_per_day), goal(goals.minutes_per_day));
    let letdowns: Vec<(f64, f64)> = history
        .sessions
        .iter()
        .map(|s| (scale.session_x(s), s.letdowns as f64))
        .collect();
    let firsts: Vec<(f64, f64)> = history
        .sessions
        .iter()
        .filter_map(|s| Some((scale.session_x(s), s.first_letdown_secs? / 60.0)))
        .collect();
    vec![
        series(
            titled(
                &crate::tr!("history-chart-sessions"),
                &crate::i18n::decimal(average(&sessions), 1),
                sessions_goal,
            ),
            Shape::Bars,
            sessions,
            sessions_goal,
            whole,
        ),
        series(
            titled(
                &crate::tr!("history-chart-minutes"),
                &format!("{:.0}", average(&minutes)),
                minutes_goal,
            ),
            Shape::Bars,
            minutes,
            minutes_goal,
            whole,
        ),
        series(
            titled(
                &crate::tr!(
                    "history-chart-volume",
                    unit = crate::facts::Volume::unit(units)
                ),
                &crate::facts::Volume::new(average(&volume), units).number(),
                None,
            ),
            Shape::Bars,
            volume,
            None,
            |ml| crate::facts::Volume::new(ml, units).number(),
        ),
        series(
            crate::tr!("history-chart-letdowns"),
            Shape::Trend,
            letdowns,
            None,
            whole,
        ),
        series(
            crate::tr!("history-chart-first"),
            Shape::Trend,
            firsts,
            None,
            |m| format!("{m:.0}m"),
        ),
    ]
}
