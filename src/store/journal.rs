//! The running file as a journal: each save appends the whole session as one
//! entry and flushes it (`sync_data`, one flush), instead of writing a new
//! file, flushing it, renaming it and flushing the folder (three). A tap is
//! on disk before the screen confirms it either way; the journal gets there
//! three times sooner.
//!
//! An entry is a header line that TOML reads as a comment, then the
//! session's TOML text:
//!
//! ```text
//! # letdown entry 1234 89abcdef
//! schema = 1
//! ...
//! ```
//!
//! with the text's length in bytes and its CRC-32. The newest whole entry is
//! the session: one cut off by a crash fails its length or its checksum and
//! is passed over, so a kill at any moment loses only the save it
//! interrupted, which nothing had confirmed. A file of one entry is a plain
//! TOML file, and a file with no header (an older letdown's, or written by
//! hand) is read whole, as before.

use std::fs::{self, OpenOptions};
use std::io::{self, Read, Write};
use std::path::Path;

use super::durable::{Existing, write_atomic};

/// How every entry begins.
const MARK: &[u8] = b"# letdown entry ";

/// Past this size the heartbeat folds the journal into its newest entry
/// (about twenty minutes of heartbeats).
pub const FOLD_AT: u64 = 256 * 1024;

/// How many entries of its own size a journal may hold at most: a session
/// too large for a few entries to fit in twice [`FOLD_AT`] still appends a
/// save or two between rewrites.
const MOST_ENTRIES: u64 = 3;

/// The most a journal may hold once `entry` is appended; past it, the save
/// rewrites the file as that entry alone. The heartbeat folds it sooner, at
/// [`FOLD_AT`], when saves leave it a quiet moment; this is for when they
/// never do (a stuck key, a script): the file stays within a few entries,
/// each at most a session's size, far below what the reader accepts.
#[must_use]
pub fn room_for(entry: &[u8]) -> u64 {
    (2 * FOLD_AT).max(MOST_ENTRIES * entry.len() as u64)
}

/// One session's text as an entry.
#[must_use]
pub fn entry(text: &[u8]) -> Vec<u8> {
    let header = format!("{} {:08x}\n", text.len(), crc32fast::hash(text));
    let mut entry = Vec::with_capacity(MARK.len() + header.len() + text.len());
    entry.extend_from_slice(MARK);
    entry.extend_from_slice(header.as_bytes());
    entry.extend_from_slice(text);
    entry
}

/// Appends `entry` to the journal at `path` and flushes it. Returns false,
/// having written nothing, when there is no journal there to append to (no
/// file, or a plain one) or when it would grow past [`room_for`]: then the
/// caller writes the whole file, as this entry alone.
pub fn append(path: &Path, entry: &[u8]) -> io::Result<bool> {
    let mut file = match OpenOptions::new().read(true).append(true).open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(err) => return Err(err),
    };
    let mut head = [0u8; MARK.len()];
    if file.read_exact(&mut head).is_err() || head != MARK {
        return Ok(false);
    }
    let len = file.metadata()?.len();
    if len + entry.len() as u64 > room_for(entry) {
        return Ok(false);
    }
    if let Err(err) = file.write_all(entry).and_then(|()| file.sync_data()) {
        // A reader would pass over a part-written entry; better not to leave one.
        let _ = file.set_len(len);
        return Err(err);
    }
    Ok(true)
}

/// The text of the newest whole entry; the whole text for a file that is
/// not a journal. An error when a journal holds no whole entry.
pub fn newest(bytes: &[u8]) -> Result<&[u8], &'static str> {
    if !bytes.starts_with(MARK) {
        return Ok(bytes);
    }
    let mut newest = None;
    let mut at = 0;
    while at < bytes.len() {
        if let Some((text, len)) = whole_entry(&bytes[at..]) {
            newest = Some(text);
            at += len;
        } else {
            // Cut off or damaged: look for the next entry after it.
            match next_mark(bytes, at + 1) {
                Some(next) => at = next,
                None => break,
            }
        }
    }
    newest.ok_or("no whole entry in it (cut off while it was written)")
}

/// Rewrites a journal larger than [`FOLD_AT`] as its newest entry alone,
/// atomically. A crash halfway leaves either the old journal or the new
/// file, and the newest entry is the same in both.
pub fn fold(path: &Path) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if meta.len() > FOLD_AT => {}
        Ok(_) => return Ok(()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    }
    let bytes = fs::read(path)?;
    match newest(&bytes) {
        Ok(text) if bytes.starts_with(MARK) => write_atomic(path, &entry(text), Existing::Replace),
        // Not a journal, or nothing whole in it: leave it as it is.
        _ => Ok(()),
    }
}

/// The entry at the start of `bytes` if it is whole: its text and its length.
fn whole_entry(bytes: &[u8]) -> Option<(&[u8], usize)> {
    let rest = bytes.strip_prefix(MARK)?;
    let eol = rest.iter().take(32).position(|b| *b == b'\n')?;
    let (len, crc) = std::str::from_utf8(&rest[..eol]).ok()?.split_once(' ')?;
    let len: usize = len.parse().ok()?;
    let crc = u32::from_str_radix(crc, 16).ok()?;
    let start = MARK.len() + eol + 1;
    let text = bytes.get(start..start.checked_add(len)?)?;
    (crc32fast::hash(text) == crc).then_some((text, start + len))
}

