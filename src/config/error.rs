//! Config errors located in the text: `file:line:column: key: what was
//! expected`, the key found from the TOML document's spans.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::basics::{printable, printable_path};

mod words;

/// A config that cannot be used, located as precisely as the text allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The dotted key, like `session.stall_secs` or `phases[2].secs`; empty
    /// when the error is not about one key (a syntax error).
    pub key: String,
    pub expected: String,
}

/// The key and what was expected quote the config's text, so they are shown
/// made printable: a config cannot write to the terminal through its errors.
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = printable_path(&self.file);
        write!(f, "{file}:{}:{}: ", self.line, self.column)?;
        if !self.key.is_empty() {
            write!(f, "{}: ", printable(&self.key))?;
        }
        f.write_str(&printable(&self.expected))
    }
}

impl std::error::Error for ConfigError {}

/// Turns a toml error into file, line, column and key, and what was
/// expected into the user's words.
pub(super) fn locate(text: &str, file: &Path, err: &toml::de::Error) -> ConfigError {
    let span = err.span().unwrap_or(0..0);
    let (line, column) = line_column(text, span.start);
    let path = toml::de::DeTable::parse(text)
        .map(|doc| path_at(doc.get_ref(), &span))
        .unwrap_or_default();
    ConfigError {
        file: file.to_path_buf(),
        line,
        column,
        key: dotted(&path),
        expected: words::in_user_words(&path, err.message().trim()),
    }
}

/// An error located at the deepest part of `path` the text holds; a part
/// that is a number indexes an array (`["triggers", "1", "name"]`).
pub(super) fn error_at_key(
    text: &str,
    file: &Path,
    path: &[&str],
    expected: String,
) -> ConfigError {
    let mut start = 0;
    if let Ok(doc) = toml::de::DeTable::parse(text) {
        let mut table = Some(doc.get_ref());
        let mut array: Option<&[toml::Spanned<DeValue<'_>>]> = None;
        for part in path {
            let next = match (part.parse::<usize>(), array) {
                (Ok(i), Some(items)) => items.get(i).map(|item| (item.span(), item)),
                _ => table
                    .and_then(|t| t.get_key_value(*part))
                    .map(|(key, value)| (key.span(), value)),
            };
            let Some((span, value)) = next else {
                break;
            };
            start = span.start;
            (table, array) = match value.get_ref() {
                DeValue::Table(inner) => (Some(inner), None),
                DeValue::Array(items) => (None, Some(items.as_ref())),
                _ => (None, None),
            };
        }
    }
    let (line, column) = line_column(text, start);
    let key = dotted(
        &path
            .iter()
            .map(|part| match part.parse::<usize>() {
                Ok(i) => Part::Index(i),
                Err(_) => Part::Key((*part).to_string()),
            })
            .collect::<Vec<_>>(),
    );
    ConfigError {
        file: file.to_path_buf(),
        line,
        column,
        key,
        expected,
    }
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// One step of a key's path: a table's key or an array's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    Key(String),
    Index(usize),
}

/// A path as the user reads it: `session.stall_secs`, `phases[2].secs`.
fn dotted(path: &[Part]) -> String {
    let mut key = String::new();
    for part in path {
        match part {
            Part::Index(i) => {
                let _ = write!(key, "[{i}]");
            }
            Part::Key(name) => {
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(name);
            }
        }
    }
    key
}

fn contains(outer: &std::ops::Range<usize>, inner: &std::ops::Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && outer.start < outer.end
}

/// The path of the innermost entry of `table` that holds `span`; empty when
/// none does. A table's span covers only its header, so every entry is searched.
pub(super) fn path_at(table: &DeTable<'_>, span: &std::ops::Range<usize>) -> Vec<Part> {
    table
        .iter()
        .find_map(|(key, value)| {
            let name = Part::Key(key.get_ref().to_string());
            if let Some(mut inner) = value_path(value.get_ref(), span) {
                inner.insert(0, name);
                Some(inner)
            } else if contains(&key.span(), span) || contains(&value.span(), span) {
                Some(vec![name])
            } else {
                None
            }
        })
        .unwrap_or_default()
}

fn value_path(value: &DeValue<'_>, span: &std::ops::Range<usize>) -> Option<Vec<Part>> {
    match value {
        DeValue::Table(inner) => Some(path_at(inner, span)).filter(|p| !p.is_empty()),
        DeValue::Array(items) => {
            items
                .iter()
                .enumerate()
                .find_map(|(i, item)| match value_path(item.get_ref(), span) {
                    Some(mut inner) => {
                        inner.insert(0, Part::Index(i));
                        Some(inner)
                    }
                    None => contains(&item.span(), span).then(|| vec![Part::Index(i)]),
                })
        }
        _ => None,
    }
}
