//! The history figures over a range of days: what the history screen draws
//! and `letdown stats` prints.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Serialize, Serializer};

use super::day::{DayTotals, day_totals};
use super::pattern::{Pattern, TriggerFigures, pattern, trigger_figures};
use crate::session::{SessionRecord, Timestamp};
use crate::store::day_of;

/// One day's bar: its totals, zero when it had no session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayFigures {
    /// The day the sessions count toward (after `day_starts_at`).
    pub date: NaiveDate,
    #[serde(flatten)]
    pub totals: DayTotals,
}

/// One session as a point on the trend lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionPoint {
    pub id: String,
    /// The day it counts toward.
    pub date: NaiveDate,
    #[serde(serialize_with = "rfc3339")]
    pub started: DateTime<FixedOffset>,
    pub active_secs: f64,
    /// A count, named as every count of let-downs in the outputs is.
    #[serde(rename = "letdown_count")]
    pub letdowns: usize,
    /// None when no let-down was tapped.
    pub first_letdown_secs: Option<f64>,
}

/// Everything the history screen shows for `from..=to`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Every day of the range, oldest first, empty days included.
    pub days: Vec<DayFigures>,
    /// The range's sessions in start order (by instant, so a DST change cannot reorder them).
    pub sessions: Vec<SessionPoint>,
    pub pattern: Pattern,
    /// Best first: the largest share followed by a let-down (see [`trigger_figures`]).
    pub triggers: Vec<TriggerFigures>,
    /// The figures of each plan the range's sessions ran, most sessions
    /// first: power pumping days are not the usual days.
    pub by_plan: Vec<PlanFigures>,
    /// Of the timed sessions with two let-downs or more, how many went on
    /// for the quiet time (`finish_quiet_mins`) or longer past their last.
    pub went_on: WentOn,
}

/// One plan's share of a range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanFigures {
    pub plan: String,
    pub sessions: usize,
    pub pumping_secs: f64,
    pub letdown_count: usize,
}

/// How often sessions went on long past their last let-down.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct WentOn {
    /// The timed sessions with two let-downs or more.
    pub sessions: usize,
    /// Of those, the ones that went on the quiet time or longer after the last.
    pub long_after_last: usize,
    /// The quiet time, in seconds; none when the finish line is off.
    pub quiet_secs: Option<f64>,
}

impl History {
    /// Whether no session fell in the range.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    /// The days of the range summed: its sessions, pumping time, let-downs
    /// and volume, and how many days had a night session.
    #[must_use]
    pub fn totals(&self) -> RangeTotals {
        let mut sum = RangeTotals {
            days: self.days.len(),
            ..RangeTotals::default()
        };
        for day in &self.days {
            let t = &day.totals;
            sum.sessions += t.sessions;
            sum.pumping_secs += t.pumping_secs;
            sum.letdowns += t.letdowns;
            if let Some(ml) = t.volume_ml {
                *sum.volume_ml.get_or_insert(0.0) += ml;
            }
            sum.night_days += usize::from(t.night_session);
        }
        sum
    }
}

/// A range's days summed (see [`History::totals`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RangeTotals {
    pub days: usize,
    pub sessions: usize,
    /// Active time less rest phases.
    pub pumping_secs: f64,
    pub letdowns: usize,
    /// Over the sessions that have a volume; none when none has.
    pub volume_ml: Option<f64>,
    /// Days with a session that started between 01:00 and 05:00.
    pub night_days: usize,
}

impl RangeTotals {
    /// A sum spread over every day of the range, empty days included.
    #[must_use]
    pub fn per_day(&self, sum: f64) -> f64 {
        sum / self.days.max(1) as f64
    }
}

/// The history figures of the days `from..=to`, a day running from
/// `day_start`. Sessions outside the range are ignored, so a caller may pass
/// whatever the store read for it.
#[must_use]
pub fn history<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    from: NaiveDate,
    to: NaiveDate,
    day_start: NaiveTime,
    quiet_secs: Option<f64>,
) -> History {
    history_of(
        &in_range(sessions, from, to, day_start),
        from,
        to,
        quiet_secs,
    )
}

/// The sessions that count toward the days `from..=to`, each with its day,
/// in start order (by instant, so a DST change cannot reorder them): what
/// every figure of a range is taken over, so that they all agree.
pub(crate) fn in_range<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    from: NaiveDate,
    to: NaiveDate,
    day_start: NaiveTime,
) -> Vec<(NaiveDate, &'a SessionRecord)> {
    let mut in_range: Vec<(NaiveDate, &SessionRecord)> = sessions
        .into_iter()
        .map(|record| (day_of(record, day_start), record))
        .filter(|(date, _)| from <= *date && *date <= to)
        .collect();
    in_range.sort_by_key(|(_, record)| record.started);
    in_range
}

