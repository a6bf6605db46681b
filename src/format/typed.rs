//! How times typed by hand read: a time of day ("7:10", "19:10", "7:10pm"),
//! a length ("20", "20m", "1h05", "1:05"), let-down times ("1:35, 4:10") and
//! a count. The add form, the edit form, the summary and `letdown add` all
//! read them here, so one spelling works everywhere.

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use crate::basics::Units;

/// Reads a time of day: `7:10`, `07:10`, `19.10`, `0710`, `7:10pm`, `7pm`.
pub fn parse_time_of_day(text: &str) -> Result<NaiveTime, String> {
    let typed = text.trim().to_ascii_lowercase().replace(' ', "");
    let wrong = || crate::tr!("facts-not-a-time", text = text.trim());
    let (digits, half) = if let Some(t) = typed.strip_suffix("am") {
        (t, Some(false))
    } else if let Some(t) = typed.strip_suffix("pm") {
        (t, Some(true))
    } else {
        (typed.as_str(), None)
    };
    let (hours, minutes) = match digits.split_once([':', '.', 'h']) {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None if half.is_some() => (digits, "0"),
        None => return Err(wrong()),
    };
    let minutes = if minutes.is_empty() { "0" } else { minutes };
    let (Ok(mut hours), Ok(minutes)) = (hours.parse::<u32>(), minutes.parse::<u32>()) else {
        return Err(wrong());
    };
    if let Some(pm) = half {
        if !(1..=12).contains(&hours) {
            return Err(wrong());
        }
        hours = hours % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_opt(hours, minutes, 0).ok_or_else(wrong)
}

/// Reads a length: minutes (`20`, `20m`, `20 min`, `12.5`), hours and
/// minutes (`1h05`, `1h`, `1:05`). Returns seconds.
pub fn parse_length(text: &str) -> Result<f64, String> {
    let typed = text.trim().to_ascii_lowercase().replace(' ', "");
    let wrong = || crate::tr!("facts-not-a-length", text = text.trim());
    let number = |t: &str| {
        t.replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
    };
    let secs = if let Some((m, s)) = typed.strip_suffix('s').and_then(|t| t.split_once('m')) {
        // As the forms show a length that is not whole minutes: 17m35s.
        let (minutes, secs) = (number(m).ok_or_else(wrong)?, number(s).ok_or_else(wrong)?);
        if minutes < 0.0 || !(0.0..60.0).contains(&secs) {
            return Err(wrong());
        }
        minutes * 60.0 + secs
    } else if let Some((h, m)) = typed.split_once(['h', ':']) {
        let m = m.trim_end_matches("min").trim_end_matches('m');
        let hours = number(h).ok_or_else(wrong)?;
        let minutes = if m.is_empty() {
            0.0
        } else {
            number(m).ok_or_else(wrong)?
        };
        if hours < 0.0 || !(0.0..60.0).contains(&minutes) {
            return Err(wrong());
        }
        hours * 3600.0 + minutes * 60.0
    } else {
        let m = typed
            .trim_end_matches("minutes")
            .trim_end_matches("mins")
            .trim_end_matches("min")
            .trim_end_matches('m');
        number(m).ok_or_else(wrong)? * 60.0
    };
    if secs < 0.0 {
        return Err(wrong());
    }
    Ok(secs)
}

/// Reads let-down times into the session as the clock shows them
/// (`01:35`, `1:02:03`), or whole minutes (`4`), apart by commas or spaces.
/// Returns seconds, in order.
pub fn parse_offsets(text: &str) -> Result<Vec<f64>, String> {
    let mut offsets = Vec::new();
    for item in text.split([',', ' ', ';']).filter(|t| !t.is_empty()) {
        let wrong = || crate::tr!("facts-not-an-offset", text = item);
        let parts: Vec<&str> = item.split(':').collect();
        let whole = |t: &str| t.parse::<u32>().map(f64::from).map_err(|_| wrong());
        let secs = match parts.as_slice() {
            [m] => whole(m)? * 60.0,
            [m, s] | [_, m, s] => {
                let s = s.parse::<f64>().map_err(|_| wrong())?;
                let m = whole(m)?;
                let h = if parts.len() == 3 {
                    whole(parts[0])?
                } else {
                    0.0
                };
                if !(0.0..60.0).contains(&s) || (parts.len() == 3 && m >= 60.0) {
                    return Err(wrong());
                }
                h * 3600.0 + m * 60.0 + s
            }
            _ => return Err(wrong()),
        };
        offsets.push(secs);
    }
    offsets.sort_by(f64::total_cmp);
    Ok(offsets)
}

/// A length as the forms show it, in words [`parse_length`] reads back:
/// whole minutes as `20`, else `17m35s`.
#[must_use]
pub fn length_text(secs: f64) -> String {
    let total = secs.max(0.0).floor() as u64;
    if total.is_multiple_of(60) {
        (total / 60).to_string()
    } else {
        format!("{}m{:02}s", total / 60, total % 60)
    }
}

/// Reads a count of let-downs: a whole number, empty being none.
pub fn parse_count(text: &str) -> Result<u32, String> {
    let typed = text.trim();
    if typed.is_empty() {
        return Ok(0);
    }
    typed
        .parse::<u32>()
        .map_err(|_| crate::tr!("facts-not-a-count", text = typed))
}

/// Checks a total typed beside both sides: it must be left + right, to the
/// nearest ml (else which one is meant cannot be told).
pub fn check_total(
    total: Option<f64>,
    left: Option<f64>,
    right: Option<f64>,
    units: Units,
) -> Result<(), String> {
    match (total, left, right) {
        (Some(total), Some(l), Some(r)) if (total - (l + r)).abs() >= 1.0 => Err(crate::tr!(
            "facts-total-not-sides",
            total = crate::facts::Volume::new(total, units).to_string(),
            sides = crate::facts::Volume::new(l + r, units).to_string()
        )),
        _ => Ok(()),
    }
}

/// The instant a time of day typed for `day` names: on that date, or on
/// the next one when the day (running from `day_start`) had passed into it
/// by then, so that 02:00 typed for a day starting at 04:00 is that night.
/// A time the clocks skipped is refused (see [`local_at`]).
pub fn on_day(
    day: NaiveDate,
    time: NaiveTime,
    day_start: NaiveTime,
    now: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>, String> {
    let date = if time < day_start {
        day.succ_opt().unwrap_or(day)
    } else {
        day
    };
    local_at(date.and_time(time), now)
}

/// A local date and time with its UTC offset: the one this machine's time
/// zone gives it (so a time before a DST change gets the offset it had),
/// when `now` is in that zone; else `now`'s own, as with a clock given in a
/// test or a zone the machine does not know. A time the clocks skipped (the
/// hour lost when summer time begins) never existed: refused, with the
/// nearest real time offered.
pub fn local_at(
    local: NaiveDateTime,
    now: DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>, String> {
    let zone_now = Local.from_utc_datetime(&now.naive_utc()).fixed_offset();
    if zone_now.offset() == now.offset() {
        if let Some(at) = Local.from_local_datetime(&local).earliest() {
            return Ok(at.fixed_offset());
        }
        if let Some(nearest) = nearest_real(local) {
            return Err(crate::tr!(
                "facts-time-skipped",
                time = local.format("%H:%M").to_string(),
                date = local.format("%Y-%m-%d").to_string(),
                nearest = nearest.format("%H:%M").to_string()
            ));
        }
    }
    Ok(now
        .offset()
        .from_local_datetime(&local)
        .earliest()
        .unwrap_or(now))
}

/// The real local time nearest to one the clocks skipped, a minute at a
/// time either way (a gap is an hour or less); the later on a tie.
fn nearest_real(skipped: NaiveDateTime) -> Option<NaiveDateTime> {
    let real = |at: &NaiveDateTime| Local.from_local_datetime(at).earliest().is_some();
    (1..=24 * 60).find_map(|minutes| {
        let step = chrono::Duration::minutes(minutes);
        [skipped + step, skipped - step].into_iter().find(real)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).expect("a time")
    }

    #[test]
    fn times_of_day_read_as_people_write_them() {
        for (text, want) in [
            ("7:10", time(7, 10)),
            ("07:10", time(7, 10)),
            ("19.10", time(19, 10)),
            ("0710", time(7, 10)),
            ("7:10pm", time(19, 10)),
            ("7:10 PM", time(19, 10)),
            ("12am", time(0, 0)),
            ("12:30pm", time(12, 30)),
            ("7pm", time(19, 0)),
        ] {
            assert_eq!(parse_time_of_day(text), Ok(want), "{text}");
        }
        for text in ["25:00", "7:61", "seven", "13pm", "", "7"] {
            assert!(parse_time_of_day(text).is_err(), "{text} read");
        }
    }

    #[test]
    fn lengths_read_as_minutes_or_hours() {
        for (text, secs) in [
            ("20", 1200.0),
            ("20m", 1200.0),
            ("20 min", 1200.0),
            ("12.5", 750.0),
            ("1h05", 3900.0),
            ("1h", 3600.0),
            ("1:05", 3900.0),
            ("0", 0.0),
        ] {
            assert_eq!(parse_length(text), Ok(secs), "{text}");
        }
        for text in ["-5", "soon", "", "1h-5"] {
            assert!(parse_length(text).is_err(), "{text} read");
        }
    }

    #[test]
    fn let_down_times_and_counts() {
        assert_eq!(parse_offsets("4:10, 1:35 9"), Ok(vec![95.0, 250.0, 540.0]));
        assert_eq!(parse_offsets("01:02:03"), Ok(vec![3723.0]));
        assert_eq!(parse_length(&length_text(1055.4)), Ok(1055.0));
        assert_eq!(length_text(1200.0), "20");
        assert_eq!(parse_offsets(""), Ok(vec![]));
        assert!(parse_offsets("1:75").is_err());
        assert!(parse_offsets("soon").is_err());
        assert_eq!(parse_count(" 3 "), Ok(3));
        assert_eq!(parse_count(""), Ok(0));
        assert!(parse_count("-1").is_err());
    }

    #[test]
    fn a_time_before_the_day_starts_is_that_night() {
        let now = DateTime::parse_from_rfc3339("2026-11-24T09:00:00+13:45").expect("a time");
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a day");
        let at = on_day(day, time(2, 0), time(4, 0), now).expect("a real time");
        assert_eq!(at.to_rfc3339(), "2026-11-24T02:00:00+13:45");
        let at = on_day(day, time(7, 10), time(4, 0), now).expect("a real time");
        assert_eq!(at.to_rfc3339(), "2026-11-23T07:10:00+13:45");
    }
}
