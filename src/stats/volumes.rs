//! The volumes over time, and the setup beside the outcome: what the
//! history screen, `letdown stats` and the reports show of the milk. Plain
//! figures, never a recommendation.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use super::history::in_range;
use crate::facts::setup as words;
use crate::session::{Comfort, SessionRecord, Setup, round_to};

/// One day's milk: left, right and the total (which counts the sessions
/// that gave only a total too).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayVolume {
    pub date: NaiveDate,
    #[serde(serialize_with = "tenth")]
    pub volume_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub left_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub right_ml: Option<f64>,
    /// Today, not over yet: shown "so far" and left out of the averages.
    pub so_far: bool,
}

/// One session's outcome beside its setup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionVolume {
    pub id: String,
    pub date: NaiveDate,
    #[serde(serialize_with = "rfc3339")]
    pub started: DateTime<FixedOffset>,
    #[serde(serialize_with = "tenth")]
    pub volume_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub left_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub right_ml: Option<f64>,
    pub letdown_count: usize,
    /// Which sides, in words ("both", "one side at a time"); none when not given.
    pub sides: Option<&'static str>,
    /// The setup on one line, as the summary shows it.
    pub setup: String,
}

/// The daily volume of the last seven whole days, and of the seven before.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WeekChange {
    /// The last whole day counted (yesterday, when the range ends today).
    pub to: Option<NaiveDate>,
    /// The mean daily volume over the days of the week that have one.
    #[serde(serialize_with = "tenth")]
    pub average_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub previous_average_ml: Option<f64>,
    /// This week's average less the week before's.
    #[serde(serialize_with = "tenth")]
    pub change_ml: Option<f64>,
}

/// The parts of the day by the hour a session started.
pub const PARTS: [(&str, u32, u32); 4] = [
    ("night", 0, 6),
    ("morning", 6, 12),
    ("afternoon", 12, 18),
    ("evening", 18, 24),
];

/// The milk of one part of the day over the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartVolume {
    pub part: &'static str,
    pub from_hour: u32,
    pub to_hour: u32,
    pub sessions: usize,
    /// The sessions that have a volume, which the figures are taken over.
    pub with_volume: usize,
    #[serde(serialize_with = "tenth")]
    pub volume_ml: Option<f64>,
    #[serde(serialize_with = "tenth")]
    pub average_ml: Option<f64>,
}

/// One value of one part of the setup, and how its sessions went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetupFigures {
    /// "flange", "suction", "pump" or "sides".
    pub by: &'static str,
    /// The value in words: "24 mm", "level 6", "Spectra S1", "both".
    pub value: String,
    pub sessions: usize,
    /// Over the sessions whose let-downs are known (timed, or counted by hand).
    #[serde(serialize_with = "hundredth")]
    pub letdowns_per_session: Option<f64>,
    /// Over the timed sessions with a let-down.
    #[serde(serialize_with = "tenth")]
    pub median_first_letdown_secs: Option<f64>,
    /// Over the sessions that have a volume.
    #[serde(serialize_with = "tenth")]
    pub volume_ml_per_session: Option<f64>,
    pub fine: usize,
    pub tender: usize,
    pub painful: usize,
}

/// The range's whole days summed, today's partial day left out: what the
/// "a day" averages are taken over.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WholeDays {
    pub days: usize,
    pub sessions: usize,
    #[serde(serialize_with = "tenth_f64")]
    pub pumping_secs: f64,
    #[serde(serialize_with = "tenth")]
    pub volume_ml: Option<f64>,
    /// Whether today, not over yet, was left out.
    pub left_out_today: bool,
}

impl WholeDays {
    /// A sum spread over the whole days, empty ones included.
    #[must_use]
    pub fn per_day(&self, sum: f64) -> f64 {
        sum / self.days.max(1) as f64
    }
}

/// Everything of the milk over a range.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Volumes {
    pub days: Vec<DayVolume>,
    pub sessions: Vec<SessionVolume>,
    pub week: WeekChange,
    pub by_time_of_day: Vec<PartVolume>,
    /// Each part of the setup that had more than one value in the range.
    pub by_setup: Vec<SetupFigures>,
    pub whole_days: WholeDays,
}

impl Volumes {
    /// Whether any session of the range has a volume.
    #[must_use]
    pub fn has_volume(&self) -> bool {
        self.sessions.iter().any(|s| s.volume_ml.is_some())
    }
}

