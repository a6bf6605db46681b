//! Ways a session file goes bad: arbitrary bytes, truncation, a value of the
//! wrong type or out of all reason, a lost line, stray bytes, a newer schema,
//! a session still running elsewhere, an empty file, a copy under another
//! name, and a folder named like a file.

use proptest::prelude::*;
use proptest::sample::Index;

/// Values a hand edit, a sync tool or a newer letdown might leave after `key = `.
pub const VALUES: &[&str] = &[
    "\"text\"",
    "\"\"",
    "\"running\"",
    "\"../../../etc/passwd\"",
    "\"\\u001b[2J\\u001b[31mred\"",
    "\"💧 ünïcødé 𝄞\"",
    "true",
    "[]",
    "{}",
    "[1, \"a\"]",
    "{ at_secs = 1.0 }",
    "1979-05-27",
    "07:32:00",
    "2026-11-23T07:14:05",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999+14:00",
    "2026-11-23T23:59:60-12:00",
    "nan",
    "+inf",
    "-inf",
    "-1.0",
    "-0.0",
    "0",
    "0.0",
    "1e308",
    "1.7976931348623157e308",
    "5e-324",
    "31622400.0",
    "31622400.5",
    "2000.0",
    "2000.1",
    "9223372036854775807",
    "-9223372036854775808",
    "99999999999999999999",
    "4294967296",
    "0x7fffffff",
];

/// Bytes slipped into a file: some break UTF-8, some break TOML, some neither.
const STRAYS: &[&[u8]] = &[
    b"\xff",
    b"\xc3",
    b"\x80\x80",
    b"\xed\xa0\x80",
    b"\0",
    b"\n[[letdowns]]\n",
    b"]]\n[[",
    b"\"\"\"",
    b" = ",
    b"\r",
    b"\n[result]\nnote = 1\n",
];

/// One way to spoil the text of a good session file.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Any bytes at all.
    Bytes(Vec<u8>),
    /// The file cut short at a byte, maybe inside a character.
    Truncate(Index),
    /// One `key = value` line given another value.
    Value { line: Index, value: &'static str },
    /// One line gone.
    DeleteLine(Index),
    /// Stray bytes inserted at a byte.
    Insert { at: Index, stray: &'static [u8] },
    /// A newer letdown's file.
    FutureSchema,
    /// A session still running, synced from another machine.
    Running,
    /// Nothing at all.
    Empty,
    /// The same session, byte for byte, under another name (a sync conflict copy).
    Duplicate,
    /// A folder where a file is expected.
    Folder,
}

/// What a mutated session file turned into.
pub enum Spoiled {
    File(Vec<u8>),
    Folder,
}

impl Mutation {
    /// Applies the mutation to the text of a good file.
    #[must_use]
    pub fn apply(&self, text: &str) -> Spoiled {
        let bytes = text.as_bytes();
        Spoiled::File(match self {
            Self::Bytes(bytes) => bytes.clone(),
            Self::Truncate(at) => bytes[..at.index(bytes.len().max(1))].to_vec(),
            Self::Value { line, value } => {
                let lines: Vec<&str> = text.lines().collect();
                let assignments: Vec<usize> = (0..lines.len())
                    .filter(|i| lines[*i].contains(" = "))
                    .collect();
                if assignments.is_empty() {
                    return Spoiled::File(bytes.to_vec());
                }
                let chosen = assignments[line.index(assignments.len())];
                let mut out = String::new();
                for (i, l) in lines.iter().enumerate() {
                    if i == chosen {
                        let key = l.split(" = ").next().unwrap_or_default();
                        out.push_str(key);
                        out.push_str(" = ");
                        out.push_str(value);
                        out.push('\n');
                    } else {
                        out.push_str(l);
                        out.push('\n');
                    }
                }
                out.into_bytes()
            }
            Self::DeleteLine(line) => {
                let lines: Vec<&str> = text.lines().collect();
                let gone = line.index(lines.len().max(1));
                let kept: Vec<&str> = lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != gone)
                    .map(|(_, l)| *l)
                    .collect();
                (kept.join("\n") + "\n").into_bytes()
            }
            Self::Insert { at, stray } => {
                let at = at.index(bytes.len() + 1);
                [&bytes[..at], stray, &bytes[at..]].concat()
            }
            Self::FutureSchema => text
                .replace("schema = 1", "schema = 4")
                .replace("paused_secs", "mood = \"calm\"\npaused_secs")
                .into_bytes(),
            Self::Running => text
                .replace("state = \"finished\"", "state = \"running\"")
                .into_bytes(),
            Self::Empty => Vec::new(),
            Self::Duplicate => bytes.to_vec(),
            Self::Folder => return Spoiled::Folder,
        })
    }

    /// Whether no reader may take the result for a session, whatever the
    /// random parts chose. `text` is the good file it was made from.
    #[must_use]
    pub fn must_be_unreadable(&self, text: &str) -> bool {
        match self {
            Self::Bytes(_) | Self::FutureSchema | Self::Running | Self::Empty => true,
            // The fields a session cannot do without come before `active_secs`.
            Self::Truncate(at) => {
                let required_end = text.find("\nactive_secs").expect("an active_secs line");
                at.index(text.len()) < required_end
            }
            Self::Insert { stray, .. } => std::str::from_utf8(stray).is_err(),
            Self::Value { .. } | Self::DeleteLine(_) | Self::Duplicate | Self::Folder => false,
        }
    }
}

/// The mutations that spoil any TOML text, a new value taken from `values`.
pub fn text_mutation(values: Vec<&'static str>) -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => prop::collection::vec(any::<u8>(), 0..300).prop_map(Mutation::Bytes),
        3 => any::<Index>().prop_map(Mutation::Truncate),
        5 => (any::<Index>(), prop::sample::select(values))
            .prop_map(|(line, value)| Mutation::Value { line, value }),
        2 => any::<Index>().prop_map(Mutation::DeleteLine),
        2 => (any::<Index>(), prop::sample::select(STRAYS))
            .prop_map(|(at, stray)| Mutation::Insert { at, stray }),
        1 => Just(Mutation::Empty),
    ]
}

/// Any of the mutations of a session file, the common troubles weighted up.
pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        12 => text_mutation(VALUES.to_vec()),
        1 => Just(Mutation::FutureSchema),
        1 => Just(Mutation::Running),
        1 => Just(Mutation::Duplicate),
        1 => Just(Mutation::Folder),
    ]
}
