//! Puts the typed client's generated sources into `OUT_DIR` for `src/` to `include!`.
//!
//! - With the `codegen` feature (default), runs the code generator (`codegen/`, progenitor) on the
//!   pinned spec `openapi/openapi.json` and writes every file it returns.
//! - Without it, copies the sources shipped in `generated/` (written by `cargo xtask regen`),
//!   after checking that they were generated from the pinned spec's exact SHA-256
//!   (`generated/openapi.sha256`); on a mismatch it stops and says what to do.
//!
//! Reads nothing outside the package and never the network; reruns only when its inputs change.

use std::path::{Path, PathBuf};

#[cfg(not(feature = "codegen"))]
#[path = "build/sha256.rs"]
mod sha256;

const SPEC: &str = "openapi/openapi.json";
/// The shipped generated sources and the digest of the spec they come from.
#[cfg(not(feature = "codegen"))]
const SHIPPED: &str = "generated";
#[cfg(not(feature = "codegen"))]
const SHIPPED_DIGEST: &str = "generated/openapi.sha256";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    let spec = std::fs::read(SPEC).unwrap_or_else(|e| fail(&format!("cannot read {SPEC}: {e}")));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    #[cfg(feature = "codegen")]
    generate(&spec, &out);
    #[cfg(not(feature = "codegen"))]
    copy_shipped(&spec, &out);
}

#[cfg(feature = "codegen")]
fn generate(spec: &[u8], out: &Path) {
    let generated =
        talent_ray_codegen::generate(spec).unwrap_or_else(|e| fail(&format!("{SPEC}: {e}")));
    for (name, source) in generated.files() {
        write(&out.join(name), source.as_bytes());
    }
}

#[cfg(not(feature = "codegen"))]
fn copy_shipped(spec: &[u8], out: &Path) {
    println!("cargo::rerun-if-changed={SHIPPED}");
    let shipped = std::fs::read_to_string(SHIPPED_DIGEST).unwrap_or_else(|e| {
        fail(&format!(
            "the `codegen` feature is off, but {SHIPPED_DIGEST} cannot be read ({e}): turn the \
             feature on, or run `cargo xtask regen --from {SPEC}` to ship the generated sources"
        ))
    });
    let (shipped, actual) = (shipped.trim(), sha256::hex(spec));
    if shipped != actual {
        fail(&format!(
            "the `codegen` feature is off, but the sources in {SHIPPED}/ were generated from a \
             spec with sha256 {shipped}, and {SPEC} has sha256 {actual}: turn the `codegen` \
             feature on, or run `cargo xtask regen --from {SPEC}`"
        ));
    }
    let entries = std::fs::read_dir(SHIPPED)
        .unwrap_or_else(|e| fail(&format!("cannot read {SHIPPED}/: {e}")));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| fail(&format!("cannot read {SHIPPED}/: {e}")))
            .path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            let source = std::fs::read(&path)
                .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())));
            write(&out.join(path.file_name().expect("a file")), &source);
        }
    }
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("writing {}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    std::process::exit(1)
}
