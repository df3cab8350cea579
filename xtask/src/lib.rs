//! Maintenance tasks for the talent-ray workspace.
//!
//! [`fetch`] pins the vendor's OpenAPI 3.1 document as `openapi/openapi.json` with a lock file
//! `openapi/openapi.lock`; [`check`] verifies that the pinned spec still matches its lock;
//! [`diff`] classifies the changes between two specs; [`regen`] follows a spec update;
//! [`surface`] renders what a user's code can touch, for the snapshot tests.

pub mod diff;
pub mod regen;
pub mod surface;
pub mod workspace;

use std::error::Error as StdError;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Where the vendor publishes its spec; the default source of [`fetch`].
pub const DEFAULT_SPEC_URL: &str = "https://www.talent-ray.com/docs/api/openapi.json";
/// The pinned spec, relative to the repository root.
pub const SPEC_PATH: &str = "openapi/openapi.json";
/// The lock describing the pinned spec, relative to the repository root.
pub const LOCK_PATH: &str = "openapi/openapi.lock";
/// How long a download may take in all.
pub const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(60);

/// Contents of `openapi/openapi.lock`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// The URL or file path the spec was fetched from.
    pub source: String,
    /// Lower-case hex SHA-256 of the pinned spec's bytes.
    pub sha256: String,
    /// The spec's `info.version`.
    pub version: String,
    /// When the spec was pinned (RFC 3339, UTC).
    pub retrieved_at: String,
}

/// Where [`fetch`] gets a candidate spec from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An `http://` or `https://` URL.
    Url(String),
    /// A local file.
    File(PathBuf),
}

