//! The words the user reads, in their language: Fluent messages embedded
//! from `i18n/<language>/*.ftl`, chosen by `language` in the config, else by
//! `LC_ALL`, `LC_MESSAGES` or `LANG`. A message missing in a language reads
//! in English; the numbers, day and month names follow the language too.
//!
//! Faces never word a sentence themselves: they call [`tr!`](crate::tr) with
//! a message id and its variables. Session files, JSON field names, ids,
//! config keys and the command line's words are never translated, and text
//! the user wrote reads as written.

mod forms;
mod resources;
#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use forms::{decimal, month_name, weekday_name};
pub use resources::{LANGUAGES, Language};

/// A language letdown ships, as its place in [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(usize);

impl Lang {
    /// English: the language every message is written in first.
    pub const ENGLISH: Lang = Lang(0);

    /// The shipped language a code names: `es`, `es-ES`, `es_ES.UTF-8`,
    /// `ES`; `None` for one letdown does not ship, and for `C` and `POSIX`.
    #[must_use]
    pub fn find(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        LANGUAGES
            .iter()
            .position(|language| language.code == primary)
            .map(Lang)
    }

    /// The language the environment asks for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty, as POSIX reads
    /// them; English when that one is not shipped.
    #[must_use]
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| get(name).filter(|value| !value.is_empty()))
            .and_then(|value| Lang::find(&value))
            .unwrap_or(Lang::ENGLISH)
    }

    /// Its code, as the config and the folder under `i18n/` spell it.
    #[must_use]
    pub fn code(self) -> &'static str {
        LANGUAGES[self.0].code
    }

    /// What it is shipped as.
    #[must_use]
    pub fn language(self) -> &'static Language {
        &LANGUAGES[self.0]
    }
}

/// The language of the process, set once the config is read.
static CHOSEN: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A language for this thread alone: tests render in Spanish beside
    /// tests that render in English.
    static HERE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language every thread speaks.
pub fn set_language(lang: Lang) {
    CHOSEN.store(lang.0, Ordering::Relaxed);
}

/// Sets the language of this thread only (tests), or gives it back to the
/// process's with `None`.
pub fn set_language_here(lang: Option<Lang>) {
    HERE.with(|here| here.set(lang));
}

/// `make`'s words given in `lang` on this thread, then the thread's language
/// as it was: what is data rather than reading (`--json`, exports) is worded
/// in English whatever language the user reads.
pub fn in_language<T>(lang: Lang, make: impl FnOnce() -> T) -> T {
    /// Gives the thread its language back, even when `make` panics.
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_language_here(self.0);
        }
    }
    let _restore = Restore(HERE.with(Cell::get));
    set_language_here(Some(lang));
    make()
}

/// The language words are given in now.
#[must_use]
pub fn current() -> Lang {
    HERE.with(Cell::get)
        .unwrap_or_else(|| Lang(CHOSEN.load(Ordering::Relaxed)))
}

/// Each shipped language's messages, a file at a time, read the first time
/// one of its messages is asked for: a user who reads English never parses
/// the Spanish, and a session on the screen never parses the report's words.
static BUNDLES: LazyLock<Vec<Vec<OnceLock<FluentBundle<FluentResource>>>>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|language| language.files.iter().map(|_| OnceLock::new()).collect())
        .collect()
});

/// The messages of `lang` in the file that holds `id`; none for an id no
/// file holds.
fn bundle(lang: Lang, id: &str) -> Option<&'static FluentBundle<FluentResource>> {
    let file = resources::file_of(id)?;
    let slot = BUNDLES[lang.0].get(file)?;
    Some(slot.get_or_init(|| resources::bundle(&LANGUAGES[lang.0], file)))
}

/// Message `id` in the current language with `args`, else in English, else
/// the id itself (a test holds every id the code uses to an English message).
#[must_use]
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    text_in(current(), id, args)
}

/// Message `id` in `lang`, falling back to English as [`text`] does.
#[must_use]
pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    // English's file is only read when the language lacks the message.
    let bundles = [lang, Lang::ENGLISH]
        .into_iter()
        .filter_map(|lang| bundle(lang, id));
    first_found(bundles, id, args)
}

/// Message `id` from the first of `bundles` that has it, else the id.
fn first_found<'b>(
    bundles: impl IntoIterator<Item = &'b FluentBundle<FluentResource>>,
    id: &str,
    args: Option<&FluentArgs>,
) -> String {
    bundles
        .into_iter()
        .find_map(|bundle| format_in(bundle, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang` has message `id` of its own (not through English).
#[must_use]
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang, id).is_some_and(|bundle| bundle.has_message(id))
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A variable the caller did not give reads as its name, in braces; the
    // message is still worth showing. The parity test keeps this from
    // happening in what ships.
    Some(text.into_owned())
}

/// A message in the user's language: `tr!("weekday", day = 1)`, from
/// `i18n/<language>/*.ftl` with its variables. Each variable is
/// anything a [`FluentValue`] is made from: text, or a number for Fluent
/// to choose a plural by.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::text($id, Some(&args))
    }};
}
