#!/usr/bin/env bash
# The figures of SPEC.md "How fast", release build.
#
#   scripts/perf.sh           the pseudo-terminal harness (a Markdown table on
#                             stdout), then `cargo bench --bench store`
#   scripts/perf.sh --tui     the harness only (about a minute and a half)
#
# The harness (examples/tui_perf) runs target/release/letdown and the bare
# ratatui clock of examples/floor_clock.rs side by side in pseudo-terminals,
# on generated histories of 2,000, 20,000 and 100,000 sessions.
# PERF_QUICK=1 takes fewer runs; PERF_IDLE_SECS sets the idle window (20).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

cargo build --release --bin letdown --example floor_clock --example tui_perf
"$target/release/examples/tui_perf"
if [[ "${1:-}" != "--tui" ]]; then
    cargo bench --bench store
fi
