//! The form's time fields: when a session started, how long it lasted (or
//! when it ended), and its let-downs. The summary has the end alone ("I
//! stopped at 07:40"); an edit and an added session have them all. A field
//! left as it was shown changes nothing, so an edit of the volume alone
//! writes the times back exactly as the file had them.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime};
use tui_input::Input;

use super::Field;
use crate::config::{ClockStyle, Config};
use crate::format;
use crate::session::{InvalidRecord, SessionRecord};
use crate::store::day_of;

/// What the form is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Ending a session (or finishing an interrupted one).
    End,
    /// Editing a stored session.
    Edit,
    /// Adding one after the fact.
    Add,
}

/// The time fields and what they were first shown with.
#[derive(Debug)]
pub(super) struct Timing {
    pub start: Input,
    pub length: Input,
    pub ended: Input,
    pub letdowns: Input,
    /// Whether let-downs after a typed end are kept (the end then moves to
    /// the last of them); they are dropped unless the user says so.
    pub keep_later: bool,
    /// Let-downs the typed end leaves out, as last worked out.
    pub later: usize,
    /// Whether the end was typed last (else the length, or neither): the
    /// one typed last decides, and the other follows it on screen.
    end_typed: bool,
    original: [String; 4],
    /// The day a typed start is for.
    day: NaiveDate,
    day_start: NaiveTime,
    clock: ClockStyle,
}

impl Timing {
    /// The fields as `record` has them, `day` being the day a start is typed for.
    pub fn new(record: &SessionRecord, mode: Mode, day: NaiveDate, config: &Config) -> Self {
        let clock = config.clock;
        let original = if mode == Mode::Add {
            // Nothing typed yet but a suggested start, which always counts.
            [String::new(), String::new(), String::new(), String::new()]
        } else {
            [
                crate::facts::time_of_day(&record.started.0, clock),
                format::length_text(record.active_secs),
                crate::facts::time_of_day(&record.end().0, clock),
                letdowns_text(record),
            ]
        };
        let shown_start = crate::facts::time_of_day(&record.started.0, clock);
        Self {
            start: Input::new(shown_start),
            length: Input::new(original[1].clone()),
            ended: Input::new(original[2].clone()),
            letdowns: Input::new(original[3].clone()),
            keep_later: false,
            later: 0,
            end_typed: mode == Mode::End,
            original,
            day,
            day_start: config.day_starts_at.0,
            clock,
        }
    }

    /// The day a typed start is for.
    pub fn day(&self) -> NaiveDate {
        self.day
    }

    /// The day an edited session's start is typed for: its own.
    pub fn day_of(record: &SessionRecord, config: &Config) -> NaiveDate {
        day_of(record, config.day_starts_at.0)
    }

    /// The end field follows a session that moved its end (a let-down in
    /// the summary), unless the user typed one.
    pub fn follow(&mut self, record: &SessionRecord) {
        if self.ended.value() == self.original[2] {
            self.original[2] = crate::facts::time_of_day(&record.end().0, self.clock);
            self.ended = Input::new(self.original[2].clone());
        }
    }

    pub fn input_mut(&mut self, field: Field) -> Option<&mut Input> {
        match field {
            Field::Start => Some(&mut self.start),
            Field::Length => Some(&mut self.length),
            Field::Ended => Some(&mut self.ended),
            Field::Letdowns => Some(&mut self.letdowns),
            _ => None,
        }
    }

    fn changed(&self, field: Field, mode: Mode) -> bool {
        let (input, i) = match field {
            Field::Start => (&self.start, 0),
            Field::Length => (&self.length, 1),
            Field::Ended => (&self.ended, 2),
            Field::Letdowns => (&self.letdowns, 3),
            _ => return false,
        };
        // Adding, the start and length are always what counts: nothing was there before.
        (mode == Mode::Add && matches!(field, Field::Start | Field::Length))
            || input.value() != self.original[i]
    }

    /// After a key in `field`: the end follows a new start or length, the
    /// length a new end, and the question about later let-downs is worked
    /// out again. Only what reads well is followed; an error waits for Enter.
    pub fn follow_typing(
        &mut self,
        field: Field,
        base: &SessionRecord,
        mode: Mode,
        now: DateTime<FixedOffset>,
    ) {
        match field {
            Field::Length => self.end_typed = false,
            Field::Ended => self.end_typed = true,
            _ => {}
        }
        let Ok((record, _)) = self.apply(base, mode, now, false) else {
            return;
        };
        match field {
            Field::Start | Field::Length
                if mode != Mode::End && !self.length.value().trim().is_empty() =>
            {
                self.ended = Input::new(crate::facts::time_of_day(&record.end().0, self.clock));
            }
            Field::Ended if mode != Mode::End => {
                self.length = Input::new(format::length_text(record.active_secs));
            }
            _ => {}
        }
    }

