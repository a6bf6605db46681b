//! The baby photo of the photo phase: one image per session, picked from the
//! configured file or folder, decoded and scaled on its own thread, and drawn
//! with ratatui-image in whatever graphics the terminal has (kitty, iTerm2,
//! sixel, or Unicode half-blocks anywhere).
//!
//! A photo that is not configured, still loading, or cannot be read is never
//! an error on screen: the phase shows [`kind_prompt`] instead.

mod budget;
mod jpeg;
mod load;
mod png;
#[cfg(unix)]
mod query;

use std::cell::RefCell;
use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, StatefulWidget, Widget, Wrap};
use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;
use ratatui_image::thread::{ResizeRequest, ResizeResponse, ThreadProtocol};
use ratatui_image::{FilterType, Resize, StatefulImage};

pub use budget::{MAX_ALLOC, MAX_FILE_BYTES, MAX_PIXEL_SIDE, limits};
pub use load::{MAX_SIDE, decode, decode_within, pick};
#[cfg(unix)]
pub use query::{QUERY_WITHIN, query_picker};

use super::theme::Theme;
use crate::config::{Config, Show};

/// Shown in place of the photo: none configured, not loaded yet, or unreadable.
#[must_use]
pub fn kind_prompt() -> String {
    crate::tr!("session-photo-prompt")
}

/// How the photo fills its area: scaled up or down to fit, keeping its shape.
const RESIZE: Resize = Resize::Scale(Some(FilterType::Triangle));

/// Whether any phase can show a photo and one is configured: only then is the
/// terminal asked about graphics at all.
#[must_use]
pub fn wanted(config: &Config) -> bool {
    config.photo.is_some() && config.phases.iter().any(|p| p.show == Some(Show::Photo))
}

/// What the photo thread needs from the terminal's side: how to encode for
/// this terminal, and how to wake the event loop when something is ready.
#[derive(Clone)]
pub struct Backend {
    picker: Picker,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Backend {
    #[must_use]
    pub fn new(picker: Picker, wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self {
            picker,
            wake: Arc::new(wake),
        }
    }
}

/// What the photo thread sends back.
enum Message {
    Loaded(Box<StatefulProtocol>),
    Resized(Box<ResizeResponse>),
    Failed(String),
}

enum State {
    Loading,
    /// Rendering a stateful image needs `&mut` (it hands resizes to the
    /// thread and remembers what it last drew), but the app's render only
    /// reads; the cell keeps that bookkeeping out of the app's state.
    Ready(Box<RefCell<ThreadProtocol>>),
    Failed(String),
}

/// One session's photo, and the thread that loads and scales it.
///
/// The thread decodes first, then waits for resize requests from rendering;
/// it ends when this is dropped.
pub struct Photo {
    state: State,
    messages: Receiver<Message>,
    requests: Option<Sender<ResizeRequest>>,
}

impl Photo {
    /// Starts loading the session's photo on its own thread.
    #[must_use]
    pub fn load(configured: &Path, seed: u64, backend: &Backend) -> Self {
        let (tx, messages) = mpsc::channel();
        let (requests, incoming) = mpsc::channel();
        let configured = configured.to_path_buf();
        let backend = backend.clone();
        // If the thread cannot start, `tx` is dropped with it and `poll` says so.
        let _ = thread::Builder::new()
            .name("photo".into())
            .spawn(move || work(&configured, seed, &backend, &tx, &incoming));
        Self {
            state: State::Loading,
            messages,
            requests: Some(requests),
        }
    }

    /// Takes in what the thread has sent.
    pub fn poll(&mut self) {
        loop {
            let message = match self.messages.try_recv() {
                Ok(message) => message,
                Err(TryRecvError::Empty) => return,
                // The thread only ends early if it panicked.
                Err(TryRecvError::Disconnected) => {
                    if !self.is_busy() {
                        return;
                    }
                    Message::Failed(crate::tr!("session-photo-not-prepared"))
                }
            };
            match (message, &mut self.state) {
                (Message::Loaded(protocol), _) => {
                    if let Some(requests) = self.requests.take() {
                        let protocol = ThreadProtocol::new(requests, Some(*protocol));
                        self.state = State::Ready(Box::new(RefCell::new(protocol)));
                    }
                }
                (Message::Resized(done), State::Ready(protocol)) => {
                    // A reply to an older size is dropped; the newer one follows.
                    protocol.get_mut().update_resized_protocol(*done);
                }
                (Message::Resized(_), _) => {}
                (Message::Failed(reason), _) => self.state = State::Failed(reason),
            }
        }
    }

    /// Decoded and ready to draw.
    #[must_use]
    pub fn is_ready(&self) -> bool {
        matches!(self.state, State::Ready(_))
    }