impl Source {
    /// Reads a `--from` argument: an http(s) URL or a file path.
    pub fn parse(arg: &str) -> Result<Self, FetchError> {
        let lower = arg.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Ok(Self::Url(arg.to_owned()))
        } else if let Some((scheme, _)) = arg.split_once("://") {
            Err(FetchError::UnsupportedScheme(scheme.to_owned()))
        } else {
            Ok(Self::File(PathBuf::from(arg)))
        }
    }

    fn describe(&self) -> String {
        match self {
            Self::Url(url) => url.clone(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

impl Default for Source {
    fn default() -> Self {
        Self::Url(DEFAULT_SPEC_URL.to_owned())
    }
}

/// Why a candidate spec was refused.
#[derive(Debug, thiserror::Error)]
pub enum ValidationError {
    /// Not parsable as JSON.
    #[error("candidate is not valid JSON: {0}")]
    NotJson(#[from] serde_json::Error),
    /// Valid JSON, but not an object.
    #[error("candidate is not a JSON object")]
    NotObject,
    /// A Swagger 2.0 document.
    #[error("candidate is a Swagger {0} document; only OpenAPI 3.1.x is accepted")]
    Swagger(String),
    /// No `openapi` version string.
    #[error("candidate has no `openapi` version string; only OpenAPI 3.1.x is accepted")]
    MissingOpenapiVersion,
    /// An OpenAPI 3.0 document.
    #[error(
        "candidate is OpenAPI {0}, a 3.0 document; only OpenAPI 3.1.x is accepted (the vendor publishes 3.1)"
    )]
    OpenApi30(String),
    /// Any other OpenAPI version.
    #[error("candidate is OpenAPI {0}; only OpenAPI 3.1.x is accepted")]
    UnsupportedVersion(String),
    /// No `info.version` string.
    #[error("candidate has no `info.version` string")]
    MissingInfoVersion,
    /// `paths` missing, not an object, or empty.
    #[error("candidate has no paths (`/paths` is missing or empty)")]
    NoPaths,
    /// The code generator refused the document.
    #[error("code generation rejects the candidate: {0}")]
    Codegen(String),
}

/// Why [`fetch`] failed; the pinned files are untouched whenever one is returned.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// `--from` named a URL scheme other than http(s).
    #[error("unsupported URL scheme `{0}`; use an http(s) URL or a file path")]
    UnsupportedScheme(String),
    /// The download failed.
    #[error("cannot download {url}: {reason}")]
    Download {
        /// The URL.
        url: String,
        /// What went wrong, one line.
        reason: String,
    },
    /// The source file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The candidate failed validation.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// Writing the pinned files failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
}

/// Why [`check`] failed.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The pinned spec is absent.
    #[error("pinned spec {} is missing; run `cargo xtask fetch`", path.display())]
    MissingSpec {
        /// The spec path.
        path: PathBuf,
    },
    /// The lock is absent.
    #[error("lock file {} is missing; run `cargo xtask fetch` to pin the spec", path.display())]
    MissingLock {
        /// The lock path.
        path: PathBuf,
    },
    /// A file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The lock is not a valid lock file.
    #[error("lock file {} is unparsable: {reason}", path.display())]
    UnparsableLock {
        /// The lock path.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The spec's digest differs from the lock's.
    #[error("{} does not match its lock: its sha256 is {actual}, the lock says {locked}", path.display())]
    ShaMismatch {
        /// The spec path.
        path: PathBuf,
        /// The lock's digest.
        locked: String,
        /// The spec's digest.
        actual: String,
    },
    /// The spec's `info.version` cannot be read.
    #[error("{} has no readable info.version: {reason}", path.display())]
    UnreadableVersion {
        /// The spec path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The spec's `info.version` differs from the lock's.
    #[error("{} does not match its lock: its info.version is {actual:?}, the lock says {locked:?}", path.display())]
    VersionMismatch {
        /// The spec path.
        path: PathBuf,
        /// The lock's version.
        locked: String,
        /// The spec's version.
        actual: String,
    },
}

/// What [`fetch`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// New files were written; holds the new lock.
    Pinned(Lock),
    /// The candidate is the pinned spec already; nothing was changed. Holds the existing lock.
    AlreadyPinned(Lock),
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Checks that `bytes` is an OpenAPI 3.1.x JSON document with paths that the code generator
/// accepts; returns its `info.version`.
pub fn validate(bytes: &[u8]) -> Result<String, ValidationError> {
    let doc: Value = serde_json::from_slice(bytes)?;
    let doc = doc.as_object().ok_or(ValidationError::NotObject)?;
    let Some(openapi) = doc.get("openapi").and_then(Value::as_str) else {
        return Err(match doc.get("swagger").and_then(Value::as_str) {
            Some(v) => ValidationError::Swagger(v.to_owned()),
            None => ValidationError::MissingOpenapiVersion,
        });
    };
    if openapi.starts_with("3.0") {
        return Err(ValidationError::OpenApi30(openapi.to_owned()));
    }
    let patch = openapi.strip_prefix("3.1.");
    if !patch.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(ValidationError::UnsupportedVersion(openapi.to_owned()));
    }
    let version = doc
        .get("info")
        .and_then(|info| info.get("version"))
        .and_then(Value::as_str)
        .ok_or(ValidationError::MissingInfoVersion)?
        .to_owned();
    if doc
        .get("paths")
        .and_then(Value::as_object)
        .is_none_or(|paths| paths.is_empty())
    {
        return Err(ValidationError::NoPaths);
    }
    talent_ray_codegen::generate(bytes).map_err(|e| ValidationError::Codegen(one_line(&e)))?;
    Ok(version)
}

/// Fetches a candidate spec from `source`, validates it and pins it under `root`.
///
/// Nothing is changed when the candidate is already pinned or when any step fails.
pub fn fetch(root: &Path, source: &Source) -> Result<FetchOutcome, FetchError> {
    pin(root, source, &read_source(source)?)
}

/// The bytes of a candidate spec: downloaded, or read from a file.
pub fn read_source(source: &Source) -> Result<Vec<u8>, FetchError> {
    match source {
        Source::Url(url) => download(url),
        Source::File(path) => fs::read(path).map_err(|source| FetchError::Read {
            path: path.clone(),
            source,
        }),
    }
}

/// Validates candidate `bytes` read from `source` and pins them under `root`, as [`fetch`] does.
pub fn pin(root: &Path, source: &Source, bytes: &[u8]) -> Result<FetchOutcome, FetchError> {
    let bytes = bytes.to_vec();
    let version = validate(&bytes)?;
    let sha256 = sha256_hex(&bytes);

    let spec_path = root.join(SPEC_PATH);
    let lock_path = root.join(LOCK_PATH);
    if let Some(lock) = read_lock(&lock_path).ok().flatten()
        && lock.sha256 == sha256
        && lock.version == version
        && fs::read(&spec_path).is_ok_and(|pinned| pinned == bytes)
    {
        return Ok(FetchOutcome::AlreadyPinned(lock));
    }

    let lock = Lock {
        source: source.describe(),
        sha256,
        version,
        retrieved_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let mut lock_bytes = serde_json::to_vec_pretty(&lock).expect("a lock serializes");
    lock_bytes.push(b'\n');
    write_atomically(&[(&spec_path, &bytes), (&lock_path, &lock_bytes)])?;
    Ok(FetchOutcome::Pinned(lock))
}

/// Verifies that the pinned spec under `root` matches its lock; returns the lock.
pub fn check(root: &Path) -> Result<Lock, CheckError> {
    let spec_path = root.join(SPEC_PATH);
    let lock_path = root.join(LOCK_PATH);
    let spec = fs::read(&spec_path).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => CheckError::MissingSpec {
            path: spec_path.clone(),
        },
        _ => CheckError::Read {
            path: spec_path.clone(),
            source,
        },
    })?;
    let lock = read_lock(&lock_path)?.ok_or_else(|| CheckError::MissingLock {
        path: lock_path.clone(),
    })?;
    let actual = sha256_hex(&spec);
    if actual != lock.sha256 {
        return Err(CheckError::ShaMismatch {
            path: spec_path,
            locked: lock.sha256,
            actual,
        });
    }
    let unreadable = |reason: String| CheckError::UnreadableVersion {
        path: spec_path.clone(),
        reason,
    };
    let doc: Value = serde_json::from_slice(&spec).map_err(|e| unreadable(e.to_string()))?;
    let actual = doc
        .get("info")
        .and_then(|info| info.get("version"))
        .and_then(Value::as_str)
        .ok_or_else(|| unreadable("no `info.version` string".to_owned()))?;
    if actual != lock.version {
        return Err(CheckError::VersionMismatch {
            path: spec_path,
            locked: lock.version,
            actual: actual.to_owned(),
        });
    }
    Ok(lock)
}

