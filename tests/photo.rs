//! The photo phase: a small PNG drawn in half-blocks, the kind prompt for a
//! photo that is missing or unreadable, and one photo per session from a
//! folder, the same one when the session is resumed.
//!
//! The fixtures in `tests/fixtures/photo/` are 16×16 PNGs written by a few
//! lines of Python (`zlib` and `struct`): `quadrants.png` is red, green, blue
//! and yellow quarters; `halves.png` is magenta over cyan.

// Only the folders are wanted from the session screen's fixture.
#[allow(dead_code)]
#[path = "session_screen/fixture.rs"]
mod fixture;
#[path = "photo/heavy.rs"]
mod heavy;
#[path = "photo/make.rs"]
mod make;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use chrono::DateTime;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use ratatui_image::picker::Picker;

use letdown::config::{Config, Show};
use letdown::session::Now;
use letdown::tui::app::{App, Opening, Screen};
use letdown::tui::photo::{self, Backend, Photo, kind_prompt};
use letdown::tui::theme::Theme;

use crate::fixture::Folders;

/// The wall-clock time the sessions here start at.
const START: &str = "2026-11-23T07:14:05+01:00";

/// How long the photo thread may take before a test gives up on it.
const PATIENCE: Duration = Duration::from_secs(20);

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/photo")
        .join(name)
}

