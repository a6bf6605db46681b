//! PNG photos decoded a row at a time and shrunk as the rows come. A PNG has
//! no smaller scale to decode at (as a JPEG has), so each row is added into
//! the boxes of output pixels it falls in: a 12-megapixel phone photo never
//! needs its full-size buffer (36 MB) on its way to the screen.

use std::io::{BufRead, Seek};
use std::path::Path;

use ::png::{Adam7Info, InterlaceInfo, Transformations};
use image::metadata::Orientation;
use image::{DynamicImage, GrayAlphaImage, GrayImage, Limits, RgbImage, RgbaImage};

use super::budget::admit;

/// What the PNG decoder may hold besides the rows: the metadata it keeps
/// (EXIF, palette); text and colour profiles are skipped.
const METADATA_BYTES: usize = 1 << 20;

/// Decodes a PNG shrunk by a whole factor that keeps at least `side` pixels
/// on its longer side (or whole, if it is smaller), under `limits`.
pub fn decode(
    reader: impl BufRead + Seek,
    path: &Path,
    side: u32,
    limits: &mut Limits,
) -> Result<(DynamicImage, Orientation), String> {
    let cannot = |err: ::png::DecodingError| format!("cannot read {}: {err}", path.display());
    let mut decoder = ::png::Decoder::new_with_limits(
        reader,
        ::png::Limits {
            bytes: METADATA_BYTES,
        },
    );
    // Whatever the file holds comes as 8 bits a sample: grey, grey and
    // alpha, RGB or RGBA.
    decoder.set_transformations(Transformations::EXPAND | Transformations::STRIP_16);
    decoder.set_ignore_text_chunk(true);
    decoder.set_ignore_iccp_chunk(true);
    let header = decoder.read_header_info().map_err(cannot)?;
    let full = header.size();
    let interlaced = header.interlaced;
    let factor = (full.0.max(full.1) / side.max(1)).max(1);
    let out = (full.0.div_ceil(factor), full.1.div_ceil(factor));
    // The sums of one row of boxes, or of them all when the rows come in
    // Adam7's seven passes; and the decoder's rows, at 16 bits a sample.
    let band = if interlaced { out.1 } else { 1 };
    let boxes = u64::from(out.0) * u64::from(out.1);
    let needs = 4 * (boxes + u64::from(out.0) * u64::from(band) * 4)
        + 4 * 8 * u64::from(full.0)
        + METADATA_BYTES as u64;
    // Refused from the header alone, before anything is decoded.
    admit(limits, path, full, needs)?;

    let mut reader = decoder.read_info().map_err(cannot)?;
    let orientation = reader
        .info()
        .exif_metadata
        .as_deref()
        .and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms);
    let channels = reader.output_color_type().0.samples();
    let mut shrink = Shrink::new(full, factor, channels, band);
    let mut places = Places::new(full, interlaced);
    while let Some(row) = reader.next_interlaced_row().map_err(cannot)? {
        let place = places.next();
        let expected = match (place, row.interlace()) {
            (Some(place), InterlaceInfo::Null(_)) => place.pass.is_none(),
            (Some(place), InterlaceInfo::Adam7(info)) => place
                .pass
                .is_some_and(|(pass, line)| *info == Adam7Info::new(pass, line, full.0)),
            (None, _) => false,
        };
        match place {
            Some(place) if expected => shrink.add_row(place, row.data()),
            _ => {
                return Err(format!(
                    "cannot read {}: its rows are out of order",
                    path.display()
                ));
            }
        }
    }
    shrink
        .finish()
        .map(|image| (image, orientation))
        .ok_or_else(|| format!("cannot read {}: the pixels fall short", path.display()))
}

/// Where a decoded row's pixels go: the image row, the column of its first
/// pixel and the step between them; with its Adam7 pass and line if any.
#[derive(Debug, Clone, Copy)]
struct Place {
    y: u32,
    x: u32,
    step: u32,
    pass: Option<(u8, u32)>,
}

/// Adam7's passes: (column step, first column, row step, first row).
const PASSES: [(u32, u32, u32, u32); 7] = [
    (8, 0, 8, 0),
    (8, 4, 8, 0),
    (4, 0, 8, 4),
    (4, 2, 4, 0),
    (2, 0, 4, 2),
    (2, 1, 2, 0),
    (1, 0, 2, 1),
];

/// The places of the rows in the order the decoder gives them: top to
/// bottom, or pass by pass, skipping passes an image too small has none of.
struct Places {
    size: (u32, u32),
    interlaced: bool,
    pass: usize,
    line: u32,
}

impl Places {
    fn new(size: (u32, u32), interlaced: bool) -> Self {
        Self {
            size,
            interlaced,
            pass: 0,
            line: 0,
        }
    }

    fn next(&mut self) -> Option<Place> {
        let (width, height) = self.size;
        if !self.interlaced {
            let y = self.line;
            self.line += 1;
            return (y < height).then_some(Place {
                y,
                x: 0,
                step: 1,
                pass: None,
            });
        }
        while let Some(&(step, x, row_step, first_row)) = PASSES.get(self.pass) {
            let y = first_row + self.line * row_step;
            if x < width && y < height {
                let pass = u8::try_from(self.pass + 1).ok()?;
                let place = Place {
                    y,
                    x,
                    step,
                    pass: Some((pass, self.line)),
                };
                self.line += 1;
                return Some(place);
            }
            self.pass += 1;
            self.line = 0;
        }
        None
    }
}

