//! The summary after a session: what happened, then volume, comfort and a
//! note, each optional, and the end if it came before the end key. The same
//! form edits a stored session and adds one after the fact, with its times
//! ([`timing`]). Its keys come from the keymap; which keys are text for a
//! field is decided here.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::keymap::{Action, Keymap, key_name};
use crate::config::{Config, FORM_EDITING_KEYS, Units};
use crate::format;
use crate::keys::KeyName;
use crate::session::{Comfort, HandEntry, SessionRecord, SessionResult, this_host};

mod setup;
mod timing;
mod view;

use setup::{SETUP, SetupFields};
pub use timing::Mode;
use timing::Timing;

/// The gentle line shown when the user says it was painful.
#[must_use]
pub fn pain_note() -> String {
    crate::tr!("summary-pain-note")
}

/// The form's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Start,
    Length,
    Ended,
    Letdowns,
    /// Keep or drop the let-downs after a typed end.
    Later,
    Left,
    Right,
    Total,
    Comfort,
    Note,
    Pump,
    Flange,
    Suction,
    Sides,
    Method,
}

const RESULT: [Field; 5] = [
    Field::Left,
    Field::Right,
    Field::Total,
    Field::Comfort,
    Field::Note,
];

/// The summary form and the finished session it completes.
#[derive(Debug)]
pub struct Summary {
    /// The session as it came to the form.
    base: SessionRecord,
    /// The session as the form last made it: the base until Enter.
    record: SessionRecord,
    mode: Mode,
    timing: Timing,
    focus: Field,
    left: Input,
    right: Input,
    total: Input,
    note: Input,
    comfort: Option<Comfort>,
    /// The setup the session ran with, as the fields change it.
    setup: SetupFields,
    error: Option<String>,
    units: Units,
    clock: crate::config::ClockStyle,
    /// An edit's volumes as the file has them, with the text the fields
    /// started with: a field left as it was writes back the exact value,
    /// not the value its rounded text reads as.
    original: [(String, Option<f64>); 3],
}

impl Summary {
    /// The summary that ends a session (or finishes an interrupted one).
    #[must_use]
    pub fn new(record: SessionRecord, config: &Config) -> Self {
        let day = Timing::day_of(&record, config);
        Self::with_mode(record, Mode::End, day, config)
    }

    /// The form that adds a session to `day`, starting by default an hour
    /// before `now`, at that time of day; or, when that is not within the
    /// day (soon after it began), at the day's start.
    #[must_use]
    pub fn add(day: NaiveDate, config: &Config, now: DateTime<FixedOffset>) -> Self {
        let day_start = config.day_starts_at.0;
        let hour_ago = (now - Duration::hours(1)).time();
        // A suggestion the clocks skipped (a DST gap) is the instant an hour ago.
        let suggested = format::on_day(day, hour_ago, day_start, now)
            .unwrap_or_else(|_| now - Duration::hours(1));
        let started = if suggested > now {
            format::on_day(day, day_start, day_start, now).unwrap_or(suggested)
        } else {
            suggested
        };
        let record = SessionRecord::by_hand(
            HandEntry {
                started,
                secs: 0.0,
                letdowns: Some(0),
                result: SessionResult::default(),
            },
            &this_host(),
        );
        let mut form = Self::with_mode(record, Mode::Add, day, config);
        form.focus = Field::Start;
        form
    }

    fn with_mode(record: SessionRecord, mode: Mode, day: NaiveDate, config: &Config) -> Self {
        Self {
            timing: Timing::new(&record, mode, day, config),
            setup: SetupFields::new(record.setup.as_ref()),
            base: record.clone(),
            record,
            mode,
            focus: Field::Left,
            left: Input::default(),
            right: Input::default(),
            total: Input::default(),
            note: Input::default(),
            comfort: None,
            error: None,
            units: config.units,
            clock: config.clock,
            original: Default::default(),
        }
    }

