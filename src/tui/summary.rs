//! The summary after a session: what happened, then volume, comfort and a
//! note, each optional. Its keys come from the keymap; which keys are text
//! for a field is decided here.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::keymap::{Action, Keymap, key_name};
use crate::config::{Config, FORM_EDITING_KEYS, Units};
use crate::format;
use crate::session::{Comfort, SessionRecord, SessionResult};

mod view;

/// The gentle line shown when the user says it was painful.
pub const PAIN_NOTE: &str = "Pain is not needed for milk to flow. Check the flange fit, and talk to a \
     lactation consultant or your healthcare provider if it goes on.";

/// The form's fields, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Left,
    Right,
    Total,
    Comfort,
    Note,
}

const ORDER: [Field; 5] = [
    Field::Left,
    Field::Right,
    Field::Total,
    Field::Comfort,
    Field::Note,
];

/// The summary form and the finished session it completes.
#[derive(Debug)]
pub struct Summary {
    record: SessionRecord,
    focus: Field,
    left: Input,
    right: Input,
    total: Input,
    note: Input,
    comfort: Option<Comfort>,
    error: Option<String>,
    units: Units,
    clock: crate::config::ClockStyle,
    /// Whether this edits a stored session (else it ends one).
    editing: bool,
    /// An edit's volumes as the file has them, with the text the fields
    /// started with: a field left as it was writes back the exact value,
    /// not the value its rounded text reads as.
    original: [(String, Option<f64>); 3],
}

impl Summary {
    #[must_use]
    pub fn new(record: SessionRecord, config: &Config) -> Self {
        Self {
            record,
            focus: Field::Left,
            left: Input::default(),
            right: Input::default(),
            total: Input::default(),
            note: Input::default(),
            comfort: None,
            error: None,
            units: config.units,
            clock: config.clock,
            editing: false,
            original: Default::default(),
        }
    }

    /// The form over a stored session, filled in with what it holds.
    #[must_use]
    pub fn edit(record: SessionRecord, config: &Config) -> Self {
        let units = config.units;
        let text =
            |ml: Option<f64>| ml.map_or(String::new(), |ml| format::volume_number(ml, units));
        let result = &record.result;
        // A total that only sums left and right is left empty, so it follows their edits.
        let sum = match (result.left_ml, result.right_ml) {
            (None, None) => None,
            (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
        };
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
            editing: true,
            ..Self::new(record, config)
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
        let i = ORDER.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = ORDER.len();
        self.focus = ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    /// Whether a key is text for the focused field rather than an action:
    /// anything printable in the note; in the volume fields anything
    /// printable but the let-down key (which the config keeps apart from what
    /// volumes are written with); and the editing keys (on comfort, the
    /// arrows choose).
    #[must_use]
    pub fn takes_text(&self, key: &KeyEvent, keymap: &Keymap) -> bool {
        let Some(name) = key_name(key) else {
            return false;
        };
        let editing = !name.ctrl && !name.alt && FORM_EDITING_KEYS.contains(&name.code);
        match self.focus {
            Field::Note => editing || name.is_printable(),
            Field::Comfort => editing,
            Field::Left | Field::Right | Field::Total => {
                editing || (name.is_printable() && !keymap.is(Action::Letdown, key))
            }
        }
    }

    /// Types a key into the focused field (see [`Summary::takes_text`]).
    pub fn type_key(&mut self, key: &KeyEvent) {
        if self.focus == Field::Comfort {
            self.on_comfort_key(key.code);
            return;
        }
        let input = match self.focus {
            Field::Left => &mut self.left,
            Field::Right => &mut self.right,
            Field::Total => &mut self.total,
            Field::Note | Field::Comfort => &mut self.note,
        };
        input.handle_event(&Event::Key(*key));
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
    /// field that is wrong and says why.
    pub fn accept(&mut self, units: Units) -> bool {
        match self.result(units) {
            Ok(result) => {
                self.record.result = result;
                true
            }
            Err((field, message)) => {
                self.focus = field;
                self.error = Some(message);
                false
            }
        }
    }

    /// The result the fields describe, or the first field that is wrong.
    fn result(&self, units: Units) -> Result<SessionResult, (Field, String)> {
        let read = |input: &Input, field, (text, ml): &(String, Option<f64>)| {
            if self.editing && input.value() == text {
                return Ok(*ml);
            }
            format::parse_volume(input.value(), units).map_err(|e| (field, e))
        };
        let left_ml = read(&self.left, Field::Left, &self.original[0])?;
        let right_ml = read(&self.right, Field::Right, &self.original[1])?;
        let sum = match (left_ml, right_ml) {
            (None, None) => None,
            (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
        };
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
        let note = self.note.value().trim();
        let result = SessionResult {
            left_ml,
            right_ml,
            total_ml: typed_total.or(sum),
            comfort: self.comfort,
            note: (!note.is_empty()).then(|| note.to_string()),
        };
        // What the store would refuse is said here, on the form, not after Enter.
        result
            .validate()
            .map_err(|why| (Field::Total, why.to_string()))?;
        Ok(result)
    }
}