/// The volumes of the days `from..=to`; `today` is not over yet. The
/// sessions may reach further back: the week before is taken from them.
#[must_use]
pub fn volumes<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    day_start: NaiveTime,
) -> Volumes {
    let sessions: Vec<&SessionRecord> = sessions.into_iter().collect();
    let last_whole = if to >= today {
        today.pred_opt()
    } else {
        Some(to)
    };
    let week_from = last_whole.and_then(|d| d.checked_sub_days(Days::new(13)));
    let wide_from = week_from.map_or(from, |w| w.min(from));
    let all = in_range(sessions.iter().copied(), wide_from, to, day_start);
    let shown: Vec<(NaiveDate, &SessionRecord)> = all
        .iter()
        .filter(|(date, _)| *date >= from)
        .copied()
        .collect();
    let day =
        |date: NaiveDate, among: &[(NaiveDate, &SessionRecord)]| day_volume(date, among, today);
    Volumes {
        days: from
            .iter_days()
            .take_while(|d| *d <= to)
            .map(|d| day(d, &shown))
            .collect(),
        sessions: shown
            .iter()
            .map(|(date, r)| session_volume(*date, r))
            .collect(),
        week: last_whole.map_or_else(WeekChange::default, |last| week_change(last, &all, today)),
        by_time_of_day: by_time_of_day(&shown),
        by_setup: by_setup(shown.iter().map(|(_, r)| *r)),
        whole_days: whole_days(&shown, from, to, today),
    }
}

