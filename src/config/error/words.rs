//! What a config error expected, in the user's words rather than serde's:
//! "expected u32" becomes "a whole number of seconds", chosen by the key's
//! path and the kind of error. Messages letdown wrote itself pass as they are.

use super::Part;
use crate::config::Config;

/// Rewords serde's message for the key at `path`.
pub(super) fn in_user_words(path: &[Part], message: &str) -> String {
    let reworded = if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        rest.split_once(", expected ").map(|(found, wanted)| {
            crate::tr!(
                "error-config-expected",
                wanted = wanted_words(path, wanted),
                found = found_words(found)
            )
        })
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        rest.split_once(", expected ").map(|(found, choices)| {
            crate::tr!(
                "error-config-not-a-choice",
                found = quoted_names(found).join(""),
                choices = either(&quoted_names(choices), false, true)
            )
        })
    } else if let Some(rest) = message.strip_prefix("unknown field ") {
        Some(unknown_setting(path, rest))
    } else {
        message.strip_prefix("missing field ").map(|rest| {
            crate::tr!(
                "error-config-needs",
                entry = entry(path),
                key = quoted_names(rest).join("")
            )
        })
    };
    reworded.unwrap_or_else(|| message.to_string())
}

/// What a key takes, by the type serde wanted and the key's name.
fn wanted_words(path: &[Part], wanted: &str) -> String {
    let name = match path.last() {
        Some(Part::Key(name)) => name.as_str(),
        _ => "",
    };
    let is_whole = |w: &str| {
        w.len() > 1
            && w.starts_with(['u', 'i'])
            && w[1..].chars().all(|c| c.is_ascii_digit() || c == 's')
    };
    if is_whole(wanted) {
        // The unit the number counts, for the message to choose its words.
        let unit = if name == "secs" || name.ends_with("_secs") {
            "seconds"
        } else if name.ends_with("_mins") || name == "minutes_per_day" {
            "minutes"
        } else if name == "sessions_per_day" {
            "sessions"
        } else {
            "none"
        };
        return if let Some(like) = example(path) {
            crate::tr!("error-config-whole-like", unit = unit, like = like)
        } else {
            crate::tr!("error-config-whole", unit = unit)
        };
    }
    match wanted {
        "a boolean" => crate::tr!("error-config-true-or-false"),
        "a string" | "path string" if matches!(name, "data_dir" | "photo") => {
            crate::tr!("error-config-a-path")
        }
        "a string" | "path string" => crate::tr!("error-config-text"),
        "f32" | "f64" => crate::tr!("error-config-a-number"),
        "a sequence" => crate::tr!("error-config-a-list", header = table_header(name, true)),
        w if w.starts_with("struct ") || w == "a map" => {
            if let [.., Part::Key(name), Part::Index(_)] = path {
                crate::tr!("error-config-an-entry", header = table_header(name, true))
            } else {
                crate::tr!("error-config-a-table", header = table_header(name, false))
            }
        }
        other => other.to_string(),
    }
}

/// What the user wrote, as they wrote it: `-30`, `"fifteen"`, `a list`.
fn found_words(found: &str) -> String {
    for kind in ["integer ", "floating point ", "boolean "] {
        if let Some(value) = found.strip_prefix(kind) {
            return value.trim_matches('`').to_string();
        }
    }
    if let Some(text) = found.strip_prefix("string ") {
        return text.to_string();
    }
    match found {
        "sequence" => crate::tr!("error-config-found-list"),
        "map" => crate::tr!("error-config-found-table"),
        other => other.to_string(),
    }
}

/// "`colour` is not a setting at the top of the file; did you mean …?"
fn unknown_setting(path: &[Part], rest: &str) -> String {
    let (found, known) = rest.split_once(", expected ").unwrap_or((rest, ""));
    let found = quoted_names(found).join("");
    let known = quoted_names(known);
    if found == "token" && matches!(path, [Part::Key(table), _] if table == "babybuddy") {
        // The config is often shared or synced; a token there would travel with it.
        return crate::tr!("error-config-token");
    }
    let place = match path.split_last() {
        Some((_, [])) | None => crate::tr!("error-config-at-the-top"),
        Some((_, parent)) => crate::tr!("error-config-in", entry = entry(parent)),
    };
    let list = either(&known, true, false);
    match known.iter().find(|k| is_near(k, &found)) {
        Some(near) => crate::tr!(
            "error-config-unknown-near",
            found = found,
            place = place,
            near = *near,
            list = list
        ),
        None if !known.is_empty() => crate::tr!(
            "error-config-unknown",
            found = found,
            place = place,
            list = list
        ),
        None => crate::tr!(
            "error-config-unknown-takes-none",
            found = found,
            place = place
        ),
    }
}

