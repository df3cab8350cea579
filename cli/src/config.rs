//! Profiles: API keys stored in a config file readable only by its owner (mode 0600).
//!
//! The file is `TALENT_RAY_CONFIG` when set, otherwise `talent-ray/config.toml` in the user's
//! configuration directory (`$XDG_CONFIG_HOME` or `~/.config` on Linux).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CliError, CliResult};

/// Environment variable naming the config file.
pub const ENV_CONFIG: &str = "TALENT_RAY_CONFIG";
/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// One stored credential and where it is used. `Debug` is deliberately not derived: it would
/// show the key.
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct Profile {
    /// The API key.
    pub api_key: String,
    /// A base URL (wins over `instance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// An instance name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The key's id, as `/me` reported it at login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
}

/// The config file's content.
#[derive(Default, Serialize, Deserialize)]
pub struct Config {
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Where the config file is.
pub fn path() -> CliResult<PathBuf> {
    if let Some(path) = std::env::var_os(ENV_CONFIG).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    dirs::config_dir()
        .map(|dir| dir.join("talent-ray").join("config.toml"))
        .ok_or_else(|| {
            CliError::Other(format!(
                "cannot find a configuration directory; set {ENV_CONFIG} to a file path"
            ))
        })
}

impl Config {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> CliResult<Config> {
        match fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).map_err(|e| {
                CliError::Other(format!("cannot read {}: {}", path.display(), e.message()))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(CliError::Other(format!(
                "cannot read {}: {e}",
                path.display()
            ))),
        }
    }

    /// Writes the file atomically with mode 0600 (its directory 0700 when created).
    pub fn save(&self, path: &Path) -> CliResult {
        let text = toml::to_string(self)
            .map_err(|e| CliError::Other(format!("cannot encode the config: {e}")))?;
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        create_private_dir(dir)?;
        let tmp = dir.join(format!(
            ".{}.tmp{}",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let written = (|| {
            let mut file = private_file(&tmp)?;
            file.write_all(text.as_bytes())?;
            file.sync_all()?;
            fs::rename(&tmp, path)
        })();
        written.map_err(|e| {
            let _ = fs::remove_file(&tmp);
            CliError::Other(format!("cannot write {}: {e}", path.display()))
        })
    }
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

fn create_private_dir(dir: &Path) -> CliResult {
    if dir.exists() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| CliError::Other(format!("cannot create {}: {e}", dir.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_privately_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("config.toml");
        let mut config = Config::default();
        config.profiles.insert(
            "work".into(),
            Profile {
                api_key: "tr_secret".into(),
                base_url: Some("http://127.0.0.1:4010".into()),
                ..Profile::default()
            },
        );
        config.save(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let back = Config::load(&path).unwrap();
        assert_eq!(back.profiles["work"].api_key, "tr_secret");
        assert!(
            Config::load(&dir.path().join("absent"))
                .unwrap()
                .profiles
                .is_empty()
        );
    }
}
