//! Which tools to offer: the options narrow the catalog, then the key's scopes and its owner's
//! role decide what is left.

use std::collections::BTreeSet;

use talent_ray::Scope;

use crate::Options;
use crate::catalog::{self, KEY_MINTING_OPERATION, ToolEntry};

/// An option names a toolset or tool the spec does not have.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    /// `--toolsets` names an unknown group.
    #[error("unknown toolset {0:?}; known toolsets: {known}", known = catalog::toolsets().join(", "))]
    UnknownToolset(String),
    /// `--tools` or `--exclude-tools` names an unknown tool.
    #[error("unknown tool {0:?}; see `talent-ray-mcp --list-tools`")]
    UnknownTool(String),
}

/// The options, checked against the catalog.
#[derive(Clone, Debug)]
pub struct Selection {
    options: Options,
}

impl Selection {
    /// Checks that every toolset and tool the options name exists.
    pub fn new(options: Options) -> Result<Selection, SelectionError> {
        let toolsets = catalog::toolsets();
        if let Some(unknown) = options.toolsets.iter().find(|t| !toolsets.contains(t)) {
            return Err(SelectionError::UnknownToolset(unknown.clone()));
        }
        let named = options.tools.iter().chain(&options.exclude_tools);
        if let Some(unknown) = named.into_iter().find(|t| catalog::find(t).is_none()) {
            return Err(SelectionError::UnknownTool(unknown.clone()));
        }
        Ok(Selection { options })
    }

    /// The options.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Whether the options let this tool through (before scopes and role).
    pub fn allows(&self, entry: &ToolEntry) -> bool {
        let o = &self.options;
        let name = entry.name().to_owned();
        if o.read_only && !entry.read_only() {
            return false;
        }
        if entry.operation.operation_id == KEY_MINTING_OPERATION && !o.allow_key_minting {
            return false;
        }
        if !o.toolsets.is_empty() && !entry.toolsets.iter().any(|t| o.toolsets.contains(t)) {
            return false;
        }
        if !o.tools.is_empty() && !o.tools.contains(&name) {
            return false;
        }
        !o.exclude_tools.contains(&name)
    }
}

/// Whether a key with these scopes, owned by an admin or not, may call the tool.
pub fn permitted(entry: &ToolEntry, granted: &[Scope], admin: bool) -> bool {
    if entry.operation.public {
        return true;
    }
    if entry.admin_only && !admin {
        return false;
    }
    entry
        .operation
        .required_scopes
        .iter()
        .all(|s| granted.contains(s))
}

/// The names of the tools offered, given the options, the key's scopes and its owner's role.
pub fn visible(selection: &Selection, granted: &[Scope], admin: bool) -> BTreeSet<String> {
    catalog::all()
        .iter()
        .filter(|e| selection.allows(e) && permitted(e, granted, admin))
        .map(|e| e.name().to_owned())
        .collect()
}