/// The history of sessions [`in_range`] gave; `quiet_secs` is the quiet
/// time after which a session is said to have gone on past its last let-down.
pub(crate) fn history_of(
    in_range: &[(NaiveDate, &SessionRecord)],
    from: NaiveDate,
    to: NaiveDate,
    quiet_secs: Option<f64>,
) -> History {
    let days = from
        .iter_days()
        .take_while(|date| *date <= to)
        .map(|date| DayFigures {
            date,
            totals: day_totals(
                in_range
                    .iter()
                    .filter(|(day, _)| *day == date)
                    .map(|(_, record)| *record),
            ),
        })
        .collect();
    let records = || in_range.iter().map(|(_, record)| *record);
    History {
        from,
        to,
        days,
        sessions: in_range
            .iter()
            .map(|(date, record)| SessionPoint {
                id: record.id.clone(),
                date: *date,
                started: record.started.0,
                active_secs: record.active_secs,
                letdowns: record.letdown_count(),
                first_letdown_secs: record.first_letdown_secs(),
            })
            .collect(),
        pattern: pattern(records()),
        triggers: trigger_figures(records()),
        by_plan: by_plan(records()),
        went_on: went_on(records(), quiet_secs),
    }
}

/// Each plan's sessions, pumping time and let-downs, most sessions first.
fn by_plan<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord>) -> Vec<PlanFigures> {
    let mut plans: Vec<PlanFigures> = Vec::new();
    for record in sessions {
        let name = record
            .plan
            .as_deref()
            .unwrap_or(crate::config::STANDARD_PLAN);
        let i = plans
            .iter()
            .position(|p| p.plan == name)
            .unwrap_or_else(|| {
                plans.push(PlanFigures {
                    plan: name.to_string(),
                    sessions: 0,
                    pumping_secs: 0.0,
                    letdown_count: 0,
                });
                plans.len() - 1
            });
        let plan = &mut plans[i];
        plan.sessions += 1;
        plan.pumping_secs += record.pumping_secs();
        plan.letdown_count += record.letdown_count();
    }
    plans.sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.plan.cmp(&b.plan)));
    plans
}

/// How many timed sessions with two let-downs or more went on for
/// `quiet_secs` or longer after the last.
fn went_on<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    quiet_secs: Option<f64>,
) -> WentOn {
    let mut figures = WentOn {
        quiet_secs,
        ..WentOn::default()
    };
    for record in sessions.into_iter().filter(|r| r.has_timings()) {
        if let [.., last] = record.letdowns.as_slice()
            && record.letdowns.len() >= 2
        {
            figures.sessions += 1;
            let after = record.active_secs - last.at_secs;
            figures.long_after_last += usize::from(quiet_secs.is_some_and(|q| after >= q));
        }
    }
    figures
}