/// Reads and validates a lock file; `Ok(None)` when it does not exist.
fn read_lock(path: &Path) -> Result<Option<Lock>, CheckError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(CheckError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    let unparsable = |reason: String| CheckError::UnparsableLock {
        path: path.to_owned(),
        reason,
    };
    let lock: Lock = serde_json::from_slice(&bytes).map_err(|e| unparsable(e.to_string()))?;
    if lock.sha256.len() != 64
        || !lock
            .sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(unparsable(format!(
            "sha256 {:?} is not 64 lower-case hex digits",
            lock.sha256
        )));
    }
    Ok(Some(lock))
}

fn download(url: &str) -> Result<Vec<u8>, FetchError> {
    let fail = |reason: String| FetchError::Download {
        url: url.to_owned(),
        reason,
    };
    let client = reqwest::blocking::Client::builder()
        .timeout(DOWNLOAD_TIMEOUT)
        .user_agent(concat!("talent-ray-xtask/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| fail(one_line(&e)))?;
    let response = client.get(url).send().map_err(|e| fail(one_line(&e)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(fail(format!("HTTP {status}")));
    }
    let body = response.bytes().map_err(|e| fail(one_line(&e)))?;
    Ok(body.to_vec())
}

/// Writes every file to a temporary sibling and fsyncs it, then renames them into place in
/// order and fsyncs the directories. A failure before the renames leaves every target untouched.
fn write_atomically(files: &[(&Path, &[u8])]) -> Result<(), FetchError> {
    let mut staged = Vec::with_capacity(files.len());
    for &(path, bytes) in files {
        let dir = path.parent().expect("target files have a parent directory");
        let wrap = |source| FetchError::Write {
            path: path.to_owned(),
            source,
        };
        fs::create_dir_all(dir).map_err(|source| FetchError::Write {
            path: dir.to_owned(),
            source,
        })?;
        let name = path.file_name().expect("target files have a name");
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{}.", name.to_string_lossy()))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(wrap)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(fs::Permissions::from_mode(0o644))
                .map_err(wrap)?;
        }
        tmp.write_all(bytes).map_err(wrap)?;
        tmp.as_file().sync_all().map_err(wrap)?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(path).map_err(|e| FetchError::Write {
            path: path.to_owned(),
            source: e.error,
        })?;
        #[cfg(unix)]
        {
            let dir = path.parent().expect("target files have a parent directory");
            fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|source| FetchError::Write {
                    path: dir.to_owned(),
                    source,
                })?;
        }
    }
    Ok(())
}

/// The keys of an OpenAPI path item that hold operations (codegen's list).
pub use talent_ray_codegen::downgrade::METHODS;
/// Escapes one JSON pointer segment (codegen's escaper).
pub use talent_ray_codegen::pointer::key as pointer_escape;

/// An error and its sources on one line, joined by `: `.
fn one_line(error: &dyn StdError) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