/// Box averages of `factor` × `factor` pixels, summed as the rows come.
struct Shrink {
    full: (u32, u32),
    factor: u32,
    channels: usize,
    out: (u32, u32),
    /// The sums of `band` rows of boxes, from row `band_start` on.
    sums: Vec<u32>,
    band_start: u32,
    band: u32,
    pixels: Vec<u8>,
}

impl Shrink {
    fn new(full: (u32, u32), factor: u32, channels: usize, band: u32) -> Self {
        let out = (full.0.div_ceil(factor), full.1.div_ceil(factor));
        let row = out.0 as usize * channels;
        Self {
            full,
            factor,
            channels,
            out,
            sums: vec![0; row * band as usize],
            band_start: 0,
            band,
            pixels: Vec::with_capacity(row * out.1 as usize),
        }
    }

    fn add_row(&mut self, place: Place, data: &[u8]) {
        let out_y = place.y / self.factor;
        if out_y < self.band_start || out_y >= self.band_start + self.band {
            return;
        }
        let row = self.out.0 as usize * self.channels;
        let start = (out_y - self.band_start) as usize * row;
        let sums = &mut self.sums[start..start + row];
        let add = |sum: &mut [u32], pixel: &[u8]| {
            for (sum, sample) in sum.iter_mut().zip(pixel) {
                *sum += u32::from(*sample);
            }
        };
        if place.step == 1 {
            // A whole row: each box takes the next `factor` pixels.
            let run = self.factor as usize * self.channels;
            for (sum, pixels) in sums.chunks_exact_mut(self.channels).zip(data.chunks(run)) {
                for pixel in pixels.chunks_exact(self.channels) {
                    add(sum, pixel);
                }
            }
        } else {
            for (i, pixel) in data.chunks_exact(self.channels).enumerate() {
                let x = place.x + i as u32 * place.step;
                let at = (x / self.factor) as usize * self.channels;
                if let Some(sum) = sums.get_mut(at..at + self.channels) {
                    add(sum, pixel);
                }
            }
        }
        // Rows in order: a row of boxes is done with the last row it covers.
        let last = (place.y + 1).is_multiple_of(self.factor) || place.y + 1 == self.full.1;
        if self.band == 1 && last {
            self.flush();
        }
    }

    /// Turns the band's sums into pixels, and starts the next band.
    fn flush(&mut self) {
        let row = self.out.0 as usize * self.channels;
        for (i, sums) in self.sums.chunks_exact(row).enumerate() {
            let out_y = self.band_start + i as u32;
            let tall = self.factor.min(self.full.1 - out_y * self.factor);
            for (out_x, pixel) in sums.chunks_exact(self.channels).enumerate() {
                let wide = self.factor.min(self.full.0 - out_x as u32 * self.factor);
                let count = wide * tall;
                self.pixels
                    .extend(pixel.iter().map(|sum| ((sum + count / 2) / count) as u8));
            }
        }
        self.sums.fill(0);
        self.band_start += self.band;
    }

    fn finish(mut self) -> Option<DynamicImage> {
        if self.band > 1 {
            self.flush();
        }
        let (width, height) = self.out;
        let pixels = self.pixels;
        match self.channels {
            1 => GrayImage::from_raw(width, height, pixels).map(DynamicImage::ImageLuma8),
            2 => GrayAlphaImage::from_raw(width, height, pixels).map(DynamicImage::ImageLumaA8),
            3 => RgbImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgb8),
            _ => RgbaImage::from_raw(width, height, pixels).map(DynamicImage::ImageRgba8),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pixel's place, as the passes visit them.
    fn visited(size: (u32, u32), interlaced: bool) -> Vec<(u32, u32)> {
        let mut places = Places::new(size, interlaced);
        let mut seen = Vec::new();
        while let Some(place) = places.next() {
            let mut x = place.x;
            while x < size.0 {
                seen.push((x, place.y));
                x += place.step;
            }
        }
        seen.sort_unstable();
        seen
    }

    #[test]
    fn the_passes_visit_every_pixel_once() {
        for size in [(1, 1), (3, 2), (8, 8), (13, 7), (2, 9)] {
            let all: Vec<(u32, u32)> = (0..size.0)
                .flat_map(|x| (0..size.1).map(move |y| (x, y)))
                .collect();
            assert_eq!(visited(size, true), all, "{size:?}");
            assert_eq!(visited(size, false), all, "{size:?}");
        }
    }

    #[test]
    fn boxes_at_the_edges_average_only_the_pixels_they_hold() {
        // 5 × 3 grey, shrunk by 2: the last column and row are half boxes.
        let mut shrink = Shrink::new((5, 3), 2, 1, 1);
        for y in 0..3 {
            let row: Vec<u8> = (0..5).map(|x| (10 * x + 100 * y) as u8).collect();
            shrink.add_row(
                Place {
                    y,
                    x: 0,
                    step: 1,
                    pass: None,
                },
                &row,
            );
        }
        let image = shrink.finish().expect("an image").to_luma8();
        assert_eq!((image.width(), image.height()), (3, 2));
        assert_eq!(image.into_raw(), [55, 75, 90, 205, 225, 240]);
    }
}
