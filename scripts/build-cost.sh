#!/usr/bin/env bash
# What the SDK costs a user at build time, against the crate a user would write without it:
# reqwest with its default features, serde, serde_json and tokio. Builds, one after the other on
# the same machine, each clean in its own target dir, in debug and in release:
#
#   baseline   reqwest (default features + json), serde, serde_json, tokio; one GET by hand
#   default    talent-ray with its default features (code generator at build time, rustls)
#   shipped    talent-ray without the code generator (`default-features = false, features =
#              ["rustls"]`: the generated sources shipped in the package)
#
# and prints every time and the ratios to the baseline of the same profile. `--timings` also
# keeps cargo's timing reports (where the time goes) under target/build-cost/.
#
#   scripts/build-cost.sh [--timings] [--jobs N] [--debug-only]
set -euo pipefail
shopt -s inherit_errexit
root="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
timings=""
jobs=()
profiles=(debug release)
while [ $# -gt 0 ]; do
    case "$1" in
        --timings) timings="--timings" ;;
        --jobs) jobs=(--jobs "$2"); shift ;;
        --debug-only) profiles=(debug) ;;
        *) echo "usage: $0 [--timings] [--jobs N] [--debug-only]" >&2; exit 2 ;;
    esac
    shift
done

work="$(mktemp -d "${TMPDIR:-/tmp}/talent-ray-build-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT

tokio='tokio = { version = "1", features = ["macros", "rt-multi-thread"] }'
package() {
    local name="$1" deps="$2"
    mkdir -p "$work/$name/src"
    cat >"$work/$name/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$deps
$tokio

[workspace]
TOML
    # The same dependency versions as the workspace.
    cp "$root/Cargo.lock" "$work/$name/Cargo.lock"
}

consumer_main='#[tokio::main]
async fn main() -> talent_ray::Result<()> {
    let client = talent_ray::Client::from_env()?;
    let me = client.get_me().send().await?;
    println!("{:?}", me.auth.scopes);
    Ok(())
}'
package default "talent-ray = { path = \"$root\" }"
echo "$consumer_main" >"$work/default/src/main.rs"
package shipped "talent-ray = { path = \"$root\", default-features = false, features = [\"rustls\"] }"
echo "$consumer_main" >"$work/shipped/src/main.rs"
package baseline 'reqwest = { version = "0.13", features = ["json"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"'
cat >"$work/baseline/src/main.rs" <<'RS'
#[derive(serde::Deserialize, Debug)]
struct Me {
    auth: serde_json::Value,
}

#[tokio::main]
async fn main() -> reqwest::Result<()> {
    let me: Me = reqwest::Client::new()
        .get("http://127.0.0.1:4010/api/v1/me")
        .send()
        .await?
        .json()
        .await?;
    println!("{:?}", me.auth);
    Ok(())
}
RS

measure() {
    local name="$1" profile="$2" flags=()
    [ "$profile" = release ] && flags=(--release)
    local target="$work/$name/target-$profile"
    (cd "$work/$name" && cargo fetch -q)
    local start end
    start=$(date +%s.%N)
    (cd "$work/$name" && CARGO_TARGET_DIR="$target" cargo build -q ${flags[@]+"${flags[@]}"} \
        ${jobs[@]+"${jobs[@]}"} $timings)
    end=$(date +%s.%N)
    if [ -n "$timings" ]; then
        mkdir -p "$root/target/build-cost"
        cp "$target"/cargo-timings/cargo-timing-*.html "$root/target/build-cost/$name-$profile.html"
    fi
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

echo "clean builds, one after the other, on $(nproc) cores: ${profiles[*]}"
for profile in "${profiles[@]}"; do
    base=$(measure baseline "$profile")
    printf '%-7s baseline (reqwest defaults+serde+tokio): %6.1f s\n' "$profile" "$base"
    for name in shipped default; do
        t=$(measure "$name" "$profile")
        printf '%-7s %-31s %6.1f s  ratio %.2fx\n' "$profile" "talent-ray ($name):" "$t" \
            "$(awk -v c="$t" -v b="$base" 'BEGIN { print c / b }')"
    done
done
echo "target: shipped <= 1.30x; default as close as it gets"
if [ -n "$timings" ]; then
    echo "timing reports: $root/target/build-cost/{baseline,shipped,default}-{debug,release}.html"
fi
