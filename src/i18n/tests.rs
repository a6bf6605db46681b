use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;

/// The variables a pattern reads, wherever they sit (in a select's
/// selector and every variant, in a function's arguments).
fn variables<'s>(pattern: &Pattern<&'s str>, into: &mut BTreeSet<&'s str>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables<'s>(expression: &Expression<&'s str>, into: &mut BTreeSet<&'s str>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables<'s>(inline: &InlineExpression<&'s str>, into: &mut BTreeSet<&'s str>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name);
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// Every message of a language (and every term), with the variables of its
/// value and of each attribute; panics on a file that does not parse whole
/// or a message given twice.
fn messages(language: &Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (file, source) in language.files {
        let resource = parser::parse(*source).unwrap_or_else(|(_, errors)| {
            panic!("i18n/{}/{file} does not parse: {errors:?}", language.code)
        });
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => {
                    panic!("i18n/{}/{file} has junk: {content}", language.code)
                }
                _ => continue,
            };
            let mut found = BTreeSet::new();
            if let Some(value) = value {
                variables(value, &mut found);
            }
            for attribute in attributes {
                variables(&attribute.value, &mut found);
            }
            let found = found.into_iter().map(str::to_string).collect();
            let key = id.clone();
            assert!(
                all.insert(key, found).is_none(),
                "i18n/{}/{file}: `{id}` is given twice",
                language.code
            );
        }
    }
    all
}

#[test]
fn every_language_has_every_english_message_with_the_same_variables() {
    let english = messages(&LANGUAGES[0]);
    assert!(english.contains_key("weekday"), "English has messages");
    for language in &LANGUAGES[1..] {
        let theirs = messages(language);
        for (id, vars) in &english {
            let Some(their_vars) = theirs.get(id) else {
                panic!("`{id}` is missing in i18n/{}", language.code);
            };
            assert_eq!(
                vars, their_vars,
                "`{id}` reads other variables in i18n/{}",
                language.code
            );
        }
        for id in theirs.keys() {
            assert!(
                english.contains_key(id),
                "i18n/{} has `{id}`, which English does not",
                language.code
            );
        }
    }
}

#[test]
fn every_language_has_the_same_files() {
    let names = |language: &Language| -> Vec<&str> {
        language.files.iter().map(|(name, _)| *name).collect()
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    for language in LANGUAGES {
        assert_eq!(names(language), names(&LANGUAGES[0]));
        let mut on_disk: Vec<String> = std::fs::read_dir(dir.join(language.code))
            .expect("the language's folder")
            .map(|entry| {
                entry
                    .expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = names(language).iter().map(|n| (*n).to_string()).collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "every file in i18n/{} is embedded",
            language.code
        );
    }
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .expect("i18n/")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    folders.sort();
    let mut shipped: Vec<String> = LANGUAGES.iter().map(|l| l.code.to_string()).collect();
    shipped.sort();
    assert_eq!(
        folders, shipped,
        "every folder under i18n/ is a shipped language"
    );
}

/// The ids the code asks for: the first argument of every `tr!` in `src/`,
/// and of every `fixed`, which keeps a message's words for `&'static str`.
fn ids_in_code() -> BTreeSet<(String, String)> {
    fn walk(dir: &Path, found: &mut BTreeSet<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                for call in ["tr!(\"", "fixed(\""] {
                    for (at, _) in text.match_indices(call) {
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if before.is_alphanumeric() || before == '_' || before == '"' {
                            continue;
                        }
                        let rest = &text[at + call.len()..];
                        let id = &rest[..rest.find('"').unwrap_or(0)];
                        // `fixed("id")` is how its own doc names the call.
                        if id != "id" {
                            found.insert((id.to_string(), path.display().to_string()));
                        }
                    }
                }
            }
        }
    }
    let mut found = BTreeSet::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

#[test]
fn every_id_the_code_asks_for_is_an_english_message() {
    let english = messages(&LANGUAGES[0]);
    let asked = ids_in_code();
    assert!(
        asked.iter().any(|(id, _)| id == "weekday"),
        "the scan finds tr! calls"
    );
    for (id, file) in asked {
        assert!(
            english.contains_key(&id),
            "{file} asks for `{id}`, which i18n/en lacks"
        );
    }
}

#[test]
fn a_language_is_found_by_any_spelling_of_its_code() {
    let es = Lang::find("es").expect("Spanish ships");
    for code in ["es_ES.UTF-8", "es-MX", "ES", "es_ES@euro", "es.UTF-8"] {
        assert_eq!(Lang::find(code), Some(es), "{code}");
    }
    assert_eq!(Lang::find("en_GB.UTF-8"), Some(Lang::ENGLISH));
    for code in ["C", "POSIX", "fr_FR.UTF-8", "", "C.UTF-8"] {
        assert_eq!(Lang::find(code), None, "{code}");
    }
}

#[test]
fn the_environment_is_read_as_posix_does() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_string())
        }
    };
    let es = Lang::find("es").expect("Spanish ships");
    assert_eq!(Lang::from_env(env(&[("LANG", "es_ES.UTF-8")])), es);
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", "C"), ("LANG", "es_ES.UTF-8")])),
        Lang::ENGLISH,
        "LC_ALL wins, and C is English"
    );
    assert_eq!(
        Lang::from_env(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "es_MX"),
            ("LANG", "en_US")
        ])),
        es,
        "an empty LC_ALL is not set"
    );
    assert_eq!(Lang::from_env(env(&[])), Lang::ENGLISH);
}

