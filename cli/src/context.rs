//! What every command shares: the global flags, the output settings, the credentials and the
//! client built from them.
//!
//! Credentials are resolved in this order: `--profile NAME` (or `TALENT_RAY_PROFILE`), then
//! `TALENT_RAY_API_KEY`, then the `default` profile. The server: `--base-url` or `--instance`
//! when given; otherwise the server named by the key's own source (the environment's
//! `TALENT_RAY_BASE_URL`/`TALENT_RAY_INSTANCE` for `TALENT_RAY_API_KEY`, the profile's for a
//! stored key), then the shared platform.
//!
//! **One rule for where a key goes:** a key is never sent to a server that only another source
//! names. When the environment and the stored profile name different servers and no flag
//! settles it, the command is refused before anything is sent, naming both and the way out.

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
    /// `--dry-run` (on the commands that send requests).
    pub dry_run: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The server `TALENT_RAY_BASE_URL` or `TALENT_RAY_INSTANCE` names.
fn env_server() -> Option<(Option<String>, Option<String>)> {
    if let Some(url) = env(ENV_BASE_URL) {
        Some((Some(url), None))
    } else {
        env(ENV_INSTANCE).map(|i| (None, Some(i)))
    }
}

fn env_name(server: &(Option<String>, Option<String>)) -> &'static str {
    if server.0.is_some() {
        ENV_BASE_URL
    } else {
        ENV_INSTANCE
    }
}

fn has_server(server: &(Option<String>, Option<String>)) -> bool {
    server.0.is_some() || server.1.is_some()
}

fn same_server(a: &(Option<String>, Option<String>), b: &(Option<String>, Option<String>)) -> bool {
    let url = |s: &(Option<String>, Option<String>)| match s {
        (Some(url), _) => url.trim_end_matches('/').to_ascii_lowercase(),
        (None, Some(instance)) => format!("https://{instance}.talent-ray.com"),
        (None, None) => String::new(),
    };
    url(a) == url(b)
}

fn describe(server: &(Option<String>, Option<String>)) -> String {
    match server {
        (Some(url), _) => url.clone(),
        (None, Some(instance)) => format!("the instance {instance:?}"),
        (None, None) => "the shared platform".to_owned(),
    }
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

    /// Resolves the key and server (see the module docs for the order and the rule).
    pub fn credentials(&self) -> CliResult<Credentials> {
        let (path, config) = self.config()?;
        let flag_server = self.flag_server();
        let env_server = env_server();
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
        let (base_url, instance) = match (&flag_server, &source) {
            (Some(server), _) => server.clone(),
            (None, KeySource::Profile(name)) => {
                let profile = profile.expect("a profile key has its profile");
                let own = (profile.base_url.clone(), profile.instance.clone());
                match &env_server {
                    Some(env) if has_server(&own) && !same_server(env, &own) => {
                        return Err(CliError::Usage(format!(
                            "the profile {name:?} is for {} but {} names {}; the key is not sent \
                             to a server its profile does not name. Pass --base-url (or \
                             --instance) to choose, or unset {}",
                            describe(&own),
                            env_name(env),
                            describe(env),
                            env_name(env),
                        )));
                    }
                    Some(env) if !has_server(&own) => env.clone(),
                    _ => own,
                }
            }
            (None, KeySource::Environment) => {
                let stored = config
                    .profiles
                    .get(DEFAULT_PROFILE)
                    .map(|p| (p.base_url.clone(), p.instance.clone()));
                match (&env_server, stored) {
                    (Some(env), _) => env.clone(),
                    (None, Some(stored)) if has_server(&stored) => {
                        return Err(CliError::Usage(format!(
                            "{ENV_API_KEY} is set but names no server, while the stored profile \
                             {DEFAULT_PROFILE:?} is for {}; the key is not sent to a server no one \
                             named. Pass --base-url (or set {ENV_BASE_URL}) for the key in the \
                             environment, or unset {ENV_API_KEY} to use the profile",
                            describe(&stored)
                        )));
                    }
                    _ => (None, None),
                }
            }
            (None, KeySource::Missing) => env_server.clone().unwrap_or((None, None)),
        };
        Ok(Credentials {
            key,
            source,
            base_url,
            instance,
        })
    }

    /// The server `--base-url` or `--instance` names.
    fn flag_server(&self) -> Option<(Option<String>, Option<String>)> {
        let g = &self.global;
        if let Some(url) = &g.base_url {
            Some((Some(url.clone()), None))
        } else {
            g.instance.as_ref().map(|i| (None, Some(i.clone())))
        }
    }

    /// The server from the flags, then the environment, then the given profile values (for
    /// `auth login`, which stores the server it checked the key against).
    pub fn server(
        &self,
        profile_base_url: Option<String>,
        profile_instance: Option<String>,
    ) -> (Option<String>, Option<String>) {
        if let Some(server) = self.flag_server().or_else(env_server) {
            return server;
        }
        if profile_base_url.is_some() {
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
