//! The limits of a session record, written once: every reader applies them
//! before it uses a record, and every writer before it says "saved", so what
//! letdown writes it can always read back. The config and the engine keep
//! within the same constants, so no session can run into them.

use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, FixedOffset};

use super::record::{SCHEMA, SessionRecord, SessionResult, State};

pub use crate::basics::MAX_SECS;

/// The most milk a record can hold, in millilitres, per side and in total.
pub const MAX_ML: f64 = 2000.0;

/// The years a new session may start in, when its start comes from outside
/// (an import, a time typed by hand): fixed, so the rule never depends on
/// the clock, and wide enough for any real session. Readers never apply it:
/// a file that exists is read whatever its date.
pub const START_YEARS: RangeInclusive<i32> = 1970..=2200;

/// The oldest schema this build reads.
pub const MIN_SCHEMA: u32 = 1;

/// The longest session a time typed by hand can make, in seconds.
pub const MAX_TYPED_SECS: f64 = 24.0 * 3600.0;

/// The most let-downs a hand-entered count can hold: far beyond any
/// session (17 are seen in long feeds).
pub const MAX_LETDOWN_COUNT: u32 = 100;

/// Why a record is not a session letdown can keep.
#[derive(Debug, Clone, PartialEq)]
pub enum InvalidRecord {
    NewerSchema(i64),
    UnknownSchema(i64),
    StillRunning,
    Secs(f64),
    Volume(f64),
    TotalVolume(f64),
    StartYear(i32),
    Id(String),
    LetdownCount(u32),
    CountBesideTimes,
    PumpingSecs,
    Empty,
    TooLong,
    Future,
    EndBeforeStart,
    Flange(f64),
    Name(&'static str),
    SwitchOrder,
}

impl std::error::Error for InvalidRecord {}

impl std::fmt::Display for InvalidRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::NewerSchema(n) => tr!("facts-invalid-newer-schema", schema = *n),
            Self::UnknownSchema(n) => tr!("facts-invalid-unknown-schema", schema = *n),
            Self::StillRunning => tr!("facts-invalid-still-running"),
            Self::Secs(secs) => tr!("facts-invalid-secs", secs = *secs),
            Self::Volume(ml) => tr!("facts-invalid-volume", ml = *ml),
            Self::TotalVolume(ml) => tr!("facts-invalid-total-volume", ml = *ml),
            Self::StartYear(year) => tr!("facts-invalid-start-year", year = year.to_string()),
            Self::Id(id) => tr!("facts-invalid-id", id = format!("{id:?}")),
            Self::LetdownCount(n) => tr!("facts-invalid-letdown-count", count = *n),
            Self::CountBesideTimes => tr!("facts-invalid-count-beside-times"),
            Self::PumpingSecs => tr!("facts-invalid-pumping-secs"),
            Self::Empty => tr!("facts-invalid-empty"),
            Self::TooLong => tr!("facts-invalid-too-long"),
            Self::Future => tr!("facts-invalid-future"),
            Self::EndBeforeStart => tr!("facts-invalid-end-before-start"),
            Self::Flange(mm) => tr!("facts-invalid-flange", mm = *mm),
            Self::Name(what) => tr!("facts-invalid-name", what = name_words(what)),
            Self::SwitchOrder => tr!("facts-invalid-switch-order"),
        };
        f.write_str(&text)
    }
}

/// What a name belongs to, in the user's language.
fn name_words(what: &str) -> String {
    match what {
        "experiment's name" => crate::tr!("facts-name-experiment"),
        "pump's name" => crate::tr!("facts-name-pump"),
        "suction level" => crate::tr!("facts-name-suction"),
        other => other.to_string(),
    }
}

impl InvalidRecord {
    /// The error for a schema outside what this build reads, if it is.
    #[must_use]
    pub fn of_schema(schema: i64) -> Option<Self> {
        if schema > i64::from(SCHEMA) {
            Some(Self::NewerSchema(schema))
        } else if schema < i64::from(MIN_SCHEMA) {
            Some(Self::UnknownSchema(schema))
        } else {
            None
        }
    }
}

