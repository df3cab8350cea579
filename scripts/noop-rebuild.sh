#!/usr/bin/env bash
# Checks that the code generator only runs when its inputs change: a second `cargo build` with
# nothing changed re-runs no build script and recompiles nothing, and an edit to a handwritten
# source file recompiles the crate without re-running codegen. Run from anywhere in the checkout;
# CI runs it before the tests.
set -euo pipefail
cd "$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"

build() { cargo build -p talent-ray --lib -v 2>&1; }

build >/dev/null
fail=0

# 1. Nothing changed: every unit is fresh and the build script does not run.
out=$(build)
if grep -E "Running .*/build/talent-ray-[0-9a-f]+/build-script-build" <<<"$out"; then
    echo "noop-rebuild: FAILED: a no-op build re-ran talent-ray's build script (codegen)"
    fail=1
fi
if grep -E "^ *(Compiling|Dirty) talent-ray " <<<"$out"; then
    echo "noop-rebuild: FAILED: a no-op build recompiled talent-ray"
    fail=1
fi

# 2. A handwritten file changed: talent-ray recompiles, codegen does not run again.
touch src/lib.rs
out=$(build)
if ! grep -qE "^ *Compiling talent-ray " <<<"$out"; then
    echo "noop-rebuild: FAILED: touching src/lib.rs did not recompile talent-ray (is the check blind?)"
    fail=1
fi
if grep -E "Running .*/build/talent-ray-[0-9a-f]+/build-script-build" <<<"$out"; then
    echo "noop-rebuild: FAILED: editing src/lib.rs re-ran the code generator"
    fail=1
fi

[ "$fail" = 0 ] && echo "noop-rebuild: ok (no-op build fresh; a src/ edit recompiles without re-running codegen)"
exit "$fail"
