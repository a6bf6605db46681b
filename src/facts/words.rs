//! Words that faces take as `&'static str` (a side, a method, a measure's
//! name, an action's description), in the user's language: each message is
//! worded once per language and kept for the life of the process, so a
//! short word keeps its `'static` type while it follows the language.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, PoisonError};

use crate::i18n;

/// The words already given, by language code and message id. It holds at
/// most one entry per message and language, so it stays small.
static GIVEN: LazyLock<Mutex<HashMap<(&'static str, &'static str), &'static str>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Message `id` (one without variables) in the current language, as a
/// `&'static str`.
#[must_use]
pub fn fixed(id: &'static str) -> &'static str {
    let lang = i18n::current();
    let mut given = GIVEN.lock().unwrap_or_else(PoisonError::into_inner);
    given
        .entry((lang.code(), id))
        .or_insert_with(|| Box::leak(i18n::text_in(lang, id, None).into_boxed_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_chosen_by_a_match_are_messages_too() {
        use crate::session::{Comfort, Side};
        for comfort in [Comfort::Fine, Comfort::Tender, Comfort::Painful] {
            assert!(!comfort.label().starts_with("facts-"), "{comfort:?}");
        }
        assert_eq!(Comfort::Tender.label(), "tender");
        assert_eq!(super::super::setup::side_word(Side::Left), "left");
    }

    #[test]
    fn a_fixed_word_follows_the_language() {
        i18n::set_language_here(Some(i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(fixed("facts-side-left-only"), "solo el izquierdo");
        i18n::set_language_here(Some(i18n::Lang::ENGLISH));
        assert_eq!(fixed("facts-side-left-only"), "left only");
        i18n::set_language_here(None);
    }
}