impl SessionRecord {
    /// Checks what every record must hold, running or finished: a schema this
    /// build knows, and times and volumes that are real numbers within the
    /// limits (the total a reader computes from left and right included).
    pub fn validate(&self) -> Result<(), InvalidRecord> {
        if let Some(err) = InvalidRecord::of_schema(self.schema.into()) {
            return Err(err);
        }
        let secs = [self.active_secs, self.paused_secs]
            .into_iter()
            .chain(self.letdowns.iter().map(|l| l.at_secs))
            .chain(self.phases.iter().flat_map(|p| [p.from_secs, p.to_secs]))
            .chain(self.pauses.iter().flat_map(|p| [p.from_secs, p.secs]))
            .chain(self.triggers.iter().map(|t| t.at_secs))
            .chain(self.switches.iter().map(|s| s.at_secs))
            .chain(self.running.iter().flat_map(|r| {
                [Some(r.phase_from_secs), r.phase_secs, r.target_secs]
                    .into_iter()
                    .flatten()
            }));
        if let Some(bad) = secs
            .into_iter()
            .chain(self.pumping_secs)
            .find(|s| !(0.0..=MAX_SECS).contains(s))
        {
            return Err(InvalidRecord::Secs(bad));
        }
        if let Some(count) = self.letdown_count {
            if count > MAX_LETDOWN_COUNT {
                return Err(InvalidRecord::LetdownCount(count));
            }
            if !self.letdowns.is_empty() {
                return Err(InvalidRecord::CountBesideTimes);
            }
        }
        if self
            .pumping_secs
            .is_some_and(|p| p > self.active_secs + 0.001)
        {
            return Err(InvalidRecord::PumpingSecs);
        }
        self.validate_schema_3()?;
        self.result.validate()
    }

    /// Checks the times a user typed (an added session, an edit of its
    /// start or length) against the moment they were typed: a length above
    /// 0 and at most 24 hours, a start within [`START_YEARS`] and not after
    /// `now`, an end not before the start. Only for what was typed: the
    /// readers never apply it, so no file that exists is refused by it.
    pub fn validate_typed(&self, now: DateTime<FixedOffset>) -> Result<(), InvalidRecord> {
        self.validate_start()?;
        if self.active_secs <= 0.0 {
            return Err(InvalidRecord::Empty);
        }
        if self.active_secs > MAX_TYPED_SECS {
            return Err(InvalidRecord::TooLong);
        }
        if self.started.0 > now {
            return Err(InvalidRecord::Future);
        }
        if self.ended.is_some_and(|end| end.0 < self.started.0) {
            return Err(InvalidRecord::EndBeforeStart);
        }
        Ok(())
    }

    /// Checks a record for the data dir: valid, and finished.
    pub fn validate_finished(&self) -> Result<(), InvalidRecord> {
        self.validate()?;
        if self.state == State::Running {
            return Err(InvalidRecord::StillRunning);
        }
        Ok(())
    }

    /// Checks that a start from outside (an import, a time typed by hand)
    /// falls within [`START_YEARS`].
    pub fn validate_start(&self) -> Result<(), InvalidRecord> {
        let year = self.started.0.year();
        if START_YEARS.contains(&year) {
            Ok(())
        } else {
            Err(InvalidRecord::StartYear(year))
        }
    }

    /// Checks that the id can name the record's file: letters, digits, `-`,
    /// `_` and `.`, not leading with a dot, so it can neither climb out of
    /// its folder nor hide from a listing. Only for writing a new file: a
    /// file that exists is read whatever its id.
    pub fn validate_id(&self) -> Result<(), InvalidRecord> {
        let id = &self.id;
        let safe = !id.is_empty()
            && id.len() <= 128
            && !id.starts_with('.')
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if safe {
            Ok(())
        } else {
            Err(InvalidRecord::Id(id.clone()))
        }
    }
}

