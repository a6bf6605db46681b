//! Photos that are heavy or hostile: absurd sizes are refused from the
//! header, with the kind prompt, and a phone photo is decoded at a reduced
//! scale, so it never needs a full-size buffer.

use image::{DynamicImage, Limits};
use letdown::tui::photo::{self, KIND_PROMPT};

use super::make::{self, PHONE};
use super::{Harness, picture, screen_text, words};

/// Why `decode` refused the photo; a failure says only what it decoded.
fn refusal(decoded: Result<DynamicImage, String>) -> String {
    match decoded {
        Ok(image) => panic!("decoded, {}×{}", image.width(), image.height()),
        Err(reason) => reason,
    }
}

/// The kind prompt is on screen, with why, and nothing is drawn in colour.
fn assert_refused(harness: &Harness, why: &str) {
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);
    let text = words(&screen_text(&buf));
    assert!(text.contains(KIND_PROMPT), "{text}");
    assert!(text.contains(why), "says {why:?}: {text}");
    assert!(!app.photos.is_ready());
    assert!(picture(&buf).is_empty(), "nothing drawn in colour");
}

#[test]
fn a_png_of_20000_by_20000_pixels_is_refused_from_its_header() {
    let temp = tempfile::tempdir().expect("tempdir");
    let bomb = temp.path().join("baby.png");
    make::black_png(&bomb, 20_000, 20_000, png::ColorType::Rgb);
    let on_disk = std::fs::metadata(&bomb).expect("written").len();
    assert!(on_disk < 12 << 20, "small on disk: {on_disk} bytes");

    let err = refusal(photo::decode(&bomb));
    assert!(
        err.contains("too large to show (20000×20000 pixels)"),
        "{err}"
    );
    assert_refused(&Harness::new(Some(bomb)), "too large to show");
}

#[test]
fn a_png_too_large_to_hold_is_refused_before_it_is_decoded() {
    // Within the largest side, but 81 MB once decoded.
    let temp = tempfile::tempdir().expect("tempdir");
    let big = temp.path().join("baby.png");
    make::black_png(&big, 9_000, 9_000, png::ColorType::Grayscale);

    let err = refusal(photo::decode(&big));
    assert!(
        err.contains("too large to show (9000×9000 pixels)"),
        "{err}"
    );
}

#[test]
fn a_file_larger_than_any_photo_is_refused_unread() {
    let temp = tempfile::tempdir().expect("tempdir");
    let huge = temp.path().join("baby.jpg");
    let file = std::fs::File::create(&huge).expect("created");
    // Sparse: a gigabyte that takes no room, and must not be read.
    file.set_len(1 << 30).expect("sized");
    drop(file);

    let err = refusal(photo::decode(&huge));
    assert!(err.contains("too large for a photo"), "{err}");
    assert_refused(&Harness::new(Some(huge)), "too large for a photo");
}

#[cfg(unix)]
#[test]
fn a_fifo_as_the_photo_shows_the_kind_prompt_and_never_hangs() {
    let temp = tempfile::tempdir().expect("tempdir");
    let fifo = temp.path().join("baby.jpg");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());

    // Opening a FIFO to read waits for a writer: the photo thread must not.
    assert_refused(&Harness::new(Some(fifo)), "not a regular file");
}

#[test]
fn a_phone_photo_is_shown() {
    let temp = tempfile::tempdir().expect("tempdir");
    let jpeg = temp.path().join("baby.jpg");
    make::quadrants_jpeg(&jpeg, PHONE.0, PHONE.1, None);
    let harness = Harness::new(Some(jpeg));
    let mut app = harness.session_at_photo();
    let buf = harness.draw(&mut app, 80, 24);

    assert!(app.photos.is_ready(), "{:?}", app.photos);
    let picture = picture(&buf);
    let rows: Vec<&str> = picture.lines().collect();
    let (first, last) = (rows[0], rows[rows.len() - 1]);
    assert!(
        first.starts_with("RRR") && first.contains("RGG"),
        "{picture}"
    );
    assert!(last.starts_with("BBB") && last.contains("BYY"), "{picture}");
}

/// Decoding limits that refuse a quarter of a phone photo's whole buffer.
fn less_than_a_phone_photo() -> Limits {
    let mut limits = photo::limits();
    limits.max_alloc = Some(u64::from(PHONE.0 * PHONE.1) * 3 / 4);
    limits
}

#[test]
fn a_phone_jpeg_is_decoded_at_a_reduced_scale() {
    let temp = tempfile::tempdir().expect("tempdir");
    let jpeg = temp.path().join("baby.jpg");
    make::quadrants_jpeg(&jpeg, PHONE.0, PHONE.1, None);
    let png = temp.path().join("baby.png");
    make::black_png(&png, PHONE.0, PHONE.1, png::ColorType::Rgb);

    let image = photo::decode_within(&jpeg, less_than_a_phone_photo()).expect("decodes");
    // 1/4 of each side: still more than a terminal shows.
    assert_eq!((image.width(), image.height()), (1008, 756));
    // A PNG has no smaller scale to decode at: the same limits refuse it,
    // so they are what the JPEG was decoded under.
    let err = refusal(photo::decode_within(&png, less_than_a_phone_photo()));
    assert!(err.contains("too large to show"), "{err}");
}

#[test]
fn a_phone_jpeg_is_turned_upright_as_the_camera_recorded() {
    let temp = tempfile::tempdir().expect("tempdir");
    let jpeg = temp.path().join("sideways.jpg");
    // Stored landscape, with "turn 90° clockwise" in its EXIF.
    make::quadrants_jpeg(&jpeg, PHONE.0, PHONE.1, Some(6));

    let image = photo::decode(&jpeg).expect("decodes").to_rgb8();
    assert_eq!((image.width(), image.height()), (756, 1008));
    // Turned clockwise, the blue quarter (bottom left) is now top left.
    let [red, _, blue] = image.get_pixel(10, 10).0;
    assert!(blue > 200 && red < 50, "blue top left, not {red}/{blue}");
}