/// The fake clock: `secs` after the start, on both clocks.
fn at(base: Instant, secs: u64) -> Now {
    let since = Duration::from_secs(secs);
    Now {
        mono: base + since,
        wall: DateTime::parse_from_rfc3339(START).expect("start time")
            + chrono::Duration::from_std(since).expect("duration"),
    }
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// An app in temp folders with half-blocks for graphics; the photo thread's
/// wake-ups arrive on `wakes`, as they would at the event loop.
struct Harness {
    folders: Folders,
    base: Instant,
    wakes: Receiver<()>,
    backend: Backend,
}

impl Harness {
    fn new(photo: Option<PathBuf>) -> Self {
        let folders = Folders::with_config(Config {
            photo,
            ..Config::default()
        });
        let (tx, wakes) = mpsc::channel();
        let backend = Backend::new(Picker::halfblocks(), move || {
            let _ = tx.send(());
        });
        Self {
            folders,
            base: Instant::now(),
            wakes,
            backend,
        }
    }

    fn open(&self, opening: Opening) -> App {
        let lock = self.folders.context.state.lock().expect("session lock");
        let mut app = App::new(
            &self.folders.context,
            Some(lock),
            opening,
            at(self.base, 0),
            Theme::plain(),
        );
        app.set_photo_backend(self.backend.clone());
        app
    }

    /// A new session, moved on to the phase that shows the photo.
    fn session_at_photo(&self) -> App {
        let mut app = self.open(Opening::Fresh(None));
        self.to_photo_phase(&mut app);
        app
    }

    fn to_photo_phase(&self, app: &mut App) {
        for _ in 0..5 {
            let (Screen::Session { .. }, Some(engine)) = (&app.screen, app.engine()) else {
                panic!("a session is on screen");
            };
            if engine.phase().and_then(|p| p.show) == Some(Show::Photo) {
                return;
            }
            app.on_key(&key('n'), at(self.base, 1));
        }
        panic!("the plan has a photo phase");
    }

    /// Draws until the photo thread has nothing more to do: each draw may ask
    /// it to scale the photo, and it wakes us when it has.
    fn draw(&self, app: &mut App, width: u16, height: u16) -> Buffer {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        let deadline = Instant::now() + PATIENCE;
        // The same instant on screen, however quickly the thread answered.
        app.tick(at(self.base, 2));
        loop {
            terminal
                .draw(|frame| frame.render_widget(&*app, frame.area()))
                .expect("draw");
            if !app.photos.current().is_some_and(Photo::is_busy) {
                return terminal.backend().buffer().clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            self.wakes
                .recv_timeout(left)
                .expect("the photo thread answers in time");
            app.tick(at(self.base, 2));
        }
    }
}

fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The screen's words with single spaces, so wrapped text reads whole.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The fixtures' colours, by letter.
const PALETTE: [(char, (u8, u8, u8)); 6] = [
    ('R', (255, 0, 0)),
    ('G', (0, 255, 0)),
    ('B', (0, 0, 255)),
    ('Y', (255, 255, 0)),
    ('M', (255, 0, 255)),
    ('C', (0, 255, 255)),
];

fn letter(color: Color) -> Option<char> {
    let Color::Rgb(r, g, b) = color else {
        return None;
    };
    let distance = |(pr, pg, pb): (u8, u8, u8)| {
        [(r, pr), (g, pg), (b, pb)]
            .iter()
            .map(|&(a, b)| (i32::from(a) - i32::from(b)).pow(2))
            .sum::<i32>()
    };
    PALETTE
        .iter()
        .min_by_key(|(_, rgb)| distance(*rgb))
        .map(|(c, _)| *c)
}

/// The picture the half-blocks make, two pixel rows per cell row, each pixel
/// as the letter of the nearest fixture colour; only the columns and rows
/// that carry true colour.
fn picture(buf: &Buffer) -> String {
    let area = buf.area;
    let is_image = |x: u16, y: u16| matches!(buf[(x, y)].bg, Color::Rgb(..));
    let cols: Vec<u16> = (area.left()..area.right())
        .filter(|&x| (area.top()..area.bottom()).any(|y| is_image(x, y)))
        .collect();
    let mut rows = Vec::new();
    for y in area.top()..area.bottom() {
        if !cols.iter().any(|&x| is_image(x, y)) {
            continue;
        }
        let (mut upper, mut lower) = (String::new(), String::new());
        for &x in &cols {
            let cell = &buf[(x, y)];
            let (top, bottom) = match cell.symbol() {
                "▄" => (cell.bg, cell.fg),
                "▀" => (cell.fg, cell.bg),
                _ => (cell.bg, cell.bg),
            };
            upper.push(letter(top).unwrap_or('.'));
            lower.push(letter(bottom).unwrap_or('.'));
        }
        rows.push(upper);
        rows.push(lower);
    }
    rows.join("\n")
}

#[test]
fn a_png_is_drawn_in_half_blocks_in_the_photo_phase() {
    let harness = Harness::new(Some(fixture("quadrants.png")));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    assert!(app.photos.is_ready(), "{:?}", app.photos);
    insta::assert_snapshot!("photo_phase_80x24", screen_text(&buf));
    let picture = picture(&buf);
    insta::assert_snapshot!("photo_phase_80x24_colours", picture);
    let rows: Vec<&str> = picture.lines().collect();
    let (first, last) = (rows[0], rows[rows.len() - 1]);
    assert!(first.starts_with('R') && first.ends_with('G'), "{picture}");
    assert!(last.starts_with('B') && last.ends_with('Y'), "{picture}");
    assert!(!screen_text(&buf).contains(&kind_prompt()));
}

#[test]
fn a_jpeg_is_drawn_too() {
    let temp = tempfile::tempdir().expect("tempdir");
    let jpeg = temp.path().join("baby.jpg");
    image::open(fixture("quadrants.png"))
        .expect("fixture decodes")
        .to_rgb8()
        .save(&jpeg)
        .expect("jpeg written");
    let harness = Harness::new(Some(jpeg));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    let picture = picture(&buf);
    for colour in ['R', 'G', 'B', 'Y'] {
        assert!(picture.contains(colour), "{colour} in\n{picture}");
    }
}

#[test]
fn a_wrong_path_shows_the_kind_prompt() {
    let harness = Harness::new(Some(PathBuf::from("/nowhere/baby.jpg")));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    let text = screen_text(&buf);
    assert!(words(&text).contains(&kind_prompt()), "{text}");
    assert!(
        text.contains("/nowhere/baby.jpg"),
        "says which photo: {text}"
    );
    assert!(picture(&buf).is_empty(), "nothing drawn in colour");
    insta::assert_snapshot!("photo_phase_wrong_path_80x24", text);
}

#[test]
fn a_file_that_is_not_an_image_shows_the_kind_prompt() {
    let temp = tempfile::tempdir().expect("tempdir");
    let fake = temp.path().join("baby.png");
    std::fs::write(&fake, "not a picture").expect("written");
    let harness = Harness::new(Some(fake));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    assert!(words(&screen_text(&buf)).contains(&kind_prompt()));
    assert!(!app.photos.is_ready());
}

#[test]
fn no_photo_configured_shows_the_kind_prompt_and_loads_nothing() {
    let harness = Harness::new(None);
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    assert!(app.photos.current().is_none());
    assert!(words(&screen_text(&buf)).contains(&kind_prompt()));
}

#[test]
fn a_small_terminal_shows_no_photo() {
    let harness = Harness::new(Some(fixture("quadrants.png")));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 39, 11);

    assert!(picture(&buf).is_empty());
}

#[test]
fn a_folder_gives_one_of_its_photos_the_same_for_the_same_session() {
    let folder = fixture("");
    let quadrants = fixture("quadrants.png");
    let halves = fixture("halves.png");
    for seed in 0..4 {
        let picked = photo::pick(&folder, seed).expect("a photo");
        assert!(picked == quadrants || picked == halves, "{picked:?}");
        assert_eq!(photo::pick(&folder, seed), Ok(picked), "stable");
    }
    assert_ne!(photo::pick(&folder, 0), photo::pick(&folder, 1));

    let harness = Harness::new(Some(folder.clone()));
    let mut app = harness.session_at_photo();
    let first = picture(&harness.draw(&mut app, 80, 24));
    let seed = DateTime::parse_from_rfc3339(START)
        .expect("start")
        .timestamp()
        .unsigned_abs();
    let expected = if photo::pick(&folder, seed) == Ok(quadrants) {
        'R'
    } else {
        'M'
    };
    assert!(first.starts_with(expected), "{first}");

    // The process goes away; the session is resumed and keeps its photo.
    drop(app);
    let record = harness
        .folders
        .context
        .state
        .read_running()
        .expect("readable")
        .expect("a running session");
    let mut app = harness.open(Opening::Interrupted(Box::new(record)));
    app.on_key(&key('r'), at(harness.base, 3));
    harness.to_photo_phase(&mut app);
    assert_eq!(picture(&harness.draw(&mut app, 80, 24)), first);
}

#[test]
fn a_folder_without_photos_says_so() {
    let temp = tempfile::tempdir().expect("tempdir");
    std::fs::write(temp.path().join("notes.txt"), "hello").expect("written");
    std::fs::write(temp.path().join(".hidden.png"), "hidden").expect("written");
    let err = photo::pick(temp.path(), 7).expect_err("nothing to pick");
    assert!(err.contains("no JPEG or PNG"), "{err}");
}

#[test]
fn a_large_photo_is_shrunk_as_it_loads() {
    let temp = tempfile::tempdir().expect("tempdir");
    let wide = temp.path().join("wide.png");
    image::RgbImage::from_pixel(2048, 512, image::Rgb([200, 100, 50]))
        .save(&wide)
        .expect("png written");
    let image = photo::decode(&wide).expect("decodes");
    assert_eq!((image.width(), image.height()), (photo::MAX_SIDE, 256));
}
