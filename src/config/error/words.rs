//! What a config error expected, in the user's words rather than serde's:
//! "expected u32" becomes "a whole number of seconds", chosen by the key's
//! path and the kind of error. Messages letdown wrote itself pass as they are.

use std::fmt::Write as _;

use super::Part;
use crate::config::Config;

/// Rewords serde's message for the key at `path`.
pub(super) fn in_user_words(path: &[Part], message: &str) -> String {
    let reworded = if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
    {
        rest.split_once(", expected ").map(|(found, wanted)| {
            format!(
                "expected {}, not {}",
                wanted_words(path, wanted),
                found_words(found)
            )
        })
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        rest.split_once(", expected ").map(|(found, choices)| {
            format!(
                "\"{}\" is not one of the choices; use {}",
                quoted_names(found).join(""),
                either(&quoted_names(choices), "or", true)
            )
        })
    } else if let Some(rest) = message.strip_prefix("unknown field ") {
        Some(unknown_setting(path, rest))
    } else {
        message.strip_prefix("missing field ").map(|rest| {
            format!(
                "{} needs `{}` too",
                entry(path),
                quoted_names(rest).join("")
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
        let unit = if name == "secs" || name.ends_with("_secs") {
            "a whole number of seconds"
        } else if name.ends_with("_mins") || name == "minutes_per_day" {
            "a whole number of minutes"
        } else if name == "sessions_per_day" {
            "a whole number of sessions"
        } else {
            "a whole number"
        };
        return match example(path) {
            Some(like) => format!("{unit}, like {like}"),
            None => unit.to_string(),
        };
    }
    match wanted {
        "a boolean" => "true or false".to_string(),
        "a string" | "path string" if matches!(name, "data_dir" | "photo") => {
            "a path in quotes, like \"~/Pictures/baby\"".to_string()
        }
        "a string" | "path string" => "text in quotes".to_string(),
        "f32" | "f64" => "a number".to_string(),
        "a sequence" => format!("a list, or {} entries", table_header(name, true)),
        w if w.starts_with("struct ") || w == "a map" => match path {
            [.., Part::Key(name), Part::Index(_)] => {
                format!("a {} entry", table_header(name, true))
            }
            _ => format!("a {} table", table_header(name, false)),
        },
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
        "sequence" => "a list".to_string(),
        "map" => "a table".to_string(),
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
        return "the token is never kept in the config: put it in a file of its own, readable \
                by you only (chmod 600), named by `token_file`, or in LETDOWN_BABYBUDDY_TOKEN"
            .to_string();
    }
    let place = match path.split_last() {
        Some((_, [])) | None => "at the top of the file".to_string(),
        Some((_, parent)) => format!("in {}", entry(parent)),
    };
    let mut words = format!("`{found}` is not a setting {place}");
    let list = either(&known, "and", false);
    match known.iter().find(|k| is_near(k, &found)) {
        Some(near) => {
            let _ = write!(
                words,
                "; did you mean `{near}`? (the settings there are {list})"
            );
        }
        None if !known.is_empty() => {
            let _ = write!(words, "; the settings there are {list}");
        }
        None => words.push_str("; it takes no settings"),
    }
    words
}

/// The table a path ends in, as its header reads: `[goals]`, `a [[phases]] entry`.
fn entry(path: &[Part]) -> String {
    match path {
        [] => "the file".to_string(),
        [.., Part::Key(name), Part::Index(_)] => format!("this {} entry", table_header(name, true)),
        [.., Part::Key(name)] => table_header(name, false),
        [.., Part::Index(_)] => "this entry".to_string(),
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

/// `a, b or c`, each name in double quotes when `quote` (as TOML text is written).
fn either(names: &[&str], last: &str, quote: bool) -> String {
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
        Some((tail, head)) => format!("{} {last} {tail}", head.join(", ")),
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
