//! A period as the report and the history's raster view see it: the
//! history figures, and beside them what is drawn session by session (the
//! let-down raster), the first let-downs binned, each day's own pattern and
//! comfort, and the sessions worth a word (tender, painful, or with a note).
//!
//! Everything is taken over the same sessions, in the same order, as
//! [`super::history`] takes them, so a row of the raster is a point of the
//! history's trends and a day's comfort is that day's bar.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike};

use super::history::{History, history_of, in_range};
use super::pattern::{Pattern, pattern};
use crate::session::{Comfort, PhaseKind, SessionRecord};

/// The raster's axis is never shorter than this, so that a week of short
/// sessions does not stretch one minute across the page.
pub const MIN_SPAN_SECS: f64 = 10.0 * 60.0;
/// Nor longer: a session left running for hours would squeeze every other
/// row to its first minutes. What lies beyond is marked as going on.
pub const MAX_SPAN_SECS: f64 = 90.0 * 60.0;
/// The axis ends on a whole number of these.
const SPAN_STEP_SECS: f64 = 5.0 * 60.0;

/// The width of a bin of the first let-down's distribution.
pub const FIRST_BIN_SECS: f64 = 30.0;
/// Bins up to ten minutes; the last bin holds every first let-down after.
pub const FIRST_BINS: usize = 20;

/// A period's figures, and what is drawn session by session.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub history: History,
    /// One row per session, in the order of `history.sessions`.
    pub raster: Raster,
    /// One per day of `history.days`, in its order.
    pub days: Vec<DayExtras>,
    pub first_letdowns: FirstLetdowns,
    /// Tender or painful sessions, and sessions with a note, in start order.
    pub remarks: Vec<Remark>,
}

/// One session's row of the raster.
#[derive(Debug, Clone, PartialEq)]
pub struct RasterRow {
    pub id: String,
    /// The day it counts toward.
    pub date: NaiveDate,
    pub started: DateTime<FixedOffset>,
    pub active_secs: f64,
    /// Its let-downs in active seconds since the start, in order; none for a
    /// session added by hand, whose let-downs have no times.
    pub ticks: Vec<f64>,
    /// Its rest phases, from and to in active seconds.
    pub rests: Vec<(f64, f64)>,
    /// Tapped let-downs, or a hand-entered count.
    pub letdown_count: usize,
    pub by_hand: bool,
    /// The plan's name; none for the standard plan.
    pub plan: Option<String>,
    /// The volume given at its end, if any.
    pub volume_ml: Option<f64>,
    /// Which sides, as its setup says.
    pub sides: Option<crate::session::Sides>,
}

impl RasterRow {
    /// How many of its let-downs fall past an axis `span` seconds long.
    #[must_use]
    pub fn ticks_past(&self, span: f64) -> usize {
        self.ticks.iter().filter(|t| **t > span).count()
    }
}

/// Every session of a period as a row on one shared axis of minutes since
/// the start: the user's let-down pattern at a glance.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Raster {
    pub rows: Vec<RasterRow>,
}

/// What a cell of a raster row drawn in `width` cells shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// After the session's end.
    Blank,
    /// Pumping, no let-down.
    Pumping,
    /// A rest phase.
    Rest,
    /// This many let-downs.
    Letdowns(usize),
}

impl Raster {
    /// The length of the shared axis, in seconds: the longest session,
    /// rounded up to whole five minutes, within
    /// [`MIN_SPAN_SECS`]..=[`MAX_SPAN_SECS`].
    #[must_use]
    pub fn span_secs(&self) -> f64 {
        let longest = self
            .rows
            .iter()
            .map(|r| r.active_secs.max(r.ticks.last().copied().unwrap_or(0.0)))
            .filter(|s| s.is_finite())
            .fold(0.0, f64::max);
        ((longest / SPAN_STEP_SECS).ceil() * SPAN_STEP_SECS).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS)
    }
}

/// A row laid into `width` cells of an axis `span` seconds long, the cell
/// `i` covering `i * span / width` up to the next: what the terminal and the
/// plain-text report draw. A let-down past the axis is left out (see
/// [`RasterRow::ticks_past`]).
#[must_use]
pub fn cells(row: &RasterRow, span: f64, width: usize) -> Vec<Mark> {
    if width == 0 || span <= 0.0 {
        return Vec::new();
    }
    let per_cell = span / width as f64;
    let mut marks: Vec<Mark> = (0..width)
        .map(|i| {
            let from = i as f64 * per_cell;
            let middle = from + per_cell / 2.0;
            if row.active_secs <= from {
                Mark::Blank
            } else if row.rests.iter().any(|(a, b)| *a <= middle && middle < *b) {
                Mark::Rest
            } else {
                Mark::Pumping
            }
        })
        .collect();
    for tick in row.ticks.iter().filter(|t| (0.0..=span).contains(*t)) {
        let i = ((tick / per_cell) as usize).min(width - 1);
        marks[i] = match marks[i] {
            Mark::Letdowns(n) => Mark::Letdowns(n + 1),
            _ => Mark::Letdowns(1),
        };
    }
    marks
}

