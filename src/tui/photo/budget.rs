//! What a photo may cost before it is read: a regular file of a photo's size,
//! and an image whose header promises no more than a photo needs. Every
//! decode counts its buffers against the same [`Limits`].

use std::fs::File;
use std::io;
use std::path::Path;

use image::Limits;

/// A photo file larger than this is refused unread: a phone photo is a few
/// megabytes, a 100-megapixel one about 30.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// The longest side an image may have, from its header.
pub const MAX_PIXEL_SIDE: u32 = 16_384;

/// What one decode may hold at once. A JPEG decoded at a reduced scale needs
/// a fraction of it; a PNG, which has no smaller scale, needs all its pixels.
pub const MAX_ALLOC: u64 = 64 << 20;

/// The limits every photo is decoded under.
#[must_use]
pub fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PIXEL_SIDE);
    limits.max_image_height = Some(MAX_PIXEL_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Takes `bytes` from `limits` for an image of `size`, as its header says,
/// or says why it is too large to show.
pub fn admit(limits: &mut Limits, path: &Path, size: (u32, u32), bytes: u64) -> Result<(), String> {
    limits
        .check_dimensions(size.0, size.1)
        .and_then(|()| limits.reserve(bytes))
        .map_err(|_| {
            crate::tr!(
                "session-photo-too-many-pixels",
                path = path.display().to_string(),
                width = size.0.to_string(),
                height = size.1.to_string()
            )
        })
}

/// Opens a photo if it is a regular file of a photo's size. Opening never
/// waits (a FIFO would, for a writer), and the checks are made on the file
/// opened, so it cannot be swapped in between.
pub fn open(path: &Path) -> Result<File, String> {
    let file = open_without_waiting(path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let meta = file
        .metadata()
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    if !meta.is_file() {
        return Err(crate::tr!(
            "session-photo-not-a-file",
            path = path.display().to_string()
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(crate::tr!(
            "session-photo-too-large",
            path = path.display().to_string(),
            megabytes = (meta.len() >> 20).to_string()
        ));
    }
    Ok(file)
}

#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC;
    Ok(File::from(rustix::fs::open(path, flags, Mode::empty())?))
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}
