#!/usr/bin/env bash
# Builds the Debian package with `cargo deb` and checks, unpacked in a
# temporary root with `dpkg -x`, that every file is where Debian expects it
# and that the binary in it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

deb=$(cargo deb --output "$target/debian/" 2>&1 | tail -n 1)
[[ -f "$deb" ]] || { echo "check-deb: no package built: $deb" >&2; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
expect=(
    usr/bin/letdown
    usr/share/man/man1/letdown.1.gz
    usr/share/man/man1/letdown-start.1.gz
    usr/share/bash-completion/completions/letdown
    usr/share/zsh/vendor-completions/_letdown
    usr/share/fish/vendor_completions.d/letdown.fish
    usr/share/doc/letdown/README.md
    usr/share/doc/letdown/copyright
)
for file in "${expect[@]}"; do
    [[ -f "$root/$file" ]] || { echo "check-deb: $file is not in the package" >&2; exit 1; }
done
[[ -x "$root/usr/bin/letdown" ]] || { echo "check-deb: usr/bin/letdown is not executable" >&2; exit 1; }
"$root/usr/bin/letdown" --version
# The man page reads as a page (gzipped, as Debian keeps them).
zcat "$root/usr/share/man/man1/letdown.1.gz" | grep -q '^\.TH letdown 1' \
    || { echo "check-deb: letdown.1.gz is not a man page" >&2; exit 1; }
dpkg-deb --info "$deb" | grep -E "Package|Version|Architecture|Installed-Size"
echo "check-deb: $(basename "$deb") holds every file where Debian expects it"