impl SessionResult {
    /// Checks the volumes: each within the limit, and the total the views
    /// show (the one given, else left plus right) too.
    pub fn validate(&self) -> Result<(), InvalidRecord> {
        if let Some(bad) = [self.left_ml, self.right_ml, self.total_ml]
            .into_iter()
            .flatten()
            .find(|ml| !(0.0..=MAX_ML).contains(ml))
        {
            return Err(InvalidRecord::Volume(bad));
        }
        match self.volume_ml() {
            Some(total) if total > MAX_ML => Err(InvalidRecord::TotalVolume(total)),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn why_a_record_is_refused_reads_in_spanish() {
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(
            InvalidRecord::Volume(2000.5).to_string(),
            "un volumen de 2000,5 ml está fuera de rango (como mucho 2000 ml)"
        );
        assert_eq!(
            InvalidRecord::Name("pump's name").to_string(),
            "el nombre del sacaleches está vacío, es demasiado largo (como mucho 60 caracteres) o tiene un carácter de control"
        );
        crate::i18n::set_language_here(None);
        assert_eq!(
            InvalidRecord::Volume(2000.5).to_string(),
            "a volume of 2000.5 ml is out of range (at most 2000 ml)"
        );
        assert_eq!(
            InvalidRecord::Name("pump's name").to_string(),
            "the pump's name is empty, too long (at most 60 characters) or holds a control character"
        );
    }
    use crate::stats::fixtures::full_session;

    #[test]
    fn a_full_session_is_valid() {
        assert_eq!(full_session().validate_finished(), Ok(()));
    }

    #[test]
    fn two_sides_that_pass_alone_can_be_too_much_together() {
        let mut record = full_session();
        record.result.left_ml = Some(1500.0);
        record.result.right_ml = Some(1500.0);
        record.result.total_ml = None;
        assert_eq!(record.validate(), Err(InvalidRecord::TotalVolume(3000.0)));
    }

    #[test]
    fn schemas_outside_what_this_build_reads_are_refused() {
        let mut record = full_session();
        record.schema = 0;
        assert_eq!(record.validate(), Err(InvalidRecord::UnknownSchema(0)));
        record.schema = SCHEMA + 1;
        assert_eq!(
            record.validate(),
            Err(InvalidRecord::NewerSchema((SCHEMA + 1).into()))
        );
    }

    #[test]
    fn a_running_session_is_not_a_finished_one() {
        let mut record = full_session();
        record.state = State::Running;
        assert_eq!(record.validate(), Ok(()));
        assert_eq!(record.validate_finished(), Err(InvalidRecord::StillRunning));
    }

    #[test]
    fn a_start_from_outside_must_fall_within_the_years_and_a_reader_never_asks() {
        let mut record = full_session();
        assert_eq!(record.validate_start(), Ok(()));
        for (text, year) in [
            ("0000-11-23T07:14:05+01:00", 0),
            ("9999-11-23T07:14:05+01:00", 9999),
        ] {
            record.started.0 = chrono::DateTime::parse_from_rfc3339(text).expect("a time");
            assert_eq!(record.validate_start(), Err(InvalidRecord::StartYear(year)));
            assert_eq!(record.validate_finished(), Ok(()), "a reader takes it");
        }
    }

    #[test]
    fn typed_times_must_be_a_real_past_session_and_a_reader_never_asks() {
        let mut record = full_session();
        let now = record.ended.expect("ended").0;
        assert_eq!(record.validate_typed(now), Ok(()));
        for (secs, why) in [
            (0.0, InvalidRecord::Empty),
            (24.0 * 3600.0 + 1.0, InvalidRecord::TooLong),
        ] {
            record.active_secs = secs;
            assert_eq!(record.validate_typed(now), Err(why));
            assert_eq!(record.validate_finished(), Ok(()), "a reader takes it");
        }
        record.active_secs = 600.0;
        let before = record.started.0 - chrono::Duration::minutes(1);
        assert_eq!(record.validate_typed(before), Err(InvalidRecord::Future));
        record.ended = Some(super::super::Timestamp(before));
        assert_eq!(
            record.validate_typed(now),
            Err(InvalidRecord::EndBeforeStart)
        );
        assert_eq!(record.validate_finished(), Ok(()), "a reader takes it");
    }

    #[test]
    fn a_count_stands_alone_and_within_reason() {
        let mut record = full_session();
        record.letdown_count = Some(3);
        assert_eq!(record.validate(), Err(InvalidRecord::CountBesideTimes));
        record.letdowns.clear();
        assert_eq!(record.validate(), Ok(()));
        assert_eq!(record.letdown_count(), 3);
        record.letdown_count = Some(MAX_LETDOWN_COUNT + 1);
        assert_eq!(
            record.validate(),
            Err(InvalidRecord::LetdownCount(MAX_LETDOWN_COUNT + 1))
        );
    }

    #[test]
    fn ids_that_could_leave_their_folder_are_refused() {
        for id in ["../../escape", ".hidden", "a/b", ""] {
            let mut record = full_session();
            record.id = id.to_string();
            assert!(record.validate_id().is_err(), "{id:?} accepted");
        }
        assert_eq!(full_session().validate_id(), Ok(()));
    }
}
