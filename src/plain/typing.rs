//! Typing an answer: the summary's questions read a line, echoed as it is
//! typed in plain characters (a character taken back shows the answer again
//! on a new line: nothing is erased on the screen). The let-down key still
//! marks a let-down over the summary, except where it is text (the note).

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::face::{Face, Mode};
use super::out::Print;
use super::questions::Question;
use crate::session::{Command, Now, SessionResult};
use crate::tui::keymap::{Action, key_name};
use crate::tui::steps::Step;

impl Face {
    /// The keys typed while a question waits for a line.
    pub(super) fn on_answer_key(&mut self, key: &KeyEvent, now: Now) {
        let Some(name) = key_name(key) else {
            return;
        };
        let over_session = matches!(self.mode, Mode::Summary(_));
        let comfort = self.question_is(Question::Comfort);
        if name.is_ctrl_c() {
            let step = if over_session {
                Step::AskLeave
            } else {
                Step::Quit
            };
            self.take_step(step, now);
        } else if self.keymap.is(Action::Cancel, key) {
            self.take_step(Step::CancelForm, now);
        } else if over_session
            && self.keymap.is(Action::Letdown, key)
            && !(self.question_is(Question::Note) && name.is_printable())
        {
            self.letdown_in_summary(now);
        } else if key.code == KeyCode::Enter {
            self.submit(now);
        } else if key.code == KeyCode::Backspace {
            if self.typed.pop().is_some() {
                self.prints.push(Print::NewLine);
                let typed = self.typed.clone();
                self.echo(typed);
            }
        } else if comfort && let Some(choice) = self.comfort_choice(key) {
            self.typed = choice.to_string();
            self.submit(now);
        } else if let KeyCode::Char(c) = key.code
            && name.is_printable()
        {
            self.typed.push(c);
            self.echo(c.to_string());
        }
    }

    /// Comfort's number for a key: its digit, or its config key (`f`, `t`, `p`).
    fn comfort_choice(&self, key: &KeyEvent) -> Option<char> {
        [
            (Action::Fine, '1'),
            (Action::Tender, '2'),
            (Action::Painful, '3'),
        ]
        .into_iter()
        .find(|(action, digit)| key.code == KeyCode::Char(*digit) || self.keymap.is(*action, key))
        .map(|(_, digit)| digit)
    }

    /// A let-down while the summary is asked: recorded at its own moment,
    /// and the session now ends there; the answers stay.
    fn letdown_in_summary(&mut self, now: Now) {
        self.command(Command::Letdown, now);
        let ended = self
            .host
            .engine()
            .map(|e| e.clone().finish(now, SessionResult::default()));
        if let (Mode::Summary(questions), Some(record)) = (&mut self.mode, ended) {
            questions.set_record(record);
        }
    }
}
