#!/usr/bin/env bash
# The figures of SPEC.md "How fast", release build.
#
#   scripts/perf.sh           the pseudo-terminal harness (a Markdown table on
#                             stdout), then `cargo bench --bench store`
#   scripts/perf.sh --tui     the harness only (about a minute and a half)
#   scripts/perf.sh --export  the export's peak memory only (CSV and JSON)
#
# The harness (examples/tui_perf) runs target/release/letdown and the bare
# ratatui clock of examples/floor_clock.rs side by side in pseudo-terminals,
# on generated histories of 2,000, 20,000 and 100,000 sessions.
# PERF_QUICK=1 takes fewer runs; PERF_IDLE_SECS sets the idle window (20).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

# Peak resident memory of `letdown export` (CSV, then JSON) over 20,000
# generated sessions, as a Markdown table; SPEC.md asks under 50 MB (it streams).
export_peaks() {
    local work
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' RETURN
    "$target/release/examples/gen_history" "$work/data" 20000 >/dev/null
    echo "| export of 20,000 sessions | peak resident memory | target |"
    echo "|---|---|---|"
    local format
    for format in csv json; do
        XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
            /usr/bin/time -f "%M" -o "$work/peak" \
            "$target/release/letdown" --data-dir "$work/data" \
            export --format "$format" -o "$work/out.$format" >/dev/null
        awk -v f="$format" '{ printf "| `letdown export --format %s` | %.1f MB | under 50 MB |\n", f, $1 / 1024 }' "$work/peak"
    done
}

cargo build --release --bin letdown --example floor_clock --example tui_perf --example gen_history
case "${1:-}" in
    --export) export_peaks ;;
    --tui) "$target/release/examples/tui_perf" ;;
    *)
        "$target/release/examples/tui_perf"
        export_peaks
        cargo bench --bench store
        ;;
esac
