//! Numbers, day names and month names as the current language writes them.

use chrono::Weekday;

use super::{LANGUAGES, current};

/// `value` with `places` decimals and the language's decimal mark:
/// `4.2` in English, `4,2` in Spanish.
#[must_use]
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let mark = LANGUAGES[current().0].decimal_mark;
    if mark == '.' {
        text
    } else {
        text.replace('.', &mark.to_string())
    }
}

/// A day's name: `Monday`, or with `short`, `Mon`.
#[must_use]
pub fn weekday_name(day: Weekday, short: bool) -> String {
    let n = day.number_from_monday();
    if short {
        crate::tr!("weekday-short", day = n)
    } else {
        crate::tr!("weekday", day = n)
    }
}

/// A month's name (1 is January): `November`, or with `short`, `Nov`.
#[must_use]
pub fn month_name(month: u32, short: bool) -> String {
    if short {
        crate::tr!("month-short", month = month)
    } else {
        crate::tr!("month", month = month)
    }
}
