//! A setup as people type it (the config, the summary, `letdown add`): one
//! way to read each value, so the three never disagree; and which side a
//! session one side at a time is on.

use super::SessionRecord;
use super::schema3::{FLANGE_MM, Method, Setup, Side, Sides, Suction};

impl Sides {
    /// Every choice, in the order a form offers them.
    pub const ALL: [Self; 4] = [Self::Both, Self::Left, Self::Right, Self::OneAtATime];

    /// The choice a word names, as the file and the config write it.
    #[must_use]
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word.trim())
    }
}

impl Method {
    /// Every choice, in the order a form offers them.
    pub const ALL: [Self; 3] = [Self::Pump, Self::Hand, Self::PumpAndHand];

    /// The method a word names, as the file and the config write it.
    #[must_use]
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.word() == word.trim())
    }
}

/// What a flange typed as "24", "24/21" or "24 mm" reads as: left and right
/// in millimetres; empty text is none. One size is both sides.
pub fn parse_flange(text: &str) -> Result<(Option<f64>, Option<f64>), String> {
    let text = text.trim();
    let text = text.strip_suffix("mm").unwrap_or(text).trim();
    if text.is_empty() {
        return Ok((None, None));
    }
    let size = |part: &str| -> Result<f64, String> {
        let part = part.trim().replace(',', ".");
        match part.parse::<f64>() {
            Ok(mm) if FLANGE_MM.contains(&mm) => Ok(mm),
            _ => Err(crate::tr!(
                "facts-expected-flange",
                from = *FLANGE_MM.start(),
                to = *FLANGE_MM.end()
            )),
        }
    };
    if let Some((left, right)) = text.split_once('/') {
        Ok((Some(size(left)?), Some(size(right)?)))
    } else {
        let mm = size(text)?;
        Ok((Some(mm), Some(mm)))
    }
}

/// A flange as the forms show it for typing again: "24", "24/21".
#[must_use]
pub fn flange_text(left: Option<f64>, right: Option<f64>) -> String {
    match (left, right) {
        (Some(l), Some(r)) if (l - r).abs() < 0.05 => mm(l),
        (Some(l), Some(r)) => format!("{}/{}", mm(l), mm(r)),
        (Some(l), None) => format!("{}/", mm(l)),
        (None, Some(r)) => format!("/{}", mm(r)),
        (None, None) => String::new(),
    }
}

/// Millimetres without a needless ".0": "24", "22.5".
#[must_use]
pub fn mm(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

impl Setup {
    /// A setup from typed values; text left empty is none. The first value
    /// that cannot be read is said, with the field's name.
    pub fn typed(
        pump: &str,
        flange: &str,
        suction: &str,
        sides: &str,
        method: &str,
    ) -> Result<Self, (&'static str, String)> {
        let text = |t: &str| (!t.trim().is_empty()).then(|| t.trim().to_string());
        let (flange_left_mm, flange_right_mm) =
            parse_flange(flange).map_err(|why| ("flange", why))?;
        let sides = match text(sides) {
            None => None,
            Some(word) => {
                Some(Sides::from_word(&word).ok_or(("sides", crate::tr!("facts-expected-sides")))?)
            }
        };
        let method = match text(method) {
            None => None,
            Some(word) => Some(
                Method::from_word(&word).ok_or(("method", crate::tr!("facts-expected-method")))?,
            ),
        };
        let setup = Self {
            pump: text(pump),
            flange_left_mm,
            flange_right_mm,
            suction: text(suction).map(Suction),
            method,
            sides,
        };
        setup.validate().map_err(|why| ("setup", why.to_string()))?;
        Ok(setup)
    }

    /// Whether the session goes one side at a time: said so, or by hand
    /// alone (a hand expresses one side at a time).
    #[must_use]
    pub fn is_one_at_a_time(&self) -> bool {
        self.sides == Some(Sides::OneAtATime)
            || (self.sides.is_none() && self.method == Some(Method::Hand))
    }
}

impl SessionRecord {
    /// Whether the session went one side at a time.
    #[must_use]
    pub fn is_one_at_a_time(&self) -> bool {
        self.setup.as_ref().is_some_and(Setup::is_one_at_a_time) || !self.switches.is_empty()
    }

    /// The side pumped at `at_secs`, one side at a time: the last change of
    /// side by then, else the side before the first change, else the left.
    #[must_use]
    pub fn side_at(&self, at_secs: f64) -> Side {
        self.switches
            .iter()
            .rev()
            .find(|s| s.at_secs <= at_secs)
            .map(|s| s.side)
            .or_else(|| self.switches.first().map(|s| s.side.other()))
            .unwrap_or(Side::Left)
    }

    /// Active seconds since the side now pumped began: the last change of side.
    #[must_use]
    pub fn side_since(&self) -> f64 {
        self.switches.last().map_or(0.0, |s| s.at_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::record::SideSwitch;

    #[test]
    fn a_flange_reads_as_one_size_or_left_and_right() {
        assert_eq!(parse_flange("24"), Ok((Some(24.0), Some(24.0))));
        assert_eq!(parse_flange(" 24/21 mm"), Ok((Some(24.0), Some(21.0))));
        assert_eq!(parse_flange("22,5"), Ok((Some(22.5), Some(22.5))));
        assert_eq!(parse_flange(""), Ok((None, None)));
        for bad in ["9", "41", "x", "24/", "24/50"] {
            assert!(parse_flange(bad).is_err(), "{bad}");
        }
        assert_eq!(flange_text(Some(24.0), Some(21.0)), "24/21");
        assert_eq!(flange_text(Some(22.5), Some(22.5)), "22.5");
    }

    #[test]
    fn a_setup_is_typed_field_by_field() {
        let setup = Setup::typed("Spectra S1", "24/21", "6", "both", "").expect("reads");
        assert_eq!(setup.pump.as_deref(), Some("Spectra S1"));
        assert_eq!(setup.flange_right_mm, Some(21.0));
        assert_eq!(setup.suction, Some(Suction("6".into())));
        assert_eq!(setup.sides, Some(Sides::Both));
        assert_eq!(Setup::typed("", "", "", "", ""), Ok(Setup::default()));
        assert_eq!(
            Setup::typed("", "", "", "three", "").map_err(|e| e.0),
            Err("sides")
        );
        assert_eq!(
            Setup::typed("", "", "", "", "foot").map_err(|e| e.0),
            Err("method")
        );
    }

    #[test]
    fn the_side_follows_the_changes() {
        let mut record = crate::stats::fixtures::full_session();
        assert_eq!(record.side_at(10.0), Side::Left);
        record.switches = vec![
            SideSwitch {
                at_secs: 0.0,
                side: Side::Right,
            },
            SideSwitch {
                at_secs: 300.0,
                side: Side::Left,
            },
        ];
        assert_eq!(record.side_at(10.0), Side::Right);
        assert_eq!(record.side_at(400.0), Side::Left);
        assert!((record.side_since() - 300.0).abs() < 1e-9);
    }
}
