//! A wall-clock instant as the files write it: RFC 3339 with its offset, a
//! TOML datetime in the file and a string in JSON.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A wall-clock instant with the UTC offset it was taken in, written as a
/// TOML datetime (`2026-11-23T07:14:05.120+01:00`) and as a string in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// RFC 3339 with milliseconds, as the files carry it.
    #[must_use]
    pub fn to_rfc3339(&self) -> String {
        self.0.format("%Y-%m-%dT%H:%M:%S%.3f%:z").to_string()
    }

    /// The calendar day in the offset the instant was taken in.
    #[must_use]
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let datetime: toml::value::Datetime = self
            .to_rfc3339()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        datetime.serialize(ser)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date and time with its UTC offset (RFC 3339)")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
                DateTime::parse_from_rfc3339(text)
                    .map(Timestamp)
                    .map_err(|_| {
                        E::custom(format!(
                            "`{text}` is not a date and time with its UTC offset"
                        ))
                    })
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Timestamp, M::Error> {
                // TOML hands a datetime over as a one-entry map holding its text.
                let Some((_, text)) = map.next_entry::<String, String>()? else {
                    return Err(serde::de::Error::custom("empty datetime"));
                };
                self.visit_str(&text)
            }
        }
        de.deserialize_any(Visitor)
    }
}
