//! `letdown import`: adds the sessions of a file that `letdown export` wrote.
//!
//! The whole file is checked before anything is written, so a malformed file
//! changes nothing; a session whose id is already present is skipped, so
//! importing the same file twice adds nothing twice. Present means anywhere
//! in the data dir, under any file name and in any day's folder: sessions
//! are known by the id inside, as the readers know them.

use std::collections::HashSet;
use std::path::Path;

use super::{Context, Failure, print};
use crate::session::SessionRecord;
use crate::store::{MAX_IMPORT_BYTES, Reason, StoreError, exchange, read_bounded, refusal};

pub fn run(context: &Context, file: &Path) -> Result<(), Failure> {
    // Only a regular file, opened without waiting and read to a bound: a
    // FIFO or /dev/zero named by mistake neither hangs nor fills memory.
    let cannot = |why: String| {
        Failure::Usage(format!(
            "{}: {}",
            file.display(),
            crate::tr!("cmd-import-cannot-read", why = why)
        ))
    };
    let bytes = match read_bounded(file, MAX_IMPORT_BYTES) {
        Ok(Some(contents)) => contents.bytes,
        Ok(None) => return Err(cannot(crate::tr!("cmd-no-such-file"))),
        Err(reason @ Reason::TooLarge(_)) => {
            return Err(cannot(crate::tr!(
                "cmd-import-too-large",
                why = refusal(&reason, "import")
            )));
        }
        Err(reason) => return Err(cannot(refusal(&reason, "export"))),
    };
    let records = String::from_utf8(bytes)
        .map_err(|_| crate::tr!("cmd-import-not-utf8"))
        .and_then(|text| parse(file, &text))
        .map_err(|err| {
            Failure::Usage(format!(
                "{}: {}",
                file.display(),
                crate::tr!("cmd-import-bad-file", why = err)
            ))
        })?;
    let mut present: HashSet<String> = context
        .data
        .read_all()
        .sessions
        .into_iter()
        .map(|stored| stored.record.id)
        .collect();
    let (mut imported, mut skipped) = (0, 0);
    for record in &records {
        if present.contains(&record.id) {
            skipped += 1;
            continue;
        }
        match context.data.save_new(record) {
            Ok(_) => {
                imported += 1;
                present.insert(record.id.clone());
            }
            Err(StoreError::Exists { .. }) => skipped += 1,
            Err(err) => {
                return Err(Failure::Io(crate::tr!(
                    "cmd-import-cannot-save",
                    path = context.data.path_for(record).display().to_string(),
                    why = err.to_string(),
                    imported = imported
                )));
            }
        }
    }
    print(&format!(
        "{}\n",
        crate::tr!("cmd-imported", count = imported, skipped = skipped)
    ))
}

/// JSON or CSV, by the file's extension, else by its first character.
fn parse(file: &Path, text: &str) -> Result<Vec<SessionRecord>, String> {
    // A spreadsheet may save CSV with a byte-order mark in front.
    let text = text.trim_start_matches('\u{feff}');
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let is_json = match extension.as_deref() {
        Some("json") => true,
        Some("csv") => false,
        _ => text.trim_start().starts_with('['),
    };
    if is_json {
        exchange::from_json(text)
    } else {
        exchange::from_csv(text)
    }
    .map_err(|err| err.to_string())
}
