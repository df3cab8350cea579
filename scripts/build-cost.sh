#!/usr/bin/env bash
# What the SDK costs a user at build time: a minimal consumer of talent-ray (by path) against a
# minimal crate with the same reqwest/serde/tokio features and no SDK, each built clean in debug
# with its own target dir, one after the other on the same machine; prints both times and the
# ratio. `--timings` also writes cargo's timing reports (where the time goes) and prints where.
#
#   scripts/build-cost.sh [--timings] [--jobs N]
set -euo pipefail
shopt -s inherit_errexit
root="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
timings=""
jobs=()
while [ $# -gt 0 ]; do
    case "$1" in
        --timings) timings="--timings" ;;
        --jobs) jobs=(--jobs "$2"); shift ;;
        *) echo "usage: $0 [--timings] [--jobs N]" >&2; exit 2 ;;
    esac
    shift
done

work="$(mktemp -d "${TMPDIR:-/tmp}/talent-ray-build-cost.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The SDK's own reqwest/tokio/serde requirements, read from the workspace manifest.
dep() { grep -E "^$1 = " "$root/Cargo.toml" | head -1; }
common_deps="$(dep reqwest)
$(dep serde)
$(dep serde_json)
$(dep tokio)"

mkdir -p "$work/consumer/src" "$work/baseline/src"
cat >"$work/consumer/Cargo.toml" <<TOML
[package]
name = "consumer"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
talent-ray = { path = "$root" }
$common_deps
TOML
cat >"$work/consumer/src/main.rs" <<'RS'
#[tokio::main]
async fn main() -> talent_ray::Result<()> {
    let client = talent_ray::Client::from_env()?;
    let me = client.get_me().send().await?;
    println!("{:?}", me.auth.scopes);
    Ok(())
}
RS
cat >"$work/baseline/Cargo.toml" <<TOML
[package]
name = "baseline"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$common_deps
TOML
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
# The same dependency versions as the workspace.
cp "$root/Cargo.lock" "$work/consumer/Cargo.lock"
cp "$root/Cargo.lock" "$work/baseline/Cargo.lock"

measure() {
    local name="$1"
    (cd "$work/$name" && cargo fetch -q)
    local start end
    start=$(date +%s.%N)
    (cd "$work/$name" && CARGO_TARGET_DIR="$work/$name/target" cargo build -q ${jobs[@]+"${jobs[@]}"} $timings)
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}

echo "building a minimal consumer of talent-ray and a reqwest+serde baseline, clean, in debug..."
baseline=$(measure baseline)
consumer=$(measure consumer)
printf 'baseline (reqwest+serde+tokio): %6.1f s\n' "$baseline"
printf 'consumer (talent-ray):          %6.1f s\n' "$consumer"
awk -v c="$consumer" -v b="$baseline" 'BEGIN { printf "ratio: %.2fx (target <= 1.30x)\n", c / b }'
if [ -n "$timings" ]; then
    keep="$root/target/build-cost"
    mkdir -p "$keep"
    cp "$work"/consumer/target/cargo-timings/cargo-timing-*.html "$keep/consumer.html"
    cp "$work"/baseline/target/cargo-timings/cargo-timing-*.html "$keep/baseline.html"
    echo "timing reports: $keep/consumer.html, $keep/baseline.html"
fi
