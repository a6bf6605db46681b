//! The summary's setup fields: the pump, the flange, the suction, the sides
//! and the method, started from the setup the session ran with and read
//! back into it on Enter. The line that shows them whole is the facts
//! layer's ([`crate::facts::setup::setup_line`]).

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::Field;
use crate::session::{Method, Setup, Sides, flange_text};

/// The setup fields in Tab order.
pub const SETUP: [Field; 5] = [
    Field::Pump,
    Field::Flange,
    Field::Suction,
    Field::Sides,
    Field::Method,
];

/// What the setup fields hold.
#[derive(Debug, Clone, Default)]
pub struct SetupFields {
    /// The setup they started from: given back as it is when no field changed.
    start: Option<Setup>,
    pump: Input,
    flange: Input,
    suction: Input,
    pub sides: Option<Sides>,
    pub method: Option<Method>,
    /// The texts they started with, to tell whether any changed.
    texts: [String; 3],
}

impl SetupFields {
    /// The fields filled with `setup`.
    #[must_use]
    pub fn new(setup: Option<&Setup>) -> Self {
        let given = setup.cloned().unwrap_or_default();
        let texts = [
            given.pump.clone().unwrap_or_default(),
            flange_text(given.flange_left_mm, given.flange_right_mm),
            given
                .suction
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ];
        Self {
            start: setup.cloned(),
            pump: Input::new(texts[0].clone()),
            flange: Input::new(texts[1].clone()),
            suction: Input::new(texts[2].clone()),
            sides: given.sides,
            method: given.method,
            texts,
        }
    }

    /// The text input of a setup field; none for a choice.
    pub fn input(&self, field: Field) -> Option<&Input> {
        match field {
            Field::Pump => Some(&self.pump),
            Field::Flange => Some(&self.flange),
            Field::Suction => Some(&self.suction),
            _ => None,
        }
    }

    /// Types a key into a setup field: text into the text fields, ←/→ to
    /// choose (Backspace clears) on the choices.
    pub fn type_key(&mut self, field: Field, key: &KeyEvent) {
        match field {
            Field::Pump => {
                let _ = self.pump.handle_event(&Event::Key(*key));
            }
            Field::Flange => {
                let _ = self.flange.handle_event(&Event::Key(*key));
            }
            Field::Suction => {
                let _ = self.suction.handle_event(&Event::Key(*key));
            }
            Field::Sides => self.sides = cycle(&Sides::ALL, self.sides, key.code),
            Field::Method => self.method = cycle(&Method::ALL, self.method, key.code),
            _ => {}
        }
    }

    /// The setup the fields describe: the one they started from when none
    /// changed; none when they name nothing. A value that cannot be read
    /// points at its field.
    pub fn setup(&self) -> Result<Option<Setup>, (Field, String)> {
        let start = self.start.clone().unwrap_or_default();
        let texts = [self.pump.value(), self.flange.value(), self.suction.value()];
        let unchanged = texts.iter().zip(&self.texts).all(|(now, was)| now == was)
            && self.sides == start.sides
            && self.method == start.method;
        if unchanged {
            return Ok(self.start.clone());
        }
        let word = |w: Option<&'static str>| w.unwrap_or_default();
        let setup = Setup::typed(
            texts[0],
            texts[1],
            texts[2],
            word(self.sides.map(Sides::word)),
            word(self.method.map(Method::word)),
        )
        .map_err(|(which, why)| {
            let field = match which {
                "flange" => Field::Flange,
                "sides" => Field::Sides,
                "method" => Field::Method,
                _ => Field::Pump,
            };
            (field, why)
        })?;
        Ok(Some(setup).filter(|s| !s.is_empty()))
    }
}

/// The next (→) or previous (←) choice, through "not given"; Backspace
/// or Delete clears it.
fn cycle<T: Copy + PartialEq>(all: &[T], now: Option<T>, code: KeyCode) -> Option<T> {
    let choices: Vec<Option<T>> = std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect();
    let n = choices.len();
    let i = choices.iter().position(|c| *c == now).unwrap_or(0);
    match code {
        KeyCode::Right => choices[(i + 1) % n],
        KeyCode::Left => choices[(i + n - 1) % n],
        KeyCode::Backspace | KeyCode::Delete => None,
        _ => now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_left_alone_give_the_setup_back_as_it_was() {
        let setup = Setup {
            pump: Some("Spectra S1".into()),
            flange_left_mm: Some(24.04),
            flange_right_mm: Some(21.0),
            ..Setup::default()
        };
        let fields = SetupFields::new(Some(&setup));
        assert_eq!(fields.setup(), Ok(Some(setup)));
        assert_eq!(SetupFields::new(None).setup(), Ok(None));
    }

    #[test]
    fn a_choice_goes_round_through_not_given() {
        let mut fields = SetupFields::new(None);
        let right = KeyEvent::from(KeyCode::Right);
        fields.type_key(Field::Sides, &right);
        assert_eq!(fields.sides, Some(Sides::Both));
        fields.type_key(Field::Sides, &KeyEvent::from(KeyCode::Left));
        fields.type_key(Field::Sides, &KeyEvent::from(KeyCode::Left));
        assert_eq!(fields.sides, Some(Sides::OneAtATime));
        let setup = fields.setup().expect("reads").expect("a setup");
        assert_eq!(setup.sides, Some(Sides::OneAtATime));
    }
}
