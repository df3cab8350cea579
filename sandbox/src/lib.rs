//! Placeholder; the sandbox helper replaces this.
