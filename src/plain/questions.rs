//! The summary after a session, as questions one line at a time: each
//! volume, then comfort as numbered choices, then a note; Enter leaves any
//! of them out. Each answer is read by the same functions as the summary
//! form's fields ([`format::parse_volume`], [`format::check_total`],
//! [`SessionResult::typed`]), so that a volume reads the same in both faces.

use crate::config::{Config, Units};
use crate::facts::{Length, Volume};
use crate::format;
use crate::session::{Comfort, SessionRecord, SessionResult, Sides};

/// One question of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Left,
    Right,
    Total,
    Comfort,
    Note,
}

/// What an answer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// Taken; the line says what was kept, and the next question follows.
    Next(String),
    /// Taken, and it was the last: the session can be saved.
    Done(String),
    /// Not taken: why, and the same question again.
    Again(String),
}

/// The summary's questions about a finished session, and the answers so far.
#[derive(Debug, Clone)]
pub struct Questions {
    /// The session as it ends: at the end key, or at a let-down since.
    pub record: SessionRecord,
    units: Units,
    order: Vec<Question>,
    at: usize,
    left: Option<f64>,
    right: Option<f64>,
    total: Option<f64>,
    comfort: Option<Comfort>,
    note: String,
}

impl Questions {
    /// The questions about `record`; one side at a time, the sides' volumes
    /// make the total, as on the form.
    #[must_use]
    pub fn new(record: SessionRecord, config: &Config) -> Self {
        let one_at_a_time = record
            .setup
            .as_ref()
            .is_some_and(|s| s.sides == Some(Sides::OneAtATime));
        let order = [
            Question::Left,
            Question::Right,
            Question::Total,
            Question::Comfort,
            Question::Note,
        ]
        .into_iter()
        .filter(|q| !(one_at_a_time && *q == Question::Total))
        .collect();
        Self {
            record,
            units: config.units,
            order,
            at: 0,
            left: None,
            right: None,
            total: None,
            comfort: None,
            note: String::new(),
        }
    }

    /// The question being asked.
    #[must_use]
    pub fn current(&self) -> Question {
        self.order.get(self.at).copied().unwrap_or(Question::Note)
    }

    /// The line that opens the questions: what the session was.
    #[must_use]
    pub fn opening(&self) -> String {
        crate::tr!(
            "plain-summary-opening",
            length = Length::of(self.record.active_secs).to_string(),
            count = self.record.letdowns.len()
        )
    }

    /// The current question, with what Enter does.
    #[must_use]
    pub fn prompt(&self) -> String {
        let unit = Volume::unit(self.units);
        match self.current() {
            Question::Left => crate::tr!("plain-ask-left", unit = unit),
            Question::Right => crate::tr!("plain-ask-right", unit = unit),
            Question::Total => crate::tr!("plain-ask-total", unit = unit),
            Question::Comfort => crate::tr!("plain-ask-comfort"),
            Question::Note => crate::tr!("plain-ask-note"),
        }
    }

    /// Takes the line typed for the current question.
    pub fn answer(&mut self, text: &str) -> Answered {
        let question = self.current();
        let said = match question {
            Question::Left | Question::Right | Question::Total => match self.volume(question, text)
            {
                Ok(line) => line,
                Err(why) => return Answered::Again(crate::tr!("plain-not-taken", why = why)),
            },
            Question::Comfort => match text.trim() {
                "" => self.choose_comfort(None),
                "1" => self.choose_comfort(Some(Comfort::Fine)),
                "2" => self.choose_comfort(Some(Comfort::Tender)),
                "3" => self.choose_comfort(Some(Comfort::Painful)),
                _ => return Answered::Again(crate::tr!("plain-comfort-again")),
            },
            Question::Note => {
                self.note = text.to_string();
                if text.trim().is_empty() {
                    crate::tr!("plain-note-none")
                } else {
                    crate::tr!("plain-note-kept")
                }
            }
        };
        self.at += 1;
        if self.at >= self.order.len() {
            Answered::Done(said)
        } else {
            Answered::Next(said)
        }
    }

