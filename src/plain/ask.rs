//! What each question says and offers: its sentence, then its choices one a
//! line, numbered ("1. Resume the session"); a digit chooses, and so do the
//! keys the screen's footer names, from the same keymap. `?` lists the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::day::day_lines;
use super::face::{Face, Mode, TIME_KEY};
use crate::facts::{DayLabel, Length};
use crate::session::Now;
use crate::tui::keymap::Action;
use crate::tui::steps::Step;

impl Face {
    /// The numbered choices of what is asked, with the step each takes.
    pub(super) fn choices(&self, now: Now) -> Vec<(String, Step)> {
        match &self.mode {
            Mode::Day => {
                let today = crate::query::today(&self.config, now.wall);
                let mut choices = vec![
                    (crate::tr!("plain-choice-start"), Step::Day(Action::Start)),
                    (
                        crate::tr!("plain-choice-day-before"),
                        Step::Day(Action::PrevDay),
                    ),
                ];
                if self.day < today {
                    choices.push((
                        crate::tr!("plain-choice-day-after"),
                        Step::Day(Action::NextDay),
                    ));
                    choices.push((crate::tr!("plain-choice-today"), Step::Day(Action::Today)));
                }
                choices.push((crate::tr!("plain-choice-quit"), Step::Quit));
                choices
            }
            Mode::Leave => vec![
                (crate::tr!("plain-choice-end"), Step::End),
                (crate::tr!("plain-choice-discard"), Step::AskDiscard),
                (crate::tr!("plain-choice-back"), Step::BackToSession),
            ],
            Mode::ConfirmDiscard => vec![
                (crate::tr!("plain-choice-yes-discard"), Step::Discard),
                (crate::tr!("plain-choice-keep"), Step::BackToSession),
            ],
            Mode::Resume(record) => vec![
                (crate::tr!("plain-choice-resume"), Step::Resume),
                (
                    crate::tr!(
                        "plain-choice-finish",
                        length = Length::of(record.active_secs).to_string()
                    ),
                    Step::FinishAtHeartbeat,
                ),
                (crate::tr!("plain-choice-discard"), Step::AskDiscard),
                (crate::tr!("plain-choice-later"), Step::LeaveForLater),
                (crate::tr!("plain-choice-quit"), Step::Quit),
            ],
            Mode::ConfirmDiscardInterrupted(_) => vec![
                (crate::tr!("plain-choice-yes-discard"), Step::Discard),
                (crate::tr!("plain-choice-keep"), Step::BackToResume),
            ],
            Mode::LeaveUnsaved => vec![
                (crate::tr!("plain-choice-leave-anyway"), Step::LeaveAnyway),
                (crate::tr!("plain-choice-stay"), Step::DayDialog(None)),
            ],
            Mode::Session | Mode::Summary(_) | Mode::Finish { .. } => Vec::new(),
        }
    }

    /// The step a digit key chooses, if it names one of the choices.
    pub(super) fn choice_for(&self, key: &KeyEvent, now: Now) -> Option<Step> {
        let KeyCode::Char(digit) = key.code else {
            return None;
        };
        if !key.modifiers.is_empty()
            && key.modifiers != ratatui::crossterm::event::KeyModifiers::SHIFT
        {
            return None;
        }
        let n = digit.to_digit(10)? as usize;
        self.choices(now)
            .into_iter()
            .nth(n.checked_sub(1)?)
            .map(|(_, step)| step)
    }

    /// Says what is asked, in full, with its choices.
    pub(super) fn ask_again(&mut self, now: Now) {
        let head: Vec<String> = match &self.mode {
            Mode::Day => {
                let mut lines = day_lines(&self.data, &self.config, self.day, now.wall);
                lines.push(crate::tr!("plain-what-now"));
                lines
            }
            Mode::Leave => vec![crate::tr!(
                "plain-leave",
                key = self.keymap.label(Action::Letdown)
            )],
            Mode::ConfirmDiscard => vec![crate::tr!("plain-confirm-discard")],
            Mode::Resume(record) => {
                let started = crate::facts::time_of_day(&record.started.0, self.config.clock);
                vec![crate::tr!(
                    "plain-interrupted",
                    day = DayLabel::Medium.of(record.started.0),
                    time = started,
                    length = Length::of(record.active_secs).to_string(),
                    count = record.letdowns.len()
                )]
            }
            Mode::ConfirmDiscardInterrupted(_) => {
                vec![crate::tr!("plain-confirm-discard-interrupted")]
            }
            Mode::LeaveUnsaved => {
                let pending = self.host.pending();
                let in_memory = pending.iter().filter(|p| !p.kept).count();
                vec![crate::tr!(
                    "plain-leave-unsaved",
                    count = pending.len(),
                    lost = in_memory
                )]
            }
            Mode::Summary(questions) | Mode::Finish { questions, .. } => {
                vec![questions.opening(), questions.prompt()]
            }
            Mode::Session => Vec::new(),
        };
        let choices = self.choices(now);
        for line in head {
            self.say(line);
        }
        let count = choices.len();
        for (i, (text, _)) in choices.into_iter().enumerate() {
            self.say(crate::tr!("plain-choice", number = i + 1, text = text));
        }
        if count > 0 {
            self.say(crate::tr!("plain-choose", count = count));
        }
    }

    /// Every key of what is asked, one a line.
    pub(super) fn say_keys(&mut self) {
        let context = self.context();
        let mut lines = vec![crate::tr!("plain-keys-head")];
        if !self.choices_empty() {
            lines.push(crate::tr!("plain-keys-numbers"));
        }
        // The day's list has no selection, detail, history or forms: only
        // the keys it acts on are listed.
        let day = context == crate::tui::keymap::KeyContext::Day;
        let here = |action: Action| {
            !day || matches!(
                action,
                Action::Start
                    | Action::PrevDay
                    | Action::NextDay
                    | Action::Today
                    | Action::Quit
                    | Action::Help
            )
        };
        for row in context.rows().iter().filter(|row| here(row.action)) {
            let keys = self.keymap.all_keys(row.action);
            lines.push(crate::tr!("plain-key", keys = keys, what = row.help));
        }
        if context == crate::tui::keymap::KeyContext::Session {
            lines.push(crate::tr!("plain-key-time", key = TIME_KEY.to_string()));
        }
        for line in lines {
            self.say(line);
        }
    }

    fn choices_empty(&self) -> bool {
        matches!(
            self.mode,
            Mode::Session | Mode::Summary(_) | Mode::Finish { .. }
        )
    }

    /// The day's list, from today.
    pub(super) fn open_day(&mut self, now: Now) {
        self.mode = Mode::Day;
        self.typed.clear();
        self.day = crate::query::today(&self.config, now.wall);
        self.ask_again(now);
    }
    /// Says once that a session is due, when it falls due while the day's
    /// list is open; the reminder's notification and hook go with it.
    pub(super) fn remind_if_due(&mut self, now: Now) {
        let Some(facts) = super::day::since_last(&self.data, &self.config, now.wall) else {
            return;
        };
        if !facts.is_due() || Some(facts.ended) == self.reminded {
            return;
        }
        self.reminded = Some(facts.ended);
        let since_last_secs = facts.ago.whole_secs() as f64;
        self.outcomes.push(super::face::Outcome::Alert(
            crate::notify::Alert::Reminder {
                since_last_secs: Some(since_last_secs),
            },
        ));
        self.host.queue_due_hook(since_last_secs);
        self.take_from_host();
        self.say(crate::tr!("plain-due-now"));
    }
}