#[test]
fn numbers_and_names_follow_the_language() {
    let es = Lang::find("es").expect("Spanish ships");
    set_language_here(Some(es));
    assert_eq!(decimal(4.25, 1), "4,2");
    assert_eq!(weekday_name(chrono::Weekday::Mon, false), "lunes");
    assert_eq!(month_name(11, true), "nov");
    assert_eq!(crate::tr!("weekday-short", day = 7), "dom");
    set_language_here(Some(Lang::ENGLISH));
    assert_eq!(decimal(4.25, 1), "4.2");
    assert_eq!(weekday_name(chrono::Weekday::Sun, true), "Sun");
    assert_eq!(month_name(2, false), "February");
    set_language_here(None);
}

#[test]
fn a_number_given_to_a_message_reads_with_the_language_s_decimal_mark() {
    let es = Lang::find("es").expect("Spanish ships");
    let bundle = resources::bundle(&LANGUAGES[es.0], 0);
    let resource = FluentResource::try_new("n = { $n }".to_string()).expect("parses");
    let mut bundle = bundle;
    bundle.add_resource_overriding(resource);
    let mut args = FluentArgs::new();
    args.set("n", 2.5);
    let pattern = bundle.get_message("n").and_then(|m| m.value()).expect("n");
    let mut errors = Vec::new();
    assert_eq!(
        bundle.format_pattern(pattern, Some(&args), &mut errors),
        "2,5"
    );
}

#[test]
fn a_message_missing_in_a_language_reads_in_english_and_an_unknown_id_as_itself() {
    let es = Lang::find("es").expect("Spanish ships");
    // Every shipped message is in Spanish; a message only English has
    // is what a language added before its translation is done looks like.
    let common = resources::file_of("weekday-short").expect("a file");
    let mut english = resources::bundle(&LANGUAGES[0], common);
    let only =
        FluentResource::try_new("only-english = Only in English".to_string()).expect("parses");
    english.add_resource_overriding(only);
    let spanish = resources::bundle(&LANGUAGES[es.0], common);
    assert_eq!(
        first_found([&spanish, &english], "only-english", None),
        "Only in English"
    );
    assert_eq!(
        first_found([&spanish, &english], "weekday-short", None),
        "dom"
    );
    assert_eq!(
        first_found([&spanish, &english], "no-such-id", None),
        "no-such-id"
    );
}

#[test]
fn data_is_worded_in_english_whatever_the_thread_reads() {
    let es = Lang::find("es").expect("Spanish ships");
    set_language_here(Some(es));
    let inside = in_language(Lang::ENGLISH, || weekday_name(chrono::Weekday::Mon, false));
    assert_eq!(inside, "Monday");
    assert_eq!(
        weekday_name(chrono::Weekday::Mon, false),
        "lunes",
        "the language comes back"
    );
    set_language_here(None);
}

#[test]
fn every_message_is_in_the_file_its_id_names() {
    for language in LANGUAGES {
        for (place, (file, source)) in language.files.iter().enumerate() {
            let resource = parser::parse(*source).unwrap_or_else(|(r, _)| r);
            for entry in &resource.body {
                if let Entry::Message(message) = entry {
                    assert_eq!(
                        resources::file_of(message.id.name),
                        Some(place),
                        "i18n/{}/{file}: `{}` names another file (see PREFIXES)",
                        language.code,
                        message.id.name
                    );
                }
            }
        }
    }
}
