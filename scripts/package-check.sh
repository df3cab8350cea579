#!/usr/bin/env bash
# Every crate of the workspace is publishable: `cargo package --workspace` (each package built
# from its own tarball, unpublished path dependencies through cargo's local overlay), then the
# `talent-ray` tarball alone built once more without the code generator (the shipped sources),
# after cargo's own verification built it with default features. CI runs it.
set -euo pipefail
cd "$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"

# A target dir of its own, emptied first: the verification builds take our unpublished crates
# from a local registry under the same versions every run, and cargo never rebuilds a registry
# crate whose version it has built, so a reused dir would verify stale code.
export CARGO_TARGET_DIR="$PWD/target/package-check"
rm -rf "$CARGO_TARGET_DIR"
# Cargo also unpacks the overlay's crates into CARGO_HOME's registry sources (under a source
# without a host name, `registry/src/-HASH/`) and reuses an unpacked crate of the same name and
# version, so a second run on one machine would verify the first run's code: drop ours first.
packages=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(" ".join(p["name"] + "-" + p["version"] for p in json.load(sys.stdin)["packages"]))')
for source in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/; do
    [ -d "$source" ] || continue
    for package in $packages; do rm -rf "${source:?}$package"; done
done
cargo package --workspace --exclude xtask

version=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "talent-ray"))')
work="$(mktemp -d "${TMPDIR:-/tmp}/talent-ray-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tar -xzf "$CARGO_TARGET_DIR/package/talent-ray-$version.crate" -C "$work"
# The tarball alone: its own directory, no workspace around it.
target="$CARGO_TARGET_DIR/tarball"
# Its unpublished path dependencies (the sandbox for tests, the generator behind its feature)
# resolve to the packages just verified, as they will to the published ones.
patch() { printf 'patch.crates-io.%s.path="%s"' "$1" "$CARGO_TARGET_DIR/package/$1-$version"; }
(cd "$work/talent-ray-$version" &&
    CARGO_TARGET_DIR="$target" cargo build --no-default-features --features rustls \
        --config "$(patch talent-ray-sandbox)" --config "$(patch talent-ray-codegen)")
echo "package-check: ok (every package verified; talent-ray builds from its tarball without the code generator)"
