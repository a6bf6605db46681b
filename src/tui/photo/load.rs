//! Finding and reading the session's photo, on the photo thread: a folder
//! may be large or slow (a network share), and a phone photo takes a while
//! to decode. A JPEG is decoded at a reduced scale, a PNG shrunk row by row
//! as it is decoded; each once its header has shown that it fits the budget.

use std::fmt;
use std::fs::File;
use std::io::{BufReader, Seek};
use std::path::{Path, PathBuf};

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::budget::{self, admit, limits};
use super::{jpeg, png};
use crate::store::paths::expand_home;

/// Photos are shrunk to this many pixels on their longer side as they load,
/// so that fitting one to the screen later is quick and a 48-megapixel phone
/// photo does not stay in memory. It is still more than a terminal shows.
pub const MAX_SIDE: u32 = 1024;

/// A photo is decoded at the smallest scale that keeps this much of its
/// longer side: a phone JPEG at 1/4 (1008×756), a phone PNG at 1/5
/// (807×605), as sharp as a terminal shows it, where keeping [`MAX_SIDE`]
/// would take 1/2 and four times the memory.
const SCALED_SIDE: u32 = MAX_SIDE * 3 / 4;

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
        return Err(crate::tr!(
            "session-photo-none-in-folder",
            path = path.display().to_string()
        ));
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
/// stored sideways with an EXIF note saying so). Under [`limits`]: the file
/// and the image's header are checked before anything is decoded.
pub fn decode(path: &Path) -> Result<DynamicImage, String> {
    decode_within(path, limits())
}

/// [`decode`], under `limits`: what the header promises counts against them
/// before a pixel is decoded, at the reduced scale a JPEG is decoded at.
pub fn decode_within(path: &Path, mut limits: Limits) -> Result<DynamicImage, String> {
    let cannot = |err: &dyn fmt::Display| format!("cannot read {}: {err}", path.display());
    let reader = ImageReader::new(BufReader::new(budget::open(path)?))
        .with_guessed_format()
        .map_err(|e| cannot(&e))?;
    let (mut image, orientation) = if reader.format() == Some(ImageFormat::Png) {
        png::decode(reader.into_inner(), path, SCALED_SIDE, &mut limits)?
    } else if reader.format() == Some(ImageFormat::Jpeg) {
        let mut file = reader.into_inner();
        if let Some(decoded) = jpeg::decode(&mut file, path, SCALED_SIDE, &mut limits)? {
            decoded
        } else {
            file.rewind().map_err(|e| cannot(&e))?;
            let reader = ImageReader::with_format(file, ImageFormat::Jpeg);
            decode_whole(reader, path, &mut limits)?
        }
    } else {
        decode_whole(reader, path, &mut limits)?
    };
    if image.width() > MAX_SIDE || image.height() > MAX_SIDE {
        image = image.thumbnail(MAX_SIDE, MAX_SIDE);
    }
    image.apply_orientation(orientation);
    Ok(image)
}

/// Decodes the whole image, for the JPEGs the scaled path does not take
/// (CMYK, 16-bit grey): its full size must fit in `limits`, from the header.
fn decode_whole(
    mut reader: ImageReader<BufReader<File>>,
    path: &Path,
    limits: &mut Limits,
) -> Result<(DynamicImage, Orientation), String> {
    let cannot = |err: &dyn fmt::Display| format!("cannot read {}: {err}", path.display());
    // The header's own checks are ours (the same limits, with the dimensions
    // left for `admit`, so that a refusal can say the size).
    let mut header_limits = limits.clone();
    header_limits.max_image_width = None;
    header_limits.max_image_height = None;
    reader.limits(header_limits);
    let mut decoder = reader.into_decoder().map_err(|e| cannot(&e))?;
    admit(limits, path, decoder.dimensions(), decoder.total_bytes())?;
    decoder.set_limits(limits.clone()).map_err(|e| cannot(&e))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(|e| cannot(&e))?;
    Ok((image, orientation))
}