/// Writes an instant as the session files do: RFC 3339 with milliseconds.
fn rfc3339<S: Serializer>(at: &DateTime<FixedOffset>, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(&Timestamp(*at).to_rfc3339())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_by_plan_and_sessions_that_went_on_past_their_last_let_down() {
        let mut power = session("2026-11-23T08:00:00+01:00", 3600.0, &[100.0, 200.0]);
        power.plan = Some("power".to_string());
        power.pumping_secs = Some(2400.0);
        let sessions = [
            // Two let-downs, then 10 quiet minutes: it went on.
            session("2026-11-23T06:00:00+01:00", 900.0, &[60.0, 300.0]),
            // One let-down only: not counted either way.
            session("2026-11-23T07:00:00+01:00", 900.0, &[60.0]),
            power,
        ];
        let h = over(&sessions, "2026-11-23", "2026-11-23");
        let plans: Vec<(&str, usize, f64)> = h
            .by_plan
            .iter()
            .map(|p| (p.plan.as_str(), p.sessions, p.pumping_secs))
            .collect();
        assert_eq!(plans, [("standard", 2, 1800.0), ("power", 1, 2400.0)]);
        // 900 - 300 = 600 and 3600 - 200: both at least 300 s.
        assert_eq!(h.went_on.sessions, 2);
        assert_eq!(h.went_on.long_after_last, 2);
    }
    use crate::stats::fixtures::{session, with_volume};

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
    }

    /// The history of `from..=to` with days that start at midnight.
    fn over(sessions: &[SessionRecord], from: &str, to: &str) -> History {
        history(sessions, date(from), date(to), NaiveTime::MIN, Some(300.0))
    }

    fn day<'h>(history: &'h History, text: &str) -> &'h DayTotals {
        &history
            .days
            .iter()
            .find(|d| d.date == date(text))
            .expect("the day is in the range")
            .totals
    }

    #[test]
    fn a_session_across_midnight_counts_toward_the_day_it_started() {
        let sessions = [
            with_volume(session("2026-11-23T23:50:00+01:00", 2400.0, &[90.0]), 60.0),
            session("2026-11-24T08:00:00+01:00", 600.0, &[]),
        ];
        let h = over(&sessions, "2026-11-23", "2026-11-25");
        assert_eq!(h.days.len(), 3);
        assert_eq!(day(&h, "2026-11-23").sessions, 1);
        assert!((day(&h, "2026-11-23").active_secs - 2400.0).abs() < 1e-9);
        assert_eq!(day(&h, "2026-11-23").volume_ml, Some(60.0));
        assert_eq!(day(&h, "2026-11-24").sessions, 1);
        assert_eq!(day(&h, "2026-11-24").volume_ml, None);
        assert_eq!(h.sessions[0].date, date("2026-11-23"));
    }

    #[test]
    fn a_day_without_sessions_is_present_as_zero() {
        let sessions = [session("2026-11-23T07:00:00+01:00", 900.0, &[80.0])];
        let h = over(&sessions, "2026-11-21", "2026-11-23");
        let dates: Vec<_> = h.days.iter().map(|d| d.date).collect();
        assert_eq!(
            dates,
            [date("2026-11-21"), date("2026-11-22"), date("2026-11-23")]
        );
        assert_eq!(*day(&h, "2026-11-21"), DayTotals::default());
        assert_eq!(*day(&h, "2026-11-22"), DayTotals::default());
        assert_eq!(day(&h, "2026-11-23").letdowns, 1);
    }

    #[test]
    fn the_autumn_dst_change_keeps_days_and_order_by_instant() {
        // Europe leaves summer time on 2026-10-25 at 03:00 +02:00, which is 02:00 +01:00:
        // 02:15 +01:00 comes after 02:30 +02:00 although its clock reads earlier.
        let sessions = [
            session("2026-10-25T02:15:00+01:00", 600.0, &[100.0, 200.0]),
            session("2026-10-25T02:30:00+02:00", 600.0, &[60.0]),
            session("2026-10-25T01:30:00+02:00", 600.0, &[]),
            session("2026-10-25T23:30:00+01:00", 1200.0, &[]),
            session("2026-10-26T00:30:00+01:00", 300.0, &[]),
            session("2026-10-24T23:59:00+02:00", 300.0, &[]),
        ];
        let h = over(&sessions, "2026-10-25", "2026-10-25");
        assert_eq!(h.days.len(), 1);
        assert_eq!(day(&h, "2026-10-25").sessions, 4);
        assert_eq!(day(&h, "2026-10-25").letdowns, 3);
        let order: Vec<String> = h
            .sessions
            .iter()
            .map(|p| p.started.format("%H:%M%:z").to_string())
            .collect();
        assert_eq!(
            order,
            ["01:30+02:00", "02:30+02:00", "02:15+01:00", "23:30+01:00"]
        );
        // From the 02:15 +01:00 session's end (02:25) to the 23:30 start.
        assert_eq!(
            day(&h, "2026-10-25").longest_gap_secs,
            Some(21.0 * 3600.0 + 5.0 * 60.0)
        );
    }

    #[test]
    fn a_day_starting_at_four_keeps_the_small_hours_in_yesterday() {
        let four = NaiveTime::from_hms_opt(4, 0, 0).expect("a time");
        let sessions = [
            session("2026-11-23T03:59:00+01:00", 600.0, &[]),
            session("2026-11-23T04:00:00+01:00", 600.0, &[]),
            session("2026-11-24T02:00:00+01:00", 600.0, &[]),
            session("2026-11-24T04:30:00+01:00", 600.0, &[]),
        ];
        let h = history(
            &sessions,
            date("2026-11-23"),
            date("2026-11-24"),
            four,
            None,
        );
        assert_eq!(
            day(&h, "2026-11-23").sessions,
            2,
            "04:00 and the next 02:00"
        );
        assert_eq!(day(&h, "2026-11-24").sessions, 1);
        assert_eq!(h.sessions.len(), 3, "03:59 belongs to the 22nd, outside");
        assert_eq!(h.sessions[1].date, date("2026-11-23"));
    }

    #[test]
    fn json_names_the_fields_plainly() {
        let sessions = [session("2026-11-23T07:00:00+01:00", 900.0, &[80.0])];
        let h = over(&sessions, "2026-11-23", "2026-11-23");
        let json = serde_json::to_value(&h).expect("serializes");
        assert_eq!(json["from"], "2026-11-23");
        assert_eq!(json["days"][0]["date"], "2026-11-23");
        assert_eq!(json["days"][0]["sessions"], 1);
        assert_eq!(json["days"][0]["active_secs"], 900.0);
        assert_eq!(
            json["sessions"][0]["started"],
            "2026-11-23T07:00:00.000+01:00"
        );
        assert_eq!(json["sessions"][0]["first_letdown_secs"], 80.0);
        assert_eq!(json["pattern"]["median_letdowns"], 1.0);
    }
}
