//! Photos that are heavy or hostile: absurd sizes are refused from the
//! header, with the kind prompt, and a phone photo is decoded at a reduced
//! scale (a PNG shrunk row by row), so it never needs a full-size buffer.

use image::{DynamicImage, Limits};
use letdown::tui::photo::{self, kind_prompt};

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
    assert!(text.contains(&kind_prompt()), "{text}");
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

    let image = photo::decode_within(&jpeg, less_than_a_phone_photo()).expect("decodes");
    // 1/4 of each side: still more than a terminal shows.
    assert_eq!((image.width(), image.height()), (1008, 756));
}

#[test]
fn a_phone_png_is_shrunk_row_by_row_as_it_is_decoded() {
    let temp = tempfile::tempdir().expect("tempdir");
    let png = temp.path().join("baby.png");
    let (width, height) = PHONE;
    make::rgb_png(&png, width, height, |x, y| {
        make::quadrant(width, height, x, y)
    });

    // The limits that refuse a quarter of its whole buffer: what it holds
    // at once is counted against them, and fits.
    let image = photo::decode_within(&png, less_than_a_phone_photo())
        .expect("decodes")
        .to_rgb8();
    // 1/5 of each side.
    assert_eq!((image.width(), image.height()), (807, 605));
    for ((x, y), want) in [
        ((10, 10), [255, 0, 0]),
        ((800, 10), [0, 255, 0]),
        ((10, 600), [0, 0, 255]),
        ((800, 600), [255, 255, 0]),
    ] {
        assert_eq!(image.get_pixel(x, y).0, want, "at {x}, {y}");
    }
}

/// The pixels of `tests/fixtures/png/interlaced.png` (1540×45, Adam7),
/// written by a few lines of Python (`zlib` and `struct`); it lives apart
/// from the photo folder the folder tests pick from.
fn interlaced_pixel(x: u32, y: u32) -> [u8; 3] {
    [
        (x / 4 % 256) as u8,
        (y * 5 % 256) as u8,
        ((x + 3 * y) / 16 % 256) as u8,
    ]
}

#[test]
fn an_interlaced_png_is_shrunk_to_the_same_pixels_as_a_plain_one() {
    let temp = tempfile::tempdir().expect("tempdir");
    let plain = temp.path().join("plain.png");
    make::rgb_png(&plain, 1540, 45, interlaced_pixel);

    let interlaced =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/png/interlaced.png");
    let interlaced = photo::decode(&interlaced).expect("decodes");
    let plain = photo::decode(&plain).expect("decodes");
    // Halved, the last row of boxes half as tall.
    assert_eq!((interlaced.width(), interlaced.height()), (770, 23));
    assert_eq!(interlaced.to_rgb8(), plain.to_rgb8());
    let [red, green, blue] = plain.to_rgb8().get_pixel(1, 22).0;
    assert_eq!([red, green, blue], [0, 220, 8], "the box of (2..4, 44)");
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