fn whole_days(
    shown: &[(NaiveDate, &SessionRecord)],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> WholeDays {
    let mut sum = WholeDays {
        days: from
            .iter_days()
            .take_while(|d| *d <= to && *d != today)
            .count(),
        left_out_today: (from..=to).contains(&today),
        ..WholeDays::default()
    };
    for (_, record) in shown.iter().filter(|(d, _)| *d != today) {
        sum.sessions += 1;
        sum.pumping_secs += record.pumping_secs();
        add(&mut sum.volume_ml, record.result.volume_ml());
    }
    sum
}

fn day_volume(
    date: NaiveDate,
    among: &[(NaiveDate, &SessionRecord)],
    today: NaiveDate,
) -> DayVolume {
    let mut day = DayVolume {
        date,
        volume_ml: None,
        left_ml: None,
        right_ml: None,
        so_far: date == today,
    };
    for (_, record) in among.iter().filter(|(d, _)| *d == date) {
        let result = &record.result;
        add(&mut day.volume_ml, result.volume_ml());
        add(&mut day.left_ml, result.left_ml);
        add(&mut day.right_ml, result.right_ml);
    }
    day
}

fn session_volume(date: NaiveDate, record: &SessionRecord) -> SessionVolume {
    let setup = record.setup.clone().unwrap_or_default();
    SessionVolume {
        id: record.id.clone(),
        date,
        started: record.started.0,
        volume_ml: record.result.volume_ml(),
        left_ml: record.result.left_ml,
        right_ml: record.result.right_ml,
        letdown_count: record.letdown_count(),
        sides: setup.sides.map(words::sides_words),
        setup: words::setup_line(&setup),
    }
}

/// The mean daily volume of the 7 days ending `last`, and of the 7 before,
/// over the days that have one; today never counts.
fn week_change(
    last: NaiveDate,
    all: &[(NaiveDate, &SessionRecord)],
    today: NaiveDate,
) -> WeekChange {
    let average = |end: Option<NaiveDate>| -> Option<f64> {
        let end = end?;
        let start = end.checked_sub_days(Days::new(6))?;
        let daily: Vec<f64> = start
            .iter_days()
            .take_while(|d| *d <= end && *d < today)
            .filter_map(|d| day_volume(d, all, today).volume_ml)
            .collect();
        (!daily.is_empty()).then(|| daily.iter().sum::<f64>() / daily.len() as f64)
    };
    let average_ml = average(Some(last));
    let previous_average_ml = average(last.checked_sub_days(Days::new(7)));
    WeekChange {
        to: Some(last),
        average_ml,
        previous_average_ml,
        change_ml: average_ml.zip(previous_average_ml).map(|(a, b)| a - b),
    }
}

fn by_time_of_day(shown: &[(NaiveDate, &SessionRecord)]) -> Vec<PartVolume> {
    PARTS
        .iter()
        .map(|&(part, from_hour, to_hour)| {
            let mut figures = PartVolume {
                part,
                from_hour,
                to_hour,
                sessions: 0,
                with_volume: 0,
                volume_ml: None,
                average_ml: None,
            };
            for (_, record) in shown {
                let hour = record.started.0.hour();
                if !(from_hour..to_hour).contains(&hour) {
                    continue;
                }
                figures.sessions += 1;
                if let Some(ml) = record.result.volume_ml() {
                    figures.with_volume += 1;
                    add(&mut figures.volume_ml, Some(ml));
                }
            }
            figures.average_ml = figures
                .volume_ml
                .map(|ml| ml / figures.with_volume.max(1) as f64);
            figures
        })
        .collect()
}

/// The parts of a setup the figures are split by, each with its value in words.
fn setup_values(setup: &Setup) -> [(&'static str, Option<String>); 4] {
    [
        ("flange", words::flange(setup)),
        (
            "suction",
            setup.suction.as_ref().map(|s| words::suction_words(&s.0)),
        ),
        (
            "pump",
            setup
                .pump
                .as_ref()
                .map(|p| crate::basics::printable(p).into_owned()),
        ),
        (
            "sides",
            setup.sides.map(|s| words::sides_words(s).to_string()),
        ),
    ]
}

/// The figures of each value of each part of the setup that had more than
/// one value among the sessions, most sessions first within a part.
fn by_setup<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord>) -> Vec<SetupFigures> {
    let mut groups: Vec<(&'static str, String, Vec<&SessionRecord>)> = Vec::new();
    for record in sessions {
        let Some(setup) = &record.setup else { continue };
        for (by, value) in setup_values(setup) {
            let Some(value) = value else { continue };
            match groups.iter_mut().find(|(b, v, _)| *b == by && *v == value) {
                Some((_, _, members)) => members.push(record),
                None => groups.push((by, value, vec![record])),
            }
        }
    }
    let mut figures: Vec<SetupFigures> = groups
        .iter()
        .filter(|(by, _, _)| groups.iter().filter(|(b, _, _)| b == by).count() > 1)
        .map(|(by, value, members)| setup_figures(by, value, members))
        .collect();
    let order = |by: &str| {
        setup_values(&Setup::default())
            .iter()
            .position(|(b, _)| *b == by)
    };
    figures.sort_by(|a, b| {
        order(a.by)
            .cmp(&order(b.by))
            .then(b.sessions.cmp(&a.sessions))
            .then(a.value.cmp(&b.value))
    });
    figures
}

fn setup_figures(by: &'static str, value: &str, members: &[&SessionRecord]) -> SetupFigures {
    let sessions = members.len();
    let counted: Vec<usize> = members
        .iter()
        .filter(|r| r.has_timings() || r.letdown_count.is_some())
        .map(|r| r.letdown_count())
        .collect();
    let firsts: Vec<f64> = members
        .iter()
        .filter(|r| r.has_timings())
        .filter_map(|r| r.first_letdown_secs())
        .collect();
    let volumes: Vec<f64> = members
        .iter()
        .filter_map(|r| r.result.volume_ml())
        .collect();
    let comfort = |c: Comfort| {
        members
            .iter()
            .filter(|r| r.result.comfort == Some(c))
            .count()
    };
    SetupFigures {
        by,
        value: value.to_string(),
        sessions,
        letdowns_per_session: (!counted.is_empty())
            .then(|| counted.iter().sum::<usize>() as f64 / counted.len() as f64),
        median_first_letdown_secs: super::pattern::median(&firsts),
        volume_ml_per_session: (!volumes.is_empty())
            .then(|| volumes.iter().sum::<f64>() / volumes.len() as f64),
        fine: comfort(Comfort::Fine),
        tender: comfort(Comfort::Tender),
        painful: comfort(Comfort::Painful),
    }
}

fn add(sum: &mut Option<f64>, value: Option<f64>) {
    if let Some(value) = value {
        *sum.get_or_insert(0.0) += value;
    }
}

#[allow(clippy::ref_option)] // serde's signature
fn tenth<S: serde::Serializer>(value: &Option<f64>, ser: S) -> Result<S::Ok, S::Error> {
    value.map(|v| round_to(v, 0.1)).serialize(ser)
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's signature
fn tenth_f64<S: serde::Serializer>(value: &f64, ser: S) -> Result<S::Ok, S::Error> {
    round_to(*value, 0.1).serialize(ser)
}

#[allow(clippy::ref_option)] // serde's signature
fn hundredth<S: serde::Serializer>(value: &Option<f64>, ser: S) -> Result<S::Ok, S::Error> {
    value.map(|v| round_to(v, 0.01)).serialize(ser)
}

fn rfc3339<S: serde::Serializer>(at: &DateTime<FixedOffset>, ser: S) -> Result<S::Ok, S::Error> {
    crate::session::Timestamp(*at).to_rfc3339().serialize(ser)
}

#[cfg(test)]
mod tests;