    /// The form over a stored session, filled in with what it holds.
    #[must_use]
    pub fn edit(record: SessionRecord, config: &Config) -> Self {
        let units = config.units;
        let text = |ml: Option<f64>| {
            ml.map_or(String::new(), |ml| {
                crate::facts::Volume::new(ml, units).number()
            })
        };
        let day = Timing::day_of(&record, config);
        let result = &record.result;
        // A total that only sums left and right is left empty, so it follows their edits.
        let sum = SessionResult::sides_sum(result.left_ml, result.right_ml);
        let total = result
            .total_ml
            .filter(|t| sum.is_none_or(|sum| (t - sum).abs() > 0.05));
        let original = [
            (text(result.left_ml), result.left_ml),
            (text(result.right_ml), result.right_ml),
            (text(total), total),
        ];
        Self {
            left: Input::new(original[0].0.clone()),
            right: Input::new(original[1].0.clone()),
            total: Input::new(original[2].0.clone()),
            original,
            note: Input::new(result.note.clone().unwrap_or_default()),
            comfort: result.comfort,
            ..Self::with_mode(record, Mode::Edit, day, config)
        }
    }

    /// What the form is for.
    #[must_use]
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Starts the setup fields from `setup` (the add form's, from the last
    /// session).
    pub fn start_setup(&mut self, setup: Option<&crate::session::Setup>) {
        self.setup = SetupFields::new(setup);
    }

    /// The day the form's start is typed for.
    #[must_use]
    pub fn day(&self) -> NaiveDate {
        self.timing.day()
    }

    /// The fields in Tab order: the times first when the form has them
    /// (after the result in the summary, where the end is the rare one),
    /// and the question about later let-downs only when there are some.
    #[must_use]
    pub fn fields(&self) -> Vec<Field> {
        let mut times = match self.mode {
            Mode::End => vec![Field::Ended],
            Mode::Edit | Mode::Add => {
                vec![Field::Start, Field::Length, Field::Ended, Field::Letdowns]
            }
        };
        if self.timing.later > 0 {
            times.push(Field::Later);
        }
        // One side at a time, each side's volume is asked; the total follows.
        let one_at_a_time = self.setup.sides == Some(crate::session::Sides::OneAtATime);
        let result = RESULT
            .into_iter()
            .filter(|f| !(one_at_a_time && self.mode == Mode::End && *f == Field::Total))
            .chain(SETUP);
        if self.mode == Mode::End {
            result.chain(times).collect()
        } else {
            times.into_iter().chain(result).collect()
        }
    }

    /// The finished session, with the result once given.
    #[must_use]
    pub fn record(&self) -> &SessionRecord {
        &self.record
    }

    /// The session as it now ends (a let-down moved its end); the fields stay.
    pub fn set_record(&mut self, record: SessionRecord) {
        let result = std::mem::take(&mut self.record.result);
        self.timing.follow(&record);
        self.base = record.clone();
        self.record = record;
        self.record.result = result;
    }

    /// The field with the cursor.
    #[must_use]
    pub fn focus(&self) -> Field {
        self.focus
    }

    /// Moves the cursor to the next (or previous) field, round again.
    pub fn step_focus(&mut self, forward: bool) {
        let order = self.fields();
        let i = order.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = order.len();
        self.focus = order[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    /// Whether a key is text for the focused field rather than an action:
    /// anything printable in the note; in the other text fields anything
    /// printable but the let-down key (which the config keeps apart from what
    /// volumes are written with: "1.5oz" needs no space); and the editing
    /// keys (on comfort, the arrows choose).
    #[must_use]
    pub fn takes_text(&self, key: &KeyEvent, keymap: &Keymap) -> bool {
        key_name(key).is_some_and(|name| self.takes(name, keymap.is(Action::Letdown, key)))
    }

    /// [`Summary::takes_text`] of a key by its name; `letdown`: whether it
    /// is bound to the let-down.
    fn takes(&self, name: KeyName, letdown: bool) -> bool {
        let editing = !name.ctrl && !name.alt && FORM_EDITING_KEYS.contains(&name.code);
        let typed = name.is_printable() && !letdown;
        match self.focus {
            // The let-down times are written with spaces; there is no let-down key there.
            // Names are written with spaces too.
            Field::Note | Field::Letdowns | Field::Pump | Field::Suction => {
                editing || name.is_printable()
            }
            Field::Comfort | Field::Later | Field::Sides | Field::Method => editing,
            Field::Left
            | Field::Right
            | Field::Total
            | Field::Flange
            | Field::Start
            | Field::Length
            | Field::Ended => editing || typed,
        }
    }

    /// Types a key into the focused field (see [`Summary::takes_text`]);
    /// `now` is for working out what a typed time means.
    pub fn type_key(&mut self, key: &KeyEvent, now: DateTime<FixedOffset>) {
        match self.focus {
            Field::Comfort => self.on_comfort_key(key.code),
            Field::Later => {
                if matches!(key.code, KeyCode::Left | KeyCode::Right) {
                    self.timing.keep_later = !self.timing.keep_later;
                }
            }
            Field::Pump | Field::Flange | Field::Suction | Field::Sides | Field::Method => {
                self.setup.type_key(self.focus, key);
            }
            field => {
                let input = match field {
                    Field::Left => &mut self.left,
                    Field::Right => &mut self.right,
                    Field::Total => &mut self.total,
                    Field::Note => &mut self.note,
                    other => match self.timing.input_mut(other) {
                        Some(input) => input,
                        None => return,
                    },
                };
                input.handle_event(&Event::Key(*key));
                self.timing.follow_typing(field, &self.base, self.mode, now);
            }
        }
        self.error = None;
    }

    /// Chooses a comfort, when the cursor is on comfort.
    pub fn choose_comfort(&mut self, comfort: Comfort) {
        if self.focus == Field::Comfort {
            self.comfort = Some(comfort);
        }
    }

    fn on_comfort_key(&mut self, code: KeyCode) {
        const CHOICES: [Option<Comfort>; 4] = [
            None,
            Some(Comfort::Fine),
            Some(Comfort::Tender),
            Some(Comfort::Painful),
        ];
        let i = CHOICES.iter().position(|c| *c == self.comfort).unwrap_or(0);
        self.comfort = match code {
            KeyCode::Right => CHOICES[(i + 1) % 4],
            KeyCode::Left => CHOICES[(i + 3) % 4],
            KeyCode::Backspace | KeyCode::Delete => None,
            _ => self.comfort,
        };
    }

    /// Takes what the fields say into the record, or points at the first
    /// field that is wrong and says why. Times typed by hand are checked
    /// against `now` (a start in the future is refused).
    pub fn accept(&mut self, units: Units, now: DateTime<FixedOffset>) -> bool {
        let made = self
            .timing
            .apply(&self.base, self.mode, now, true)
            .and_then(|(record, _)| self.result(units).map(|result| (record, result)))
            .and_then(|(record, result)| Ok((record, result, self.setup.setup()?)));
        match made {
            Ok((mut record, result, setup)) => {
                record.result = result;
                record.setup = setup;
                self.record = record;
                true
            }
            Err((field, message)) => {
                self.focus = field;
                self.error = Some(message);
                false
            }
        }
    }

    /// How many let-downs a typed end leaves out, and whether they are kept.
    #[must_use]
    pub fn later(&self) -> (usize, bool) {
        (self.timing.later, self.timing.keep_later)
    }

    /// The result the fields describe, or the first field that is wrong.
    fn result(&self, units: Units) -> Result<SessionResult, (Field, String)> {
        let read = |input: &Input, field, (text, ml): &(String, Option<f64>)| {
            if self.mode == Mode::Edit && input.value() == text {
                return Ok(*ml);
            }
            format::parse_volume(input.value(), units).map_err(|e| (field, e))
        };
        let left_ml = read(&self.left, Field::Left, &self.original[0])?;
        let right_ml = read(&self.right, Field::Right, &self.original[1])?;
        let typed_total = read(&self.total, Field::Total, &self.original[2])?;
        // A total typed beside both sides must agree with them (to the nearest
        // ml); what an edit left as the file had it is not asked about again.
        let touched = [&self.left, &self.right, &self.total]
            .iter()
            .zip(&self.original)
            .any(|(input, (text, _))| input.value() != text);
        if touched {
            format::check_total(typed_total, left_ml, right_ml, units)
                .map_err(|why| (Field::Total, why))?;
        }
        let result = SessionResult::typed(
            left_ml,
            right_ml,
            typed_total,
            self.comfort,
            self.note.value(),
        );
        // What the store would refuse is said here, on the form, not after Enter.
        result
            .validate()
            .map_err(|why| (Field::Total, why.to_string()))?;
        Ok(result)
    }
}
