//! The rows' words in the user's language. The tables in [`super::rows`]
//! are written in English; each hint and help sentence is the English
//! message `keys-hint-…` / `keys-help-…` named after its words, so a table
//! row and its messages cannot drift apart (a test holds every row to its
//! English message). A language's rows are worded once and kept.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use super::KeyContext;
use super::rows::Row;
use crate::i18n::{self, Lang};

/// The rows already worded, by language code and context; at most one
/// entry per language and context, so it stays small.
static WORDED: LazyLock<Mutex<Worded>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// Rows by language code and context.
type Worded = HashMap<(&'static str, KeyContext), &'static [Row]>;

/// `rows` of `context` in the current language; English's as they are.
pub(super) fn in_language(context: KeyContext, rows: &'static [Row]) -> &'static [Row] {
    let lang = i18n::current();
    if lang == Lang::ENGLISH {
        return rows;
    }
    let mut worded = WORDED.lock().unwrap_or_else(PoisonError::into_inner);
    worded.entry((lang.code(), context)).or_insert_with(|| {
        let text = |id: String| -> &'static str {
            Box::leak(i18n::text_in(lang, &id, None).into_boxed_str())
        };
        rows.iter()
            .map(|row| Row {
                action: row.action,
                hint: text(hint_id(row.hint)),
                help: text(help_id(row.help)),
            })
            .collect::<Vec<_>>()
            .leak()
    })
}

/// The words of a text as an id's tail: lower case, `+` as `plus` and a
/// leading `-` as `minus`, anything else between letters and digits a dash.
fn words(text: &str) -> Vec<String> {
    let text = text.replace('+', " plus ");
    let text = match text.strip_prefix('-') {
        Some(rest) => format!("minus {rest}"),
        None => text,
    };
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The message of a footer's word: "end and save" is `keys-hint-end-and-save`.
#[must_use]
pub fn hint_id(hint: &str) -> String {
    format!("keys-hint-{}", words(hint).join("-"))
}

/// The message of a help sentence: its words, or its first five and last
/// three when it is longer than eight.
#[must_use]
pub fn help_id(help: &str) -> String {
    let mut words = words(help);
    if words.len() > 8 {
        let last = words.split_off(words.len() - 3);
        words.truncate(5);
        words.extend(last);
    }
    format!("keys-help-{}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn every_row_is_its_english_message_and_no_two_texts_share_one() {
        let mut texts: HashMap<String, &str> = HashMap::new();
        for context in KeyContext::ALL {
            assert!(!context.label().starts_with("keys-"), "{context:?}");
            for row in context.rows() {
                for (id, text) in [(hint_id(row.hint), row.hint), (help_id(row.help), row.help)] {
                    assert_eq!(
                        i18n::text_in(Lang::ENGLISH, &id, None),
                        text,
                        "i18n/en/keys.ftl: `{id}`"
                    );
                    let seen = texts.entry(id.clone()).or_insert(text);
                    assert_eq!(*seen, text, "`{id}` names two texts");
                }
            }
        }
    }

    #[test]
    fn the_rows_read_in_spanish_and_key_names_stay() {
        let es = Lang::find("es").expect("Spanish");
        i18n::set_language_here(Some(es));
        let rows = KeyContext::Session.rows();
        assert_eq!(rows[0].hint, "bajada");
        assert!(rows.iter().any(|r| r.hint == "deshacer"));
        assert_eq!(KeyContext::Day.label(), "la pantalla del día");
        i18n::set_language_here(None);
        assert_eq!(KeyContext::Session.rows()[0].hint, "let-down");
    }
}
