//! How a pump setup and the sides read, wherever they are shown: the
//! summary, the session screen, the history, `stats`, the reports.

use super::words::fixed;
use crate::session::{Method, Setup, Side, Sides};
use crate::tr;

/// What a change of side asked of a session on both sides at once says.
#[must_use]
pub fn both_sides() -> String {
    tr!("facts-both-sides")
}

/// What the coach says when this side has been quiet for a while.
#[must_use]
pub fn switch_offer() -> String {
    tr!("facts-switch-offer")
}

/// The words of no setup at all.
#[must_use]
pub fn no_setup() -> String {
    tr!("facts-no-setup")
}

/// A setup on one line: "Spectra S1 · 24/21 mm · level 6 · both". What is
/// not given is left out; [`no_setup()`] when nothing is.
#[must_use]
pub fn setup_line(setup: &Setup) -> String {
    let mut parts = Vec::new();
    if let Some(pump) = &setup.pump {
        parts.push(crate::basics::printable(pump).into_owned());
    }
    if let Some(flange) = flange(setup) {
        parts.push(flange);
    }
    if let Some(suction) = &setup.suction {
        parts.push(suction_words(&suction.0));
    }
    if let Some(sides) = setup.sides {
        parts.push(sides_words(sides).to_string());
    }
    match setup.method {
        // A named pump says it was pumped.
        Some(Method::Pump) if setup.pump.is_some() => {}
        Some(method) => parts.push(method_words(method).to_string()),
        None => {}
    }
    if parts.is_empty() {
        no_setup()
    } else {
        parts.join(" · ")
    }
}

/// The flange sizes: "24 mm", "24/21 mm" (left/right), "left 24 mm".
#[must_use]
pub fn flange(setup: &Setup) -> Option<String> {
    match (setup.flange_left_mm, setup.flange_right_mm) {
        (Some(l), Some(r)) if (l - r).abs() < 0.05 => Some(format!("{} mm", size(l))),
        (Some(l), Some(r)) => Some(format!("{}/{} mm", size(l), size(r))),
        (Some(l), None) => Some(tr!("facts-flange-left", size = size(l))),
        (None, Some(r)) => Some(tr!("facts-flange-right", size = size(r))),
        (None, None) => None,
    }
}

/// A flange size as it reads: `24`, `21.5` (`21,5` with a decimal comma),
/// rounded as the session file's [`mm`] rounds it.
fn size(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    crate::i18n::decimal(rounded, usize::from(rounded.fract() != 0.0))
}

/// A suction level: "level 6" for a number, the pump's word as it is.
#[must_use]
pub fn suction_words(level: &str) -> String {
    let level = crate::basics::printable(level);
    if level.parse::<f64>().is_ok() {
        tr!("facts-suction-level", level = level.as_ref())
    } else {
        tr!("facts-suction-word", level = level.as_ref())
    }
}

/// Which sides: "both", "left only", "right only", "one side at a time".
#[must_use]
pub fn sides_words(sides: Sides) -> &'static str {
    match sides {
        Sides::Both => fixed("facts-sides-both"),
        Sides::Left => fixed("facts-side-left-only"),
        Sides::Right => fixed("facts-side-right-only"),
        Sides::OneAtATime => fixed("facts-sides-one-at-a-time"),
    }
}

/// How: "pump", "by hand", "pump and hand".
#[must_use]
pub fn method_words(method: Method) -> &'static str {
    match method {
        Method::Pump => fixed("facts-method-pump"),
        Method::Hand => fixed("facts-method-hand"),
        Method::PumpAndHand => fixed("facts-method-pump-and-hand"),
    }
}

/// A side in a sentence: "left", "right".
#[must_use]
pub fn side_word(side: Side) -> &'static str {
    match side {
        Side::Left => fixed("facts-side-left"),
        Side::Right => fixed("facts-side-right"),
    }
}

/// The session screen's line for the side pumped now: "Left side".
#[must_use]
pub fn on_side(side: Side) -> &'static str {
    match side {
        Side::Left => fixed("facts-on-left-side"),
        Side::Right => fixed("facts-on-right-side"),
    }
}

/// The status line after a change of side.
#[must_use]
pub fn now_on(side: Side) -> String {
    match side {
        Side::Left => tr!("facts-now-on-left"),
        Side::Right => tr!("facts-now-on-right"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Suction;

    #[test]
    fn a_setup_reads_on_one_line() {
        let setup = Setup {
            pump: Some("Spectra S1".into()),
            flange_left_mm: Some(24.0),
            flange_right_mm: Some(21.0),
            suction: Some(Suction("6".into())),
            method: Some(Method::Pump),
            sides: Some(Sides::Both),
        };
        assert_eq!(setup_line(&setup), "Spectra S1 · 24/21 mm · level 6 · both");
        let hand = Setup {
            flange_left_mm: Some(24.0),
            flange_right_mm: Some(24.0),
            suction: Some(Suction("max".into())),
            method: Some(Method::Hand),
            ..Setup::default()
        };
        assert_eq!(setup_line(&hand), "24 mm · suction max · by hand");
        assert_eq!(setup_line(&Setup::default()), no_setup());
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        let setup = Setup {
            flange_left_mm: Some(21.5),
            flange_right_mm: None,
            ..hand
        };
        assert_eq!(
            setup_line(&setup),
            "izquierdo 21,5 mm · succión max · a mano"
        );
        assert_eq!(on_side(Side::Right), "Lado derecho");
        crate::i18n::set_language_here(None);
    }
}