/// How many comfort answers a day had.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ComfortCount {
    pub fine: usize,
    pub tender: usize,
    pub painful: usize,
    /// Sessions saved without a comfort.
    pub not_said: usize,
}

impl ComfortCount {
    fn add(&mut self, comfort: Option<Comfort>) {
        match comfort {
            Some(Comfort::Fine) => self.fine += 1,
            Some(Comfort::Tender) => self.tender += 1,
            Some(Comfort::Painful) => self.painful += 1,
            None => self.not_said += 1,
        }
    }

    /// Every session counted.
    #[must_use]
    pub fn total(&self) -> usize {
        self.fine + self.tender + self.painful + self.not_said
    }
}

/// A day's own pattern (its timed sessions' medians) and its comfort.
#[derive(Debug, Clone, PartialEq)]
pub struct DayExtras {
    pub date: NaiveDate,
    pub pattern: Pattern,
    pub comfort: ComfortCount,
}

/// When the first let-down came, over the period's timed sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirstLetdowns {
    /// Bin `i` holds first let-downs from `i * FIRST_BIN_SECS` up to the
    /// next; the last also holds every later one.
    pub bins: Vec<usize>,
    /// Timed sessions with no let-down at all.
    pub without: usize,
}

/// A session worth a word in the report: tender or painful, or with a note.
#[derive(Debug, Clone, PartialEq)]
pub struct Remark {
    pub date: NaiveDate,
    pub started: DateTime<FixedOffset>,
    pub comfort: Option<Comfort>,
    pub note: Option<String>,
}

/// The period `from..=to`, a day running from `day_start`. Sessions outside
/// it are ignored, as [`super::history`] ignores them.
#[must_use]
pub fn period<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    from: NaiveDate,
    to: NaiveDate,
    day_start: NaiveTime,
    quiet_secs: Option<f64>,
) -> Period {
    let in_range = in_range(sessions, from, to, day_start);
    let history = history_of(&in_range, from, to, quiet_secs);
    let raster = Raster {
        rows: in_range
            .iter()
            .map(|(date, r)| raster_row(*date, r))
            .collect(),
    };
    let days = history
        .days
        .iter()
        .map(|day| {
            let of_day = || {
                in_range
                    .iter()
                    .filter(|(date, _)| *date == day.date)
                    .map(|(_, r)| *r)
            };
            let mut comfort = ComfortCount::default();
            of_day().for_each(|r| comfort.add(r.result.comfort));
            DayExtras {
                date: day.date,
                pattern: pattern(of_day()),
                comfort,
            }
        })
        .collect();
    let mut first_letdowns = FirstLetdowns {
        bins: vec![0; FIRST_BINS + 1],
        without: 0,
    };
    for (_, record) in in_range.iter().filter(|(_, r)| r.has_timings()) {
        match record.first_letdown_secs() {
            Some(secs) if secs.is_finite() => {
                let bin = ((secs.max(0.0) / FIRST_BIN_SECS) as usize).min(FIRST_BINS);
                first_letdowns.bins[bin] += 1;
            }
            _ => first_letdowns.without += 1,
        }
    }
    let remarks = in_range
        .iter()
        .filter_map(|(date, r)| {
            let comfort = r.result.comfort.filter(|c| *c != Comfort::Fine);
            let note = r
                .result
                .note
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string);
            (comfort.is_some() || note.is_some()).then_some(Remark {
                date: *date,
                started: r.started.0,
                comfort: r.result.comfort,
                note,
            })
        })
        .collect();
    Period {
        history,
        raster,
        days,
        first_letdowns,
        remarks,
    }
}

fn raster_row(date: NaiveDate, record: &SessionRecord) -> RasterRow {
    let mut ticks: Vec<f64> = if record.has_timings() {
        record
            .letdowns
            .iter()
            .map(|l| l.at_secs)
            .filter(|t| t.is_finite())
            .collect()
    } else {
        Vec::new()
    };
    ticks.sort_by(f64::total_cmp);
    RasterRow {
        id: record.id.clone(),
        date,
        started: record.started.0,
        active_secs: record.active_secs,
        ticks,
        rests: record
            .phases
            .iter()
            .filter(|p| p.kind == Some(PhaseKind::Rest))
            .map(|p| (p.from_secs, p.to_secs))
            .collect(),
        letdown_count: record.letdown_count(),
        by_hand: record.is_by_hand(),
        plan: record.plan.clone(),
        volume_ml: record.result.volume_ml(),
        sides: record.setup.as_ref().and_then(|s| s.sides),
    }
}