    /// Sets comfort and says what it is now.
    fn choose_comfort(&mut self, comfort: Option<Comfort>) -> String {
        self.comfort = comfort;
        match comfort {
            None => crate::tr!("plain-comfort-none"),
            Some(Comfort::Fine) => crate::tr!("plain-comfort-fine"),
            Some(Comfort::Tender) => crate::tr!("plain-comfort-tender"),
            Some(Comfort::Painful) => crate::tr!("plain-comfort-painful"),
        }
    }

    /// Reads a volume for a side or the total, as the form does.
    fn volume(&mut self, question: Question, text: &str) -> Result<String, String> {
        let ml = format::parse_volume(text, self.units)?;
        if question == Question::Total {
            format::check_total(ml, self.left, self.right, self.units)?;
        }
        let slot = match question {
            Question::Left => &mut self.left,
            Question::Right => &mut self.right,
            _ => &mut self.total,
        };
        *slot = ml;
        let volume = ml.map(|ml| Volume::new(ml, self.units).to_string());
        let sum = SessionResult::sides_sum(self.left, self.right);
        if let (Question::Total, None, Some(sum)) = (question, ml, sum) {
            let volume = Volume::new(sum, self.units).to_string();
            return Ok(crate::tr!("plain-total-from-sides", volume = volume));
        }
        Ok(match (question, volume) {
            (Question::Left, Some(v)) => crate::tr!("plain-left-is", volume = v),
            (Question::Right, Some(v)) => crate::tr!("plain-right-is", volume = v),
            (_, Some(v)) => crate::tr!("plain-total-is", volume = v),
            (_, None) => crate::tr!("plain-volume-none"),
        })
    }

    /// The finished session with the answers, checked as the store will
    /// check it; else why not.
    pub fn finished(&self) -> Result<SessionRecord, String> {
        let result =
            SessionResult::typed(self.left, self.right, self.total, self.comfort, &self.note);
        result.validate().map_err(|why| why.to_string())?;
        let mut record = self.record.clone();
        record.result = result;
        Ok(record)
    }

    /// Whether the answer given was "painful": the gentle line follows.
    #[must_use]
    pub fn is_painful(&self) -> bool {
        self.comfort == Some(Comfort::Painful)
    }

    /// The session as it now ends (a let-down moved its end); the answers stay.
    pub fn set_record(&mut self, record: SessionRecord) {
        self.record = record;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{HandEntry, this_host};

    fn questions() -> Questions {
        let started =
            chrono::DateTime::parse_from_rfc3339("2026-12-05T06:00:00+01:00").expect("a time");
        let record = SessionRecord::by_hand(
            HandEntry {
                started,
                secs: 600.0,
                letdowns: Some(2),
                result: SessionResult::default(),
            },
            &this_host(),
        );
        Questions::new(record, &Config::default())
    }

    #[test]
    fn each_answer_is_taken_and_said_back_and_the_record_holds_them() {
        let mut q = questions();
        assert_eq!(q.current(), Question::Left);
        assert_eq!(q.answer("60"), Answered::Next("Left: 60 ml.".into()));
        assert_eq!(q.answer("40"), Answered::Next("Right: 40 ml.".into()));
        assert_eq!(q.current(), Question::Total);
        assert!(
            matches!(q.answer("20"), Answered::Again(_)),
            "not the sides' sum"
        );
        assert_eq!(
            q.answer(""),
            Answered::Next("Total: 100 ml, from the sides.".into())
        );
        assert!(matches!(q.answer("7"), Answered::Again(_)));
        assert_eq!(q.answer("2"), Answered::Next("Comfort: tender.".into()));
        assert!(matches!(q.answer("  sleepy "), Answered::Done(_)));
        let record = q.finished().expect("a valid result");
        assert_eq!(record.result.left_ml, Some(60.0));
        assert_eq!(record.result.total_ml, Some(100.0));
        assert_eq!(record.result.comfort, Some(Comfort::Tender));
        assert_eq!(record.result.note.as_deref(), Some("sleepy"));
    }

    #[test]
    fn a_volume_that_does_not_read_is_asked_again() {
        let mut q = questions();
        assert!(matches!(q.answer("lots"), Answered::Again(_)));
        assert_eq!(q.current(), Question::Left);
    }
}
