//! The languages letdown ships: each a folder under `i18n/` holding the same
//! Fluent files, embedded in the binary. To add one, copy `i18n/en/` to a
//! folder named by the language's code, translate every message, and add it
//! to [`LANGUAGES`]; the tests check that it has every English message with
//! the same variables.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped language.
#[derive(Debug)]
pub struct Language {
    /// Its code: the folder under `i18n/`, and `language` in the config.
    pub code: &'static str,
    /// Its name in itself, for the config's error that lists them.
    pub name: &'static str,
    /// The character between a number's whole part and its fraction.
    pub decimal_mark: char,
    /// Its Fluent files, by name, in the order they load.
    pub files: &'static [(&'static str, &'static str)],
}

/// The Fluent files of the language in folder `$code`: every language has
/// the same files, so that a test can hold each to English's.
macro_rules! files {
    ($code:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/", $code, "/", $file)))),+]
    };
}

/// The names of the Fluent files every language has.
macro_rules! language_files {
    ($code:literal) => {
        files!($code: "common.ftl", "coach.ftl", "session.ftl", "day.ftl", "history.ftl",
            "summary.ftl", "keys.ftl", "facts.ftl", "commands.ftl", "errors.ftl",
            "report.ftl", "plain.ftl")
    };
}

/// Which file holds a message: the part of its id before the first dash
/// names it (`day-title` is in `day.ftl`, `cmd-log-head` in `commands.ftl`),
/// so that a face loads only the files it reads from. In the order of
/// [`language_files`]; a test holds every message to its file.
pub const PREFIXES: &[&[&str]] = &[
    &["common", "weekday", "month"],
    &["coach"],
    &["session"],
    &["day"],
    &["history"],
    &["summary"],
    &["keys"],
    &["facts"],
    &["cmd"],
    &["error"],
    &["report"],
    &["plain"],
];

/// The place in a language's files of the one that holds message `id`.
#[must_use]
pub fn file_of(id: &str) -> Option<usize> {
    let prefix = id.split('-').next().unwrap_or_default();
    PREFIXES.iter().position(|names| names.contains(&prefix))
}

/// Every shipped language, English first.
pub static LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        decimal_mark: '.',
        files: language_files!("en"),
    },
    Language {
        code: "es",
        name: "español",
        decimal_mark: ',',
        files: language_files!("es"),
    },
];

/// The messages of `language`'s file `file` (its place in
/// [`Language::files`]), numbers written with its decimal mark.
pub(super) fn bundle(language: &Language, file: usize) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: a terminal counts them as
    // columns, and nothing here mixes scripts of both directions.
    bundle.set_use_isolating(false);
    if language.decimal_mark == ',' {
        bundle.set_formatter(Some(comma_numbers));
    }
    if let Some((_, source)) = language.files.get(file) {
        // A file that does not parse still gives the messages that do; the
        // tests hold every shipped file to parsing whole.
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        // A message given twice keeps the first; the tests forbid it.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// A number as a language with a decimal comma writes it.
fn comma_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}
