//! A test that needs what this machine may lack (root to mount a tmpfs, a
//! D-Bus daemon, a browser) says so and is skipped. Where `CI` is set the
//! machine was set up to run it (`.ci/run` installs what it needs), so the
//! same gap fails the test there instead of passing it silently.

use std::io::Write;

/// Skips the calling test, saying `why`; fails it when `CI` is set.
pub fn skip_unless_ci(test: &str, why: &str) {
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {why}; CI must be able to run this test"
    );
    // Straight to stderr, past the harness's capture, so that the skip is seen.
    let _ = writeln!(std::io::stderr(), "{test}: skipped, {why}");
}