/// Where the next entry header begins, from `from` on. Not only at the start
/// of a line: an entry appended after one cut off mid-line starts mid-line.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    (from..bytes.len()).find(|&i| bytes[i..].starts_with(MARK))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journal(texts: &[&str]) -> Vec<u8> {
        texts.iter().flat_map(|t| entry(t.as_bytes())).collect()
    }

    #[test]
    fn the_newest_whole_entry_wins() {
        let bytes = journal(&["a = 1\n", "a = 2\n", "a = 3\n"]);
        assert_eq!(newest(&bytes), Ok(&b"a = 3\n"[..]));
    }

    #[test]
    fn one_entry_is_a_plain_toml_file() {
        let bytes = entry(b"a = 1\n");
        let table: toml::Table = std::str::from_utf8(&bytes)
            .expect("text")
            .parse()
            .expect("TOML");
        assert_eq!(table["a"].as_integer(), Some(1));
    }

    #[test]
    fn a_file_without_a_header_is_read_whole() {
        assert_eq!(newest(b"a = 1\n"), Ok(&b"a = 1\n"[..]));
        assert_eq!(newest(b""), Ok(&b""[..]));
    }

    #[test]
    fn an_entry_cut_off_anywhere_is_passed_over() {
        let whole = journal(&["a = 1\n", "a = 2\n"]);
        let last = entry(b"a = 3 # a longer one\n");
        for cut in 0..last.len() {
            let mut bytes = whole.clone();
            bytes.extend_from_slice(&last[..cut]);
            assert_eq!(newest(&bytes), Ok(&b"a = 2\n"[..]), "cut at {cut}");
        }
    }

    #[test]
    fn an_entry_appended_after_a_cut_off_one_counts() {
        let mut bytes = journal(&["a = 1\n"]);
        let cut = entry(b"a = 2\n");
        for end in 1..cut.len() {
            let mut with = bytes.clone();
            with.extend_from_slice(&cut[..end]);
            with.extend(entry(b"a = 3\n"));
            assert_eq!(newest(&with), Ok(&b"a = 3\n"[..]), "cut at {end}");
        }
        bytes.extend(entry(b"a = 4\n"));
        assert_eq!(newest(&bytes), Ok(&b"a = 4\n"[..]));
    }

    #[test]
    fn a_damaged_entry_is_passed_over_and_later_ones_still_count() {
        let mut bytes = journal(&["a = 1\n", "a = 2\n"]);
        let second = entry(b"a = 1\n").len() + MARK.len() + 12;
        bytes[second] ^= 0x20;
        assert_eq!(newest(&bytes), Ok(&b"a = 1\n"[..]));
        bytes.extend(entry(b"a = 4\n"));
        assert_eq!(newest(&bytes), Ok(&b"a = 4\n"[..]));
    }

    #[test]
    fn a_journal_with_nothing_whole_is_an_error() {
        let bytes = entry(b"a = 1\n");
        assert!(newest(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn append_extends_a_journal_and_leaves_other_files_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("running.toml");
        assert!(!append(&path, &entry(b"a = 1\n")).expect("no file"));
        assert!(!path.exists());
        fs::write(&path, "a = 0\n").expect("plain file");
        assert!(!append(&path, &entry(b"a = 1\n")).expect("plain"));
        assert_eq!(fs::read(&path).expect("read"), b"a = 0\n");
        fs::write(&path, entry(b"a = 1\n")).expect("journal");
        assert!(append(&path, &entry(b"a = 2\n")).expect("appended"));
        assert_eq!(newest(&fs::read(&path).expect("read")), Ok(&b"a = 2\n"[..]));
    }

    #[test]
    fn appends_never_grow_a_journal_past_its_room() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("running.toml");
        for size in [4_000, 40_000, 300_000] {
            let entry = entry(format!("b = \"{}\"\n", "x".repeat(size)).as_bytes());
            fs::write(&path, &entry).expect("journal");
            let mut appended = 0;
            while append(&path, &entry).expect("appended or refused") {
                appended += 1;
            }
            let len = fs::metadata(&path).expect("meta").len();
            assert!(len <= room_for(&entry), "{size}: {len} bytes");
            assert!(
                len + entry.len() as u64 > room_for(&entry),
                "{size}: room left"
            );
            assert!(
                appended >= 1,
                "{size}: at least one append between rewrites"
            );
        }
    }

    #[test]
    fn fold_keeps_only_the_newest_entry_once_large() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("running.toml");
        fs::write(&path, journal(&["a = 1\n", "a = 2\n"])).expect("journal");
        fold(&path).expect("small: kept");
        assert_eq!(
            fs::read(&path).expect("read"),
            journal(&["a = 1\n", "a = 2\n"])
        );
        let filler = format!("b = \"{}\"\n", "x".repeat(4096));
        let mut bytes = Vec::new();
        while bytes.len() as u64 <= FOLD_AT {
            bytes.extend(entry(filler.as_bytes()));
        }
        bytes.extend(entry(b"a = 3\n"));
        fs::write(&path, bytes).expect("large journal");
        fold(&path).expect("folded");
        assert_eq!(fs::read(&path).expect("read"), entry(b"a = 3\n"));
    }
}
