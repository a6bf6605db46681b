//! What Baby Buddy says back: an entry created or changed, refused with its
//! reasons per field, or gone; and its list of entries. Its words are kept
//! short and without the HTML it puts in them.

use serde::Deserialize;

/// What the server made of a create or an update.
pub(super) enum Answer<T> {
    Done(T),
    /// A 400: what it found wrong, per field.
    Refused(Problems),
    /// The entry is not there (any more).
    Gone,
}

/// A 400's complaints: each field's messages, the ones about the entry as a
/// whole (an overlap, a duration) under `non_field_errors`.
#[derive(Debug, Clone, Default)]
pub(super) struct Problems {
    fields: Vec<(String, String)>,
}

impl Problems {
    pub(super) fn parse(body: &str) -> Self {
        let mut fields = Vec::new();
        match serde_json::from_str::<serde_json::Value>(body) {
            Ok(serde_json::Value::Object(map)) => {
                for (field, value) in map {
                    let messages = match value {
                        serde_json::Value::Array(items) => items
                            .iter()
                            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                            .collect(),
                        serde_json::Value::String(text) => vec![text],
                        other => vec![other.to_string()],
                    };
                    fields.push((field, without_markup(&messages.join(" "))));
                }
            }
            _ => fields.push((String::new(), without_markup(body.trim()))),
        }
        Self { fields }
    }

    /// Whether it is about the entry as a whole: an overlap with another
    /// entry of the child, most often.
    pub(super) fn is_about_the_whole(&self) -> bool {
        self.is_about("non_field_errors")
    }

    /// Whether one of the complaints is about `field`.
    pub(super) fn is_about(&self, field: &str) -> bool {
        self.fields.iter().any(|(f, _)| f == field)
    }
}

impl std::fmt::Display for Problems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .fields
            .iter()
            .map(|(field, text)| match field.as_str() {
                "" | "non_field_errors" => text.clone(),
                field => format!("{field}: {text}"),
            })
            .collect();
        f.write_str(&parts.join("; "))
    }
}

/// Baby Buddy's messages carry HTML (a link to the conflicting entry); a
/// terminal shows the words.
pub(super) fn without_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut text = words.join(" ");
    if text.chars().count() > 300 {
        text = text.chars().take(300).collect::<String>() + "…";
    }
    text
}

/// An entry of the pumping list.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Listed {
    pub id: u64,
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub amount: Option<f64>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Listed {
    /// The session whose mark the notes carry, if any: the word after
    /// `letdown:`.
    pub(super) fn marked_session(&self) -> Option<&str> {
        self.notes
            .as_deref()?
            .split_whitespace()
            .find_map(|word| word.strip_prefix("letdown:"))
            .filter(|id| !id.is_empty())
    }
}

#[derive(Deserialize)]
pub(super) struct Page {
    pub count: usize,
    pub results: Vec<Listed>,
}

#[derive(Deserialize)]
pub(super) struct Created {
    pub id: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_read_as_fields_and_lose_their_markup() {
        let body = r#"{"non_field_errors":["Another entry intersects the specified time period. Conflicting entry: <a href=\"/pumping/3/\">Pumping (1/2/26, 7:10 a.m. - 7:30 a.m.)</a>"]}"#;
        let problems = Problems::parse(body);
        assert!(problems.is_about_the_whole());
        assert_eq!(
            problems.to_string(),
            "Another entry intersects the specified time period. Conflicting entry: Pumping (1/2/26, 7:10 a.m. - 7:30 a.m.)"
        );
        let problems = Problems::parse(r#"{"start":["Date/time can not be in the future."]}"#);
        assert!(!problems.is_about_the_whole());
        assert_eq!(
            problems.to_string(),
            "start: Date/time can not be in the future."
        );
    }
}
