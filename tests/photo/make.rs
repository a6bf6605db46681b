//! Photos made on the spot, in a temp folder: the large ones are streamed out
//! row by row, so the tests never hold what they ask letdown to refuse.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::{ImageEncoder, RgbImage};

/// The size of a 12-megapixel phone photo, landscape.
pub const PHONE: (u32, u32) = (4032, 3024);

/// A black PNG of `width` × `height`, grey (one byte a pixel) or RGB, written
/// a row at a time: a 20000×20000 one is about 1.5 MB on disk.
pub fn black_png(path: &Path, width: u32, height: u32, color: png::ColorType) {
    let file = BufWriter::new(File::create(path).expect("png created"));
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(color);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().expect("png header");
    let mut stream = writer.stream_writer().expect("png stream");
    let row = vec![0u8; width as usize * color.samples()];
    for _ in 0..height {
        stream.write_all(&row).expect("png row");
    }
    stream.finish().expect("png finished");
}

/// An RGB PNG of `width` × `height` whose pixels `pixel` gives, written a row
/// at a time.
pub fn rgb_png(path: &Path, width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 3]) {
    let file = BufWriter::new(File::create(path).expect("png created"));
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().expect("png header");
    let mut stream = writer.stream_writer().expect("png stream");
    for y in 0..height {
        let row: Vec<u8> = (0..width).flat_map(|x| pixel(x, y)).collect();
        stream.write_all(&row).expect("png row");
    }
    stream.finish().expect("png finished");
}

/// The colour of the quarter of a `width` × `height` image that holds
/// (`x`, `y`): red, green over blue, yellow.
pub fn quadrant(width: u32, height: u32, x: u32, y: u32) -> [u8; 3] {
    match (x < width / 2, y < height / 2) {
        (true, true) => [255, 0, 0],
        (false, true) => [0, 255, 0],
        (true, false) => [0, 0, 255],
        (false, false) => [255, 255, 0],
    }
}

/// A JPEG of `width` × `height` in four quarters: red, green over blue,
/// yellow, as the `quadrants.png` fixture; with an EXIF orientation if given.
pub fn quadrants_jpeg(path: &Path, width: u32, height: u32, orientation: Option<u8>) {
    let image = RgbImage::from_fn(width, height, |x, y| {
        image::Rgb(quadrant(width, height, x, y))
    });
    let file = BufWriter::new(File::create(path).expect("jpeg created"));
    let mut encoder = JpegEncoder::new_with_quality(file, 80);
    if let Some(orientation) = orientation {
        encoder
            .set_exif_metadata(exif_orientation(orientation))
            .expect("exif accepted");
    }
    encoder
        .write_image(
            image.as_raw(),
            width,
            height,
            image::ExtendedColorType::Rgb8,
        )
        .expect("jpeg written");
}

/// The smallest EXIF block with an orientation: a little-endian TIFF header
/// and one directory holding tag 0x0112.
fn exif_orientation(orientation: u8) -> Vec<u8> {
    let mut exif = b"II*\0\x08\0\0\0".to_vec();
    exif.extend_from_slice(&[1, 0]); // one entry
    exif.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0]);
    exif.extend_from_slice(&[0, 0, 0, 0]); // no next directory
    exif
}
