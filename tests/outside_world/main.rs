//! What comes in from outside and goes back out: text from files and the
//! config on its way to the terminal, CSV cells on their way to a
//! spreadsheet, and the paths the user points letdown at. The real binary,
//! in a sandbox of temp folders.

#[path = "../common/mod.rs"]
mod common;

mod csv_cells;
mod hostile_text;
mod output_paths;

use std::path::Path;

use common::{Sandbox, finished_session};
use letdown::store::DataDir;

/// Text that would retitle the terminal, clear it, write the clipboard and
/// colour it red (a one-byte C1 CSI), with a bell, a tab and wide characters.
pub const HOSTILE: &str =
    "Pump\u{1b}]2;PWNED\u{7}\u{1b}[2J\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}31m\t名前";

/// Whether `bytes` hold a control character other than a line break: what
/// a terminal would act on rather than show.
#[must_use]
pub fn has_control(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .chars()
        .any(|c| c.is_control() && c != '\n')
}

/// Saves a finished session with `note` in `data`.
pub fn save_with_note(data: &Path, started: &str, note: &str) {
    let mut record = finished_session(started, &[95.0], 900.0, Some(40.0));
    record.result.note = Some(note.to_string());
    DataDir::new(data.to_path_buf())
        .save_new(&record)
        .expect("saves");
}

/// A sandbox with its config file written.
#[must_use]
pub fn with_config(text: &str) -> Sandbox {
    let sandbox = Sandbox::new();
    let file = sandbox.config_file();
    std::fs::create_dir_all(file.parent().expect("a folder")).expect("config folder");
    std::fs::write(&file, text).expect("config written");
    sandbox
}