    /// The session the fields describe, from `base`; and whether a time was
    /// typed (so the typed-time rules apply). With `checked`, the rules a
    /// time typed by hand must meet are applied, the error at its field.
    pub fn apply(
        &mut self,
        base: &SessionRecord,
        mode: Mode,
        now: DateTime<FixedOffset>,
        checked: bool,
    ) -> Result<(SessionRecord, bool), (Field, String)> {
        let mut record = base.clone();
        let timed = mode != Mode::End;
        if timed && self.changed(Field::Start, mode) {
            let time =
                format::parse_time_of_day(self.start.value()).map_err(|why| (Field::Start, why))?;
            let start = format::on_day(self.day, time, self.day_start, now)
                .map_err(|why| (Field::Start, why))?;
            record.move_start(start);
        }
        let length = if timed && !self.end_typed && self.changed(Field::Length, mode) {
            let text = self.length.value();
            if text.trim().is_empty() {
                return Err((Field::Length, crate::tr!("summary-length-missing")));
            }
            Some(format::parse_length(text).map_err(|why| (Field::Length, why))?)
        } else if self.end_typed && self.changed(Field::Ended, mode) {
            let time =
                format::parse_time_of_day(self.ended.value()).map_err(|why| (Field::Ended, why))?;
            let start = record.started.0;
            let mut end = format::local_at(start.date_naive().and_time(time), start)
                .map_err(|why| (Field::Ended, why))?;
            if end < start {
                // Past midnight; but ending a session, not past the end key.
                end += Duration::days(1);
                if mode == Mode::End && end > base.end().0 {
                    return Err((
                        Field::Ended,
                        crate::tr!(
                            "summary-end-before-start",
                            start = crate::facts::time_of_day(&start, self.clock)
                        ),
                    ));
                }
            }
            if mode == Mode::End && end > base.end().0 {
                return Err((Field::Ended, crate::tr!("summary-end-after-now")));
            }
            Some(record.active_secs_until(end))
        } else {
            None
        };
        let typed_letdowns = timed && self.changed(Field::Letdowns, mode);
        if typed_letdowns {
            let until = length.unwrap_or(record.active_secs);
            self.set_letdowns(&mut record, until)?;
        }
        self.later = 0;
        if let Some(mut length) = length {
            if !typed_letdowns {
                self.later = record.letdowns_after(length);
                if self.later > 0
                    && self.keep_later
                    && let Some(last) = record.letdowns.last()
                {
                    length = length.max(last.at_secs);
                }
            }
            record.set_length(length);
        }
        let typed = mode == Mode::Add
            || length.is_some()
            || [Field::Start, Field::Letdowns]
                .iter()
                .any(|f| self.changed(*f, mode));
        if checked && typed && mode != Mode::End {
            record.validate_typed(now).map_err(|why| {
                let field = match why {
                    InvalidRecord::Future => Field::Start,
                    InvalidRecord::EndBeforeStart => Field::Ended,
                    _ => Field::Length,
                };
                (field, why.to_string())
            })?;
        }
        Ok((record, typed))
    }

    /// The let-downs as typed: a count for a session added by hand, else
    /// their times, each at most `length` into the session. A time that was
    /// there keeps its exact moment.
    fn set_letdowns(&self, record: &mut SessionRecord, length: f64) -> Result<(), (Field, String)> {
        let text = self.letdowns.value();
        if record.is_by_hand() {
            let count = format::parse_count(text).map_err(|why| (Field::Letdowns, why))?;
            record.letdown_count = Some(count);
            return Ok(());
        }
        let offsets = format::parse_offsets(text).map_err(|why| (Field::Letdowns, why))?;
        if let Some(late) = offsets.iter().find(|s| **s > length) {
            return Err((
                Field::Letdowns,
                crate::tr!("summary-letdown-after-end", time = format::clock(*late)),
            ));
        }
        let mut old = std::mem::take(&mut record.letdowns);
        let active = record.active_secs;
        record.active_secs = record.active_secs.max(length);
        for secs in offsets {
            // The field shows whole seconds: a time left as shown is the same let-down.
            match old
                .iter()
                .position(|l| (l.at_secs.floor() - secs).abs() < 0.5)
            {
                Some(i) => {
                    let kept = old.remove(i);
                    let at = record
                        .letdowns
                        .partition_point(|l| l.at_secs <= kept.at_secs);
                    record.letdowns.insert(at, kept);
                }
                None => record.add_letdown(secs),
            }
        }
        record.active_secs = active;
        Ok(())
    }
}

/// The let-downs as the field shows them: a count for a session added by
/// hand, else each one's time into the session.
fn letdowns_text(record: &SessionRecord) -> String {
    if record.is_by_hand() {
        record.letdown_count().to_string()
    } else {
        record
            .letdowns
            .iter()
            .map(|l| format::clock(l.at_secs))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
