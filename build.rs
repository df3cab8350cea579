//! Generates the typed client from the pinned spec into `OUT_DIR` (see `codegen/`).
//! Reads only `openapi/openapi.json`; reruns only when it or the codegen sources change.

use std::path::PathBuf;

const SPEC: &str = "openapi/openapi.json";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=codegen/src");
    let spec = std::fs::read(SPEC).unwrap_or_else(|e| fail(&format!("cannot read {SPEC}: {e}")));
    let generated =
        talent_ray_codegen::generate(&spec).unwrap_or_else(|e| fail(&format!("{SPEC}: {e}")));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for (name, source) in [
        ("client.rs", &generated.client),
        ("operations.rs", &generated.operations),
        ("paging.rs", &generated.paging),
        ("dynamic.rs", &generated.dynamic),
    ] {
        std::fs::write(out.join(name), source)
            .unwrap_or_else(|e| fail(&format!("writing {name}: {e}")));
    }
}

fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    std::process::exit(1)
}
