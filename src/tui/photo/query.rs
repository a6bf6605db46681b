//! Asking the terminal which graphics it can draw, with a hard deadline.
//!
//! ratatui-image's own `Picker::from_query_stdio` waits up to 2 s for a
//! terminal that does not answer, restarts its timeout after every chunk it
//! reads, and leaves a thread blocked reading stdin when it gives up, which
//! then swallows the user's first key. So the question is asked here instead,
//! with the crate's own query text and answer parser: the answer is polled for
//! with one deadline for the whole exchange, read a byte at a time so nothing
//! after it is taken from the input thread, and nothing is left reading.

use std::env;
use std::io::{self, Write};
use std::os::fd::AsFd;
use std::time::{Duration, Instant};

use ratatui_image::FontSize;
use ratatui_image::picker::cap_parser::{Parser, QueryStdioOptions, Response};
use ratatui_image::picker::{Picker, ProtocolType};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use rustix::io::Errno;
use rustix::termios::tcgetwinsize;

/// The most the whole question and answer may take. A local terminal answers
/// in a few milliseconds; one that never answers costs this much, once.
pub const QUERY_WITHIN: Duration = Duration::from_millis(150);

/// The picker for this terminal: kitty, sixel or iTerm2 where the terminal
/// says so (or its environment does), else half-blocks.
///
/// Call it with the terminal in raw mode and before anything else reads
/// input: the answer arrives on stdin.
#[must_use]
pub fn query_picker(within: Duration) -> Picker {
    // Also finds out whether this is tmux, and lets graphics pass through it.
    let fallback = Picker::halfblocks();
    let options = QueryStdioOptions {
        timeout: within,
        blacklist_protocols: blacklisted(),
        ..QueryStdioOptions::default()
    };
    let query = Parser::query(fallback.tmux_detected(), options);
    let answers = ask(&query, Instant::now() + within).unwrap_or_default();
    choose(fallback, &answers, font_size_from_winsize)
}

/// `WezTerm` and Konsole claim kitty and sixel support that draws badly; the
/// crate leaves those out for them too.
fn blacklisted() -> Vec<ProtocolType> {
    let set = |var: &str| env::var(var).is_ok_and(|v| !v.is_empty());
    if set("WEZTERM_EXECUTABLE") || set("KONSOLE_VERSION") {
        vec![ProtocolType::Kitty, ProtocolType::Sixel]
    } else {
        Vec::new()
    }
}

/// Writes the query and collects the answers until the terminal's status
/// report (which every terminal sends, and sends last) or the deadline.
fn ask(query: &str, deadline: Instant) -> io::Result<Vec<Response>> {
    let mut out = io::stdout().lock();
    out.write_all(query.as_bytes())?;
    out.flush()?;
    let stdin = io::stdin();
    let mut parser = Parser::new();
    let mut answers = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok(timeout) = Timespec::try_from(left) else {
            return Ok(answers);
        };
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => return Ok(answers),
            Ok(_) => {}
            Err(Errno::INTR) => continue,
            Err(err) => return Err(err.into()),
        }
        let mut byte = [0_u8; 1];
        if rustix::io::retry_on_intr(|| rustix::io::read(stdin.as_fd(), &mut byte))? == 0 {
            return Ok(answers);
        }
        for answer in parser.push(char::from(byte[0])) {
            if answer == Response::Status {
                return Ok(answers);
            }
            answers.push(answer);
        }
    }
}

/// Turns the answers into a picker. A graphics protocol needs the real cell
/// size in pixels to draw at the right scale; without one, half-blocks.
fn choose(
    fallback: Picker,
    answers: &[Response],
    winsize: impl FnOnce() -> Option<FontSize>,
) -> Picker {
    let cell = answers.iter().find_map(|answer| match answer {
        Response::CellSize(Some((width, height))) => Some(FontSize::new(*width, *height)),
        _ => None,
    });
    let Some(font_size) = cell.or_else(winsize) else {
        return fallback;
    };
    let answered = if answers.contains(&Response::Kitty) {
        Some(ProtocolType::Kitty)
    } else if answers.contains(&Response::Sixel) {
        Some(ProtocolType::Sixel)
    } else {
        None
    };
    // The one public way to give a picker a cell size found out here; it
    // also reads the environment's iTerm2 hints, which the answers override.
    #[allow(deprecated)]
    let mut picker = Picker::from_fontsize(font_size);
    if let Some(protocol) = answered {
        picker.set_protocol_type(protocol);
    }
    picker
}

/// The cell size from the terminal's window size in pixels, where it tells.
fn font_size_from_winsize() -> Option<FontSize> {
    let size = tcgetwinsize(io::stdout()).ok()?;
    if size.ws_col == 0 || size.ws_row == 0 || size.ws_xpixel == 0 || size.ws_ypixel == 0 {
        return None;
    }
    Some(FontSize::new(
        size.ws_xpixel / size.ws_col,
        size.ws_ypixel / size.ws_row,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn halfblocks() -> Picker {
        Picker::halfblocks()
    }

    #[test]
    fn no_answer_and_no_pixel_size_means_half_blocks() {
        let picker = choose(halfblocks(), &[], || None);
        assert_eq!(picker.protocol_type(), ProtocolType::Halfblocks);
    }

    #[test]
    fn kitty_wins_over_sixel_and_takes_the_cell_size() {
        let answers = [
            Response::Sixel,
            Response::Kitty,
            Response::CellSize(Some((9, 18))),
        ];
        let picker = choose(halfblocks(), &answers, || None);
        assert_eq!(picker.protocol_type(), ProtocolType::Kitty);
        assert_eq!(
            (picker.font_size().width, picker.font_size().height),
            (9, 18)
        );
    }

    #[test]
    fn sixel_without_a_cell_size_uses_the_window_size() {
        let answers = [Response::Sixel, Response::CellSize(None)];
        let picker = choose(halfblocks(), &answers, || Some(FontSize::new(8, 16)));
        assert_eq!(picker.protocol_type(), ProtocolType::Sixel);
        assert_eq!(picker.font_size().height, 16);
    }

    #[test]
    fn graphics_without_any_cell_size_fall_back_to_half_blocks() {
        let picker = choose(halfblocks(), &[Response::Kitty], || None);
        assert_eq!(picker.protocol_type(), ProtocolType::Halfblocks);
    }
}
