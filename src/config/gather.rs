//! Every error of a config file that parses: each entry that cannot be read
//! is noted and set aside, and the document is read again without it, so
//! that the rest is read and then validated.

use std::path::Path;

use serde::Deserialize;

use super::Config;
use super::error::{ConfigError, Part, locate, path_at};

/// Parses config text and lists every error, in the order of the file. A
/// syntax error stops the parse and is the only one. Never an empty list.
pub(super) fn every_error(text: &str, file: &Path) -> Result<Config, Vec<ConfigError>> {
    let mut doc = toml::de::DeTable::parse(text).map_err(|err| vec![locate(text, file, &err)])?;
    let mut errors = Vec::new();
    let mut set_aside: Vec<Vec<Part>> = Vec::new();
    let config = loop {
        let err = match Config::deserialize(toml::de::Deserializer::from(doc.clone())) {
            Ok(config) => break Some(config),
            Err(err) => err,
        };
        let path = path_at(doc.get_ref(), &err.span().unwrap_or(0..0));
        // An entry left wanting by what was set aside from it is no news.
        let is_consequence =
            !path.is_empty() && set_aside.iter().any(|gone| gone.starts_with(&path));
        if !is_consequence {
            errors.push(locate(text, file, &err));
        }
        if path.is_empty() || errors.len() >= MAX_ERRORS || !remove(doc.get_mut(), &path) {
            break None;
        }
        set_aside.push(path);
    };
    if let Some(config) = &config {
        errors.extend(config.validate(text, file));
        errors.extend(config.check_hooks(text, file));
        errors.extend(config.check_setup(text, file));
        errors.extend(config.check_limits(text, file).err());
    }
    match config {
        Some(config) if errors.is_empty() => Ok(config),
        _ => {
            errors.sort_by_key(|err| (err.line, err.column));
            Err(errors)
        }
    }
}

/// At most this many errors are listed: a file of nothing but mistakes
/// still answers at once.
const MAX_ERRORS: usize = 100;

/// Takes the entry at `path` out of the document; false when there is none.
fn remove(table: &mut toml::de::DeTable<'_>, path: &[Part]) -> bool {
    use toml::de::DeValue;
    match path {
        [Part::Key(name)] => table.remove(name.as_str()).is_some(),
        [Part::Key(name), rest @ ..] => {
            match table.get_mut(name.as_str()).map(toml::Spanned::get_mut) {
                Some(DeValue::Table(inner)) => remove(inner, rest),
                Some(DeValue::Array(items)) => remove_from_array(items, rest),
                _ => false,
            }
        }
        _ => false,
    }
}

fn remove_from_array(items: &mut toml::de::DeArray<'_>, path: &[Part]) -> bool {
    use toml::de::DeValue;
    match path {
        [Part::Index(i)] if *i < items.len() => {
            let kept = std::mem::replace(items, toml::de::DeArray::new());
            *items = kept
                .into_iter()
                .enumerate()
                .filter_map(|(j, item)| (j != *i).then_some(item))
                .collect();
            true
        }
        [Part::Index(i), rest @ ..] => match items.get_mut(*i).map(toml::Spanned::get_mut) {
            Some(DeValue::Table(inner)) => remove(inner, rest),
            Some(DeValue::Array(inner)) => remove_from_array(inner, rest),
            _ => false,
        },
        _ => false,
    }
}