/// The table a path ends in, as its header reads: `[goals]`, `a [[phases]] entry`.
fn entry(path: &[Part]) -> String {
    match path {
        [] => crate::tr!("error-config-the-file"),
        [.., Part::Key(name), Part::Index(_)] => {
            crate::tr!(
                "error-config-this-entry-of",
                header = table_header(name, true)
            )
        }
        [.., Part::Key(name)] => table_header(name, false),
        [.., Part::Index(_)] => crate::tr!("error-config-this-entry"),
    }
}

fn table_header(name: &str, array: bool) -> String {
    if array {
        format!("[[{name}]]")
    } else {
        format!("[{name}]")
    }
}

/// The names serde quotes in backticks: "`ml` or `oz`" gives `ml`, `oz`.
fn quoted_names(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// `a, b or c` (with `all`, `a, b and c`), each name in double quotes when
/// `quote` (as TOML text is written).
fn either(names: &[&str], all: bool, quote: bool) -> String {
    let shown: Vec<String> = names
        .iter()
        .map(|n| {
            if quote {
                format!("\"{n}\"")
            } else {
                (*n).to_string()
            }
        })
        .collect();
    match shown.split_last() {
        None => String::new(),
        Some((only, [])) => only.clone(),
        Some((tail, head)) => {
            let head = head.join(", ");
            if all {
                crate::tr!("error-config-list-and", head = head, last = tail.as_str())
            } else {
                crate::tr!("error-config-list-or", head = head, last = tail.as_str())
            }
        }
    }
}

/// The shipped default's value for the key, as an example of what fits.
fn example(path: &[Part]) -> Option<String> {
    let mut value = toml::Value::try_from(Config::default()).ok()?;
    for part in path {
        value = match part {
            Part::Key(name) => value.get(name.as_str())?.clone(),
            Part::Index(i) => value.get(*i)?.clone(),
        };
    }
    Some(value.to_string())
}

/// Whether `typed` is one slip away from `name`: a letter missing, added,
/// changed, or two swapped.
fn is_near(name: &str, typed: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (name.chars().collect(), typed.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    let mut before: Vec<usize> = row.clone();
    for i in 1..=a.len() {
        let mut next = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            next[j] = (row[j] + 1).min(next[j - 1] + 1).min(row[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                next[j] = next[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut row, next);
    }
    row[b.len()] <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(names: &[&str]) -> Vec<Part> {
        names.iter().map(|n| Part::Key((*n).to_string())).collect()
    }

    #[test]
    fn whole_numbers_are_named_by_their_unit() {
        let words = |names: &[&str], message| in_user_words(&key(names), message);
        assert_eq!(
            words(
                &["session", "stall_secs"],
                "invalid value: integer `-5`, expected u32"
            ),
            "expected a whole number of seconds, like 360, not -5"
        );
        assert_eq!(
            words(
                &["goals", "remind_after_mins"],
                "invalid type: string \"3h\", expected u32"
            ),
            "expected a whole number of minutes, like 180, not \"3h\""
        );
        assert_eq!(
            words(
                &["notifications", "bell"],
                "invalid type: integer `1`, expected a boolean"
            ),
            "expected true or false, not 1"
        );
    }

    #[test]
    fn a_slip_is_near_and_another_word_is_not() {
        assert!(is_near("sessions_per_day", "sesions_per_day"));
        assert!(is_near("units", "untis"));
        assert!(!is_near("units", "colour"));
    }

    #[test]
    fn messages_letdown_wrote_pass_as_they_are() {
        let text = "expected at least one phase";
        assert_eq!(in_user_words(&key(&["phases"]), text), text);
    }
}
