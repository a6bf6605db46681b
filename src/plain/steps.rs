//! What a step does in line mode: the same steps as the screen
//! ([`crate::tui::steps::step`] decides them from the same keymap), each
//! told in a line.

use super::face::{Face, Mode};
use super::questions::{Answered, Question, Questions};
use crate::host::Found;
use crate::session::{Now, Plan, SessionResult, finish_at_heartbeat};
use crate::tui::keymap::Action;
use crate::tui::steps::Step;

impl Face {
    pub(super) fn take_step(&mut self, step: Step, now: Now) {
        match step {
            Step::Stay => {}
            Step::Quit if !self.host.pending().is_empty() => {
                self.mode = Mode::LeaveUnsaved;
                self.ask_again(now);
            }
            Step::Quit | Step::LeaveAnyway => {
                self.say(crate::tr!("plain-bye"));
                self.quit = true;
            }
            Step::Help => self.say_keys(),
            Step::Command(command) => {
                let back = matches!(self.mode, Mode::Leave | Mode::ConfirmDiscard);
                self.command(command, now);
                if back {
                    self.back_to_session();
                }
            }
            Step::AskLeave => {
                self.typed.clear();
                self.mode = Mode::Leave;
                self.ask_again(now);
            }
            Step::AskDiscard => {
                self.mode = match std::mem::replace(&mut self.mode, Mode::Day) {
                    Mode::Resume(record) => Mode::ConfirmDiscardInterrupted(record),
                    _ => Mode::ConfirmDiscard,
                };
                self.ask_again(now);
            }
            Step::BackToSession | Step::CancelForm
                if !matches!(
                    self.mode,
                    Mode::ConfirmDiscardInterrupted(_) | Mode::Finish { .. }
                ) =>
            {
                self.back_to_session();
            }
            Step::End => self.open_summary(now),
            Step::Discard => self.discard(now),
            Step::Resume => {
                if let Mode::Resume(record) = &self.mode {
                    let record = (**record).clone();
                    self.resume(record, now);
                }
            }
            Step::FinishAtHeartbeat => {
                if let Mode::Resume(record) = &self.mode {
                    let plan = Plan::for_record(&self.config, record);
                    let finished = finish_at_heartbeat(&plan, (**record).clone());
                    let questions = Box::new(Questions::new(finished, &self.config));
                    self.mode = Mode::Finish {
                        interrupted: record.clone(),
                        questions,
                    };
                    self.typed.clear();
                    self.ask_again(now);
                }
            }
            Step::LeaveForLater => {
                self.host.let_go();
                self.open_day(now);
            }
            Step::BackToResume | Step::CancelForm
                if matches!(
                    self.mode,
                    Mode::ConfirmDiscardInterrupted(_) | Mode::Finish { .. }
                ) =>
            {
                if let Mode::ConfirmDiscardInterrupted(record)
                | Mode::Finish {
                    interrupted: record,
                    ..
                } = std::mem::replace(&mut self.mode, Mode::Day)
                {
                    self.mode = Mode::Resume(record);
                }
                self.typed.clear();
                self.ask_again(now);
            }
            Step::DayDialog(None) => self.open_day(now),
            Step::Day(Action::Start) => self.start_session(now),
            Step::Day(action @ (Action::PrevDay | Action::NextDay | Action::Today)) => {
                let today = crate::query::today(&self.config, now.wall);
                let day = match action {
                    Action::PrevDay => self.day.pred_opt(),
                    Action::NextDay => self.day.succ_opt().filter(|d| *d <= today),
                    _ => Some(today),
                };
                if let Some(day) = day {
                    self.day = day;
                }
                self.ask_again(now);
            }
            _ => self.say(crate::tr!("plain-full-screen-only")),
        }
    }

    fn back_to_session(&mut self) {
        if self.host.engine().is_some() {
            self.typed.clear();
            self.mode = Mode::Session;
            self.say(crate::tr!("plain-back-to-session"));
        }
    }

    /// The summary's questions; the session runs on behind them.
    fn open_summary(&mut self, now: Now) {
        let Some(engine) = self.host.engine() else {
            return;
        };
        let record = engine.clone().finish(now, SessionResult::default());
        self.mode = Mode::Summary(Box::new(Questions::new(record, &self.config)));
        self.typed.clear();
        let (save, cancel) = (
            self.keymap.label(Action::Save),
            self.keymap.label(Action::Cancel),
        );
        self.say(crate::tr!(
            "plain-summary-keys",
            enter = save,
            cancel = cancel
        ));
        self.ask_again(now);
    }

    fn discard(&mut self, now: Now) {
        match self.host.discard() {
            Ok(()) => {
                self.say(crate::tr!("plain-discarded"));
                self.open_day(now);
            }
            Err(why) => {
                self.say(why);
                if let Mode::ConfirmDiscardInterrupted(record) =
                    std::mem::replace(&mut self.mode, Mode::Session)
                {
                    self.mode = Mode::Resume(record);
                    self.ask_again(now);
                }
            }
        }
    }

    /// Takes the lock and begins a session, or asks about an interrupted one.
    fn start_session(&mut self, now: Now) {
        let found = self.host.take_lock_to_start();
        self.take_from_host();
        match found {
            Some(Found::Interrupted(record)) => {
                self.mode = Mode::Resume(record);
                self.ask_again(now);
            }
            Some(Found::Clear) => self.begin(None, now),
            None => {}
        }
    }

    pub(super) fn question_is(&self, question: Question) -> bool {
        match &self.mode {
            Mode::Summary(q) | Mode::Finish { questions: q, .. } => q.current() == question,
            _ => false,
        }
    }

    /// The line typed, as the answer to the question asked.
    pub(super) fn submit(&mut self, now: Now) {
        let typed = std::mem::take(&mut self.typed);
        self.prints.push(super::out::Print::NewLine);
        let (Mode::Summary(questions) | Mode::Finish { questions, .. }) = &mut self.mode else {
            return;
        };
        let asked = questions.current();
        let answered = questions.answer(&typed);
        let painful = asked == Question::Comfort && questions.is_painful();
        let prompt = questions.prompt();
        match answered {
            Answered::Next(line) => {
                self.say(line);
                if painful {
                    self.say(crate::tui::summary::pain_note());
                }
                self.say(prompt);
            }
            Answered::Again(why) => {
                self.say(why);
                self.say(prompt);
            }
            Answered::Done(line) => {
                self.say(line);
                self.save_answers(now);
            }
        }
    }

    /// Files the finished session with the answers, and shows the day.
    fn save_answers(&mut self, now: Now) {
        let (Mode::Summary(questions) | Mode::Finish { questions, .. }) = &self.mode else {
            return;
        };
        match questions.finished() {
            Err(why) => {
                let again = Questions::new(questions.record.clone(), &self.config);
                self.say(crate::tr!("plain-not-taken", why = why));
                if let Mode::Summary(q) | Mode::Finish { questions: q, .. } = &mut self.mode {
                    **q = again;
                }
                self.ask_again(now);
            }
            Ok(record) => {
                let filed = self.host.file_ended(&record, now);
                self.host.let_go();
                self.take_from_host();
                if filed.is_ok() {
                    self.say(crate::tr!(
                        "plain-saved",
                        length = crate::facts::Length::of(record.active_secs).to_string(),
                        count = record.letdowns.len()
                    ));
                }
                self.open_day(now);
            }
        }
    }
}
