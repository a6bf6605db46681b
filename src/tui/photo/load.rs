//! Finding and reading the session's photo, on the photo thread: a folder
//! may be large or slow (a network share), and a phone photo takes a while
//! to decode.

use std::fmt;
use std::path::{Path, PathBuf};

use image::{DynamicImage, ImageDecoder, ImageReader};

use crate::store::paths::expand_home;

/// Photos are shrunk to this many pixels on their longer side as they load,
/// so that fitting one to the screen later is quick and a 48-megapixel phone
/// photo does not stay in memory. It is still more than a terminal shows.
pub const MAX_SIDE: u32 = 1024;

/// The image to show for a session: the configured file, or one of the JPEG
/// and PNG files in the configured folder. `seed` (the session's start time)
/// picks it, so a session keeps its photo, even when it is resumed.
pub fn pick(configured: &Path, seed: u64) -> Result<PathBuf, String> {
    let path = expand_home(configured);
    if !path.is_dir() {
        return Ok(path);
    }
    let entries = std::fs::read_dir(&path)
        .map_err(|err| format!("cannot open the folder {}: {err}", path.display()))?;
    let mut photos: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| is_photo_file(p))
        .collect();
    if photos.is_empty() {
        return Err(format!("no JPEG or PNG file in {}", path.display()));
    }
    // Sorted, so the same seed picks the same file whatever order the folder lists.
    photos.sort();
    let at = usize::try_from(seed % photos.len() as u64).unwrap_or(0);
    Ok(photos.swap_remove(at))
}

/// A visible JPEG or PNG file, by its name (a hidden `._IMG.jpg` from macOS is
/// not a photo).
fn is_photo_file(path: &Path) -> bool {
    let visible = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| !n.starts_with('.'));
    let photo = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["jpg", "jpeg", "png"].contains(&e.to_ascii_lowercase().as_str()));
    visible && photo && path.is_file()
}

/// Reads an image by its content (not its name), shrinks it to [`MAX_SIDE`],
/// and turns it upright as the camera recorded (phone photos are often
/// stored sideways with an EXIF note saying so).
pub fn decode(path: &Path) -> Result<DynamicImage, String> {
    let cannot = |err: &dyn fmt::Display| format!("cannot read {}: {err}", path.display());
    let reader = ImageReader::open(path)
        .and_then(ImageReader::with_guessed_format)
        .map_err(|e| cannot(&e))?;
    let mut decoder = reader.into_decoder().map_err(|e| cannot(&e))?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| cannot(&e))?;
    if image.width() > MAX_SIDE || image.height() > MAX_SIDE {
        image = image.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image)
}
