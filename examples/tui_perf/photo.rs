//! Peak memory with a phone photo on screen: a 4032×3024 JPEG or PNG (12
//! megapixels, as a phone takes them) as `photo`, in a session whose first
//! phase shows it, read from `/proc` once the photo is drawn.

use std::fs;
use std::path::Path;
use std::time::Duration;

use image::{ImageEncoder, RgbImage};

use crate::term::Term;
use crate::{Bins, WAIT, env_for, procfs};

/// A phone photo's size.
pub const PHONE: (u32, u32) = (4032, 3024);

/// How long the photo may take to load and show, release build.
const PHOTO_WAIT: Duration = Duration::from_secs(20);

/// A session that opens on the photo; the harness's terminal says it has no
/// graphics, so the photo comes in half-blocks.
const CONFIG: &str = r#"
[[phases]]
name = "Baby photo"
secs = 900
prompt = "Look at your baby."
show = "photo"

[[phases]]
name = "Pump"
prompt = "Keep pumping, and tap at each let-down."

[notifications]
desktop = false
"#;

/// The photo's format.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
}

/// `VmHWM` in KiB of `letdown start` once the photo is drawn.
pub fn peak_rss_kib(bins: &Bins, data: &Path, work: &Path, kind: Kind) -> u64 {
    let home = work.join(match kind {
        Kind::Jpeg => "photo-home",
        Kind::Png => "png-photo-home",
    });
    let env = env_for(&home, data);
    let photo = match kind {
        Kind::Jpeg => work.join("phone.jpg"),
        Kind::Png => work.join("phone.png"),
    };
    write_phone_photo(&photo, kind);
    let config = format!("photo = {:?}\n{CONFIG}", photo.display().to_string());
    fs::write(home.join("config/letdown/config.toml"), config).expect("config written");

    let mut term = Term::spawn(&bins.letdown, &["start"], &env);
    term.wait_for(WAIT, |s| s.contains("Baby photo"))
        .unwrap_or_else(|| panic!("no photo phase:\n{}", term.screen()));
    term.wait_for(PHOTO_WAIT, |s| s.contains('▀') || s.contains('▄'))
        .unwrap_or_else(|| panic!("the photo never showed:\n{}", term.screen()));
    // Whatever the first frames left to do (a second resize) is done by now.
    term.pump_for(Duration::from_millis(500));
    let peak = procfs::peak_rss_kib(term.pid());
    term.close();
    peak
}

/// Four flat quarters with a gradient across, a JPEG written at quality 85:
/// as heavy to decode as any photo of that size.
fn write_phone_photo(path: &Path, kind: Kind) {
    let (width, height) = PHONE;
    let image = RgbImage::from_fn(width, height, |x, y| {
        let shade = (x * 255 / width) as u8;
        image::Rgb(match (x < width / 2, y < height / 2) {
            (true, true) => [255, shade, 0],
            (false, true) => [0, 255, shade],
            (true, false) => [shade, 0, 255],
            (false, false) => [255, 255, shade],
        })
    });
    let file = std::io::BufWriter::new(fs::File::create(path).expect("photo created"));
    let written = match kind {
        Kind::Jpeg => image::codecs::jpeg::JpegEncoder::new_with_quality(file, 85).write_image(
            image.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        ),
        Kind::Png => image::codecs::png::PngEncoder::new(file).write_image(
            image.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        ),
    };
    written.expect("photo written");
}