    /// Waiting for the thread: still loading, or scaling to a new size.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        match &self.state {
            State::Loading => true,
            State::Ready(protocol) => protocol
                .try_borrow()
                .is_ok_and(|p| p.protocol_type().is_none()),
            State::Failed(_) => false,
        }
    }

    /// Why the photo is not shown, if it could not be read.
    #[must_use]
    pub fn failure(&self) -> Option<&str> {
        match &self.state {
            State::Failed(reason) => Some(reason),
            _ => None,
        }
    }

    /// Draws the photo centred in `area`. The first time at a size, this only
    /// asks the thread to scale it and draws nothing; the thread wakes the
    /// event loop when the scaled photo is there.
    fn render(&self, area: Rect, buf: &mut Buffer) {
        let State::Ready(protocol) = &self.state else {
            return;
        };
        let Ok(mut protocol) = protocol.try_borrow_mut() else {
            return;
        };
        let Some(size) = protocol.size_for(RESIZE, area.as_size()) else {
            return;
        };
        let x = area.x + area.width.saturating_sub(size.width) / 2;
        let y = area.y + area.height.saturating_sub(size.height) / 2;
        let rect = Rect::new(x, y, size.width, size.height).intersection(area);
        StatefulImage::default()
            .resize(RESIZE)
            .render(rect, buf, &mut *protocol);
    }
}

/// The photo thread: load once, then scale to whatever size rendering asks.
fn work(
    configured: &Path,
    seed: u64,
    backend: &Backend,
    tx: &Sender<Message>,
    requests: &Receiver<ResizeRequest>,
) {
    let reply = |message| {
        let sent = tx.send(message).is_ok();
        (backend.wake)();
        sent
    };
    let loaded = match pick(configured, seed).and_then(|path| decode(&path)) {
        Ok(image) => Message::Loaded(Box::new(backend.picker.new_resize_protocol(image))),
        Err(reason) => Message::Failed(plain_failure(configured, &reason)),
    };
    if !reply(loaded) {
        return;
    }
    for request in requests {
        let done = match request.resize_encode() {
            Ok(done) => Message::Resized(Box::new(done)),
            Err(err) => Message::Failed(crate::tr!(
                "session-photo-not-drawn",
                error = err.to_string()
            )),
        };
        if !reply(done) {
            return;
        }
    }
}

impl fmt::Debug for Photo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Loading => "loading",
            State::Ready(_) => "ready",
            State::Failed(reason) => reason,
        };
        f.debug_struct("Photo")
            .field("state", &state)
            .finish_non_exhaustive()
    }
}

/// The app's side of photos: the backend once the terminal is known, and the
/// running session's photo.
#[derive(Default)]
pub struct Photos {
    backend: Option<Backend>,
    current: Option<Photo>,
}

impl Photos {
    /// Sets how photos are drawn; until then none is loaded.
    pub fn set_backend(&mut self, backend: Backend) {
        self.backend = Some(backend);
    }

    /// Loads the photo for a session starting at `seed`, if the config has
    /// one and a phase shows it.
    pub fn start(&mut self, config: &Config, seed: u64) {
        self.current = match (&self.backend, &config.photo) {
            (Some(backend), Some(path)) if wanted(config) => Some(Photo::load(path, seed, backend)),
            _ => None,
        };
    }

    /// Lets the session's photo go; its thread ends.
    pub fn stop(&mut self) {
        self.current = None;
    }

    /// Takes in what the photo thread sent.
    pub fn poll(&mut self) {
        if let Some(photo) = &mut self.current {
            photo.poll();
        }
    }

    /// The session's photo, if one is being loaded or shown.
    #[must_use]
    pub fn current(&self) -> Option<&Photo> {
        self.current.as_ref()
    }

    /// Whether the photo is there to draw (the layout gives it more room).
    #[must_use]
    pub fn is_ready(&self) -> bool {
        self.current.as_ref().is_some_and(Photo::is_ready)
    }
}

impl fmt::Debug for Photos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Photos")
            .field(
                "backend",
                &self.backend.as_ref().map(|b| b.picker.protocol_type()),
            )
            .field("current", &self.current)
            .finish()
    }
}

/// Why the photo is not shown, in words and with what to do; the system's
/// and the decoder's own words are kept short ("(os error 2)" is dropped).
fn plain_failure(configured: &Path, reason: &str) -> String {
    let lower = reason.to_lowercase();
    let why = if lower.contains("no such file") {
        crate::tr!("session-photo-missing")
    } else if lower.contains("permission denied") {
        crate::tr!("session-photo-forbidden")
    } else if !reason.starts_with("cannot ")
        || lower.contains("too large")
        || lower.contains("not a regular file")
        || lower.contains("no jpeg or png file")
    {
        // Already plain, in the user's words: the checks before reading
        // wrote these; only what a reader or the system said begins "cannot".
        let plain = reason.rsplit(": ").next().unwrap_or(reason);
        plain.trim_end_matches('.').to_string()
    } else {
        crate::tr!("session-photo-unreadable")
    };
    crate::tr!(
        "session-photo-failed",
        path = crate::format::printable_path(configured),
        why = why
    )
}

/// The photo phase's picture: the photo when it is ready, else the kind
/// prompt (with, in dim, why a configured photo is not shown).
pub fn render_photo(photos: &Photos, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    match photos.current() {
        Some(photo) if photo.is_ready() => photo.render(area, buf),
        photo => {
            let mut lines = vec![Line::styled(kind_prompt(), theme.text)];
            if let Some(reason) = photo.and_then(Photo::failure) {
                lines.push(Line::default());
                lines.push(Line::styled(crate::format::printable(reason), theme.dim));
            }
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .render(area, buf);
        }
    }
}
