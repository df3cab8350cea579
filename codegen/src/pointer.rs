//! JSON pointers (RFC 6901) for naming the place in the spec an error is about.

use std::fmt;

/// A JSON pointer built segment by segment while walking the document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pointer(String);

impl Pointer {
    /// The whole document (`""`).
    pub fn root() -> Self {
        Self::default()
    }

    /// This pointer extended by one (unescaped) segment.
    pub fn push(&self, segment: &str) -> Self {
        Self(format!("{}/{}", self.0, key(segment)))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("/")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// Escapes one pointer segment (`~` → `~0`, `/` → `~1`).
pub fn key(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
