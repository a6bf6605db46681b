//! JPEG photos decoded at a reduced scale: the decoder's inverse DCT can
//! give 1/2, 1/4 or 1/8 of each side directly, so a 12-megapixel phone photo
//! never needs a full-size buffer on its way to the screen.

use std::io::Read;
use std::path::Path;

use image::metadata::Orientation;
use image::{DynamicImage, GrayImage, Limits, RgbImage};
use jpeg_decoder::{CodingProcess, Decoder, PixelFormat};

use super::budget::admit;

/// Decodes a JPEG to at least `side` pixels on its longer side (or whole,
/// if it is smaller), under `limits`. `Ok(None)` for the rare colour models
/// (CMYK, 16-bit grey) this path does not convert: the caller decodes those
/// whole.
pub fn decode(
    reader: impl Read,
    path: &Path,
    side: u32,
    limits: &mut Limits,
) -> Result<Option<(DynamicImage, Orientation)>, String> {
    let cannot = |err: jpeg_decoder::Error| format!("cannot read {}: {err}", path.display());
    let mut decoder = Decoder::new(reader);
    decoder.read_info().map_err(cannot)?;
    let Some(header) = decoder.info() else {
        return Err(format!("cannot read {}: no JPEG header", path.display()));
    };
    let full = (u32::from(header.width), u32::from(header.height));
    let channels = match header.pixel_format {
        PixelFormat::L8 => 1,
        PixelFormat::RGB24 => 3,
        PixelFormat::L16 | PixelFormat::CMYK32 => return Ok(None),
    };

    let request = u16::try_from(side).unwrap_or(u16::MAX);
    let (width, height) = decoder.scale(request, request).map_err(cannot)?;
    let (width, height) = (u32::from(width), u32::from(height));
    // Refused from the header alone, before anything is decoded.
    admit(
        limits,
        path,
        full,
        needs(full, (width, height), channels, header.coding_process),
    )?;
    decoder.set_max_decoding_buffer_size(
        usize::try_from(pixels((width, height)) * channels).unwrap_or(usize::MAX),
    );
    let data = decoder.decode().map_err(cannot)?;
    let orientation = decoder
        .exif_data()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    // The decoder's planes go now, before the pixels are wrapped.
    drop(decoder);
    let image = match channels {
        1 => GrayImage::from_raw(width, height, data).map(DynamicImage::ImageLuma8),
        _ => RgbImage::from_raw(width, height, data).map(DynamicImage::ImageRgb8),
    };
    let image =
        image.ok_or_else(|| format!("cannot read {}: the pixels fall short", path.display()))?;
    Ok(Some((image, orientation)))
}

fn pixels((width, height): (u32, u32)) -> u64 {
    u64::from(width) * u64::from(height)
}

/// What the decoder holds at its peak: a plane per channel at the output
/// scale and the pixels they become, and for a progressive JPEG its
/// coefficients, two bytes each, at full size (all scans arrive before any
/// pixel can be made).
fn needs(full: (u32, u32), out: (u32, u32), channels: u64, process: CodingProcess) -> u64 {
    let planes_and_pixels = 2 * pixels(out) * channels;
    match process {
        CodingProcess::DctProgressive => planes_and_pixels + 2 * pixels(full) * channels,
        CodingProcess::DctSequential | CodingProcess::Lossless => planes_and_pixels,
    }
}
