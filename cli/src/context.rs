//! What every command shares: the global flags, the output settings, the credentials and the
//! client built from them.
//!
//! Credentials are resolved in this order: `--profile NAME` (or `TALENT_RAY_PROFILE`), then
//! `TALENT_RAY_API_KEY`, then the `default` profile. The server: `--base-url`, `--instance`,
//! `TALENT_RAY_BASE_URL`, `TALENT_RAY_INSTANCE`, the profile's, then the shared platform.

use std::path::PathBuf;

use talent_ray::{Client, ENV_API_KEY, ENV_BASE_URL, ENV_INSTANCE};

use crate::args::Global;
use crate::config::{self, Config, DEFAULT_PROFILE};
use crate::error::{CliError, CliResult};
use crate::output::Output;

/// Where the API key came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// `TALENT_RAY_API_KEY`.
    Environment,
    /// A stored profile.
    Profile(String),
    /// None configured.
    Missing,
}

/// The resolved credential and server. `Debug` is not derived: it would show the key.
pub struct Credentials {
    /// The key, if any.
    pub key: Option<String>,
    /// Where it came from.
    pub source: KeySource,
    /// A base URL, if one was set anywhere.
    pub base_url: Option<String>,
    /// An instance, if one was set anywhere (and no base URL).
    pub instance: Option<String>,
}

/// Global flags and output settings.
pub struct Context {
    /// The global flags.
    pub global: Global,
    /// How to print.
    pub out: Output,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Context {
    /// The config file's path and content.
    pub fn config(&self) -> CliResult<(PathBuf, Config)> {
        let path = config::path()?;
        let config = Config::load(&path)?;
        Ok((path, config))
    }

    /// The profile a command that stores or removes one works on.
    pub fn profile_name(&self) -> &str {
        self.global.profile.as_deref().unwrap_or(DEFAULT_PROFILE)
    }

    /// Resolves the key and server (see the module docs for the order).
    pub fn credentials(&self) -> CliResult<Credentials> {
        let (path, config) = self.config()?;
        let (key, source, profile) = if let Some(name) = &self.global.profile {
            let profile = config.profiles.get(name).ok_or_else(|| {
                CliError::Usage(format!(
                    "no profile {name:?} in {}; run `talent-ray auth login --profile {name}`",
                    path.display()
                ))
            })?;
            (
                Some(profile.api_key.clone()),
                KeySource::Profile(name.clone()),
                Some(profile),
            )
        } else if let Some(key) = env(ENV_API_KEY) {
            (Some(key), KeySource::Environment, None)
        } else if let Some(profile) = config.profiles.get(DEFAULT_PROFILE) {
            (
                Some(profile.api_key.clone()),
                KeySource::Profile(DEFAULT_PROFILE.to_owned()),
                Some(profile),
            )
        } else {
            (None, KeySource::Missing, None)
        };
        let (base_url, instance) = self.server(
            profile.and_then(|p| p.base_url.clone()),
            profile.and_then(|p| p.instance.clone()),
        );
        Ok(Credentials {
            key,
            source,
            base_url,
            instance,
        })
    }

    /// The server from the flags, then the environment, then the given profile values.
    pub fn server(
        &self,
        profile_base_url: Option<String>,
        profile_instance: Option<String>,
    ) -> (Option<String>, Option<String>) {
        let g = &self.global;
        if let Some(url) = &g.base_url {
            (Some(url.clone()), None)
        } else if let Some(instance) = &g.instance {
            (None, Some(instance.clone()))
        } else if let Some(url) = env(ENV_BASE_URL) {
            (Some(url), None)
        } else if let Some(instance) = env(ENV_INSTANCE) {
            (None, Some(instance))
        } else if profile_base_url.is_some() {
            (profile_base_url, None)
        } else {
            (None, profile_instance)
        }
    }

    /// A client for `credentials`; `needs_key` refuses to go on without a key.
    pub fn client_for(&self, credentials: &Credentials, needs_key: bool) -> CliResult<Client> {
        if needs_key && credentials.key.is_none() {
            return Err(CliError::NoKey);
        }
        let mut builder = Client::builder().rate_limit_from_env();
        if let Some(key) = &credentials.key {
            builder = builder.api_key(key.clone());
        }
        if let Some(url) = &credentials.base_url {
            builder = builder.base_url(url.clone());
        } else if let Some(instance) = &credentials.instance {
            builder = builder.instance(instance.clone());
        }
        Ok(builder.build()?)
    }

    /// A client from the resolved credentials.
    pub fn client(&self, needs_key: bool) -> CliResult<Client> {
        let credentials = self.credentials()?;
        self.client_for(&credentials, needs_key)
    }
}