/// How far into its day a session started, in seconds, the day running
/// from `day_start`: where it stands on a date axis.
#[must_use]
pub fn secs_into_day(started: DateTime<FixedOffset>, day_start: NaiveTime) -> f64 {
    let secs = i64::from(started.num_seconds_from_midnight())
        - i64::from(day_start.num_seconds_from_midnight());
    secs.rem_euclid(86_400) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Entered, PhaseSpan};
    use crate::stats::fixtures::session;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    fn over(sessions: &[SessionRecord]) -> Period {
        period(
            sessions,
            date("2026-11-22"),
            date("2026-11-23"),
            NaiveTime::MIN,
            None,
        )
    }

    #[test]
    fn a_row_a_session_in_the_history_order_by_hand_without_ticks() {
        let mut by_hand = session("2026-11-23T06:00:00+01:00", 900.0, &[]);
        by_hand.entered = Some(Entered::ByHand);
        by_hand.letdown_count = Some(3);
        by_hand.result.comfort = Some(Comfort::Painful);
        let mut power = session("2026-11-22T09:00:00+01:00", 3600.0, &[100.0, 1900.0]);
        power.phases = vec![PhaseSpan {
            name: "Rest".to_string(),
            from_secs: 1200.0,
            to_secs: 1800.0,
            kind: Some(PhaseKind::Rest),
        }];
        let mut noted = session("2026-11-23T09:00:00+01:00", 600.0, &[70.0]);
        noted.result.note = Some("  <b>hi</b> ".to_string());
        noted.result.comfort = Some(Comfort::Fine);
        let p = over(&[noted, by_hand, power]);
        let ids: Vec<&str> = p.raster.rows.iter().map(|r| r.id.as_str()).collect();
        let points: Vec<&str> = p.history.sessions.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, points);
        assert_eq!(p.raster.rows[0].rests, [(1200.0, 1800.0)]);
        assert!(p.raster.rows[1].by_hand && p.raster.rows[1].ticks.is_empty());
        assert_eq!(p.raster.rows[1].letdown_count, 3);
        assert!((p.raster.span_secs() - 3600.0).abs() < 1e-9);
        // The by-hand session counts in its day's comfort, not in the first let-downs.
        assert_eq!(p.days[1].comfort.painful, 1);
        assert_eq!(p.days[1].comfort.fine, 1);
        assert_eq!(p.days[1].pattern.sessions, 1);
        assert_eq!(p.first_letdowns.bins.iter().sum::<usize>(), 2);
        assert_eq!(p.first_letdowns.bins[2], 1, "70 s is in 60..90");
        assert_eq!(p.first_letdowns.bins[3], 1, "100 s is in 90..120");
        let remarks: Vec<_> = p
            .remarks
            .iter()
            .map(|r| (r.comfort, r.note.as_deref()))
            .collect();
        assert_eq!(
            remarks,
            [
                (Some(Comfort::Painful), None),
                (Some(Comfort::Fine), Some("<b>hi</b>"))
            ]
        );
    }

    #[test]
    fn cells_show_the_session_its_rests_and_its_let_downs() {
        use Mark::{Blank, Letdowns, Pumping, Rest};
        let mut row = raster_row(
            date("2026-11-23"),
            &session("2026-11-23T06:00:00+01:00", 450.0, &[30.0, 40.0, 350.0]),
        );
        row.rests = vec![(200.0, 300.0)];
        // Ten cells of 60 s; a cell is a rest when its middle is.
        let marks = cells(&row, 600.0, 10);
        assert_eq!(
            marks,
            [
                Letdowns(2),
                Pumping,
                Pumping,
                Rest,
                Rest,
                Letdowns(1),
                Pumping,
                Pumping,
                Blank,
                Blank
            ]
        );
        assert!(cells(&row, 600.0, 0).is_empty());
        assert_eq!(row.ticks_past(300.0), 1);
    }

    #[test]
    fn the_span_is_whole_five_minutes_within_its_bounds() {
        let rows = |secs: &[f64]| Raster {
            rows: secs
                .iter()
                .map(|s| {
                    raster_row(
                        date("2026-11-23"),
                        &session("2026-11-23T06:00:00+01:00", *s, &[]),
                    )
                })
                .collect(),
        };
        assert!((rows(&[]).span_secs() - MIN_SPAN_SECS).abs() < 1e-9);
        assert!((rows(&[700.0, 1010.0]).span_secs() - 1200.0).abs() < 1e-9);
        assert!((rows(&[40_000.0]).span_secs() - MAX_SPAN_SECS).abs() < 1e-9);
    }

    #[test]
    fn a_session_stands_into_its_day_from_the_day_start() {
        let at = DateTime::parse_from_rfc3339("2026-11-23T02:30:00+01:00").expect("a time");
        let four = NaiveTime::from_hms_opt(4, 0, 0).expect("a time");
        assert!((secs_into_day(at, NaiveTime::MIN) - 9000.0).abs() < 1e-9);
        assert!((secs_into_day(at, four) - 81_000.0).abs() < 1e-9);
    }
}
