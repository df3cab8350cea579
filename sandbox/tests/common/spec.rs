//! The pinned spec as the sandbox's tests read it: the sandbox library's own reader (one `$ref`
//! resolver, one validator), shared here so every test validates against the same document.

use std::sync::Arc;

pub use talent_ray_sandbox::spec::{Operation, Spec, Wire};

/// The pinned spec the sandbox was built with.
pub fn spec() -> Arc<Spec> {
    Spec::embedded()
}
