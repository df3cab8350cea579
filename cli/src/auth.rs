//! `auth login|status|logout`: profiles in the config file. The key is read from stdin or a
//! hidden prompt, never from the command line (where the process list would show it).

use std::io::{IsTerminal, Read};

use serde_json::{Value, json};

use crate::config::Profile;
use crate::context::{Context, Credentials, KeySource};
use crate::error::{CliError, CliResult};

/// `auth login`: reads a key, checks it against `/api/v1/me`, stores it in the profile.
pub async fn login(ctx: &Context) -> CliResult {
    let name = ctx.profile_name().to_owned();
    let key = read_key()?;
    let (base_url, instance) = ctx.server(None, None);
    let credentials = Credentials {
        key: Some(key.clone()),
        source: KeySource::Profile(name.clone()),
        base_url: base_url.clone(),
        instance: instance.clone(),
    };
    let client = ctx.client_for(&credentials, true)?;
    let me = client.call("getMe", json!({})).await?.body;
    let (path, mut config) = ctx.config()?;
    config.profiles.insert(
        name.clone(),
        Profile {
            api_key: key,
            base_url,
            instance,
            key_id: me["auth"]["keyId"].as_str().map(str::to_owned),
        },
    );
    config.save(&path)?;
    ctx.out.note(format!(
        "Stored the key of profile {name:?} in {} (readable only by you)",
        path.display()
    ));
    ctx.out
        .value(&status(&name, "profile", client.base_url(), &me, &path))
}

/// `auth status`: what the commands would use, checked live against `/api/v1/me`.
pub async fn show(ctx: &Context) -> CliResult {
    let credentials = ctx.credentials()?;
    let client = ctx.client_for(&credentials, true)?;
    let me = client.call("getMe", json!({})).await?.body;
    let (profile, source) = match &credentials.source {
        KeySource::Profile(name) => (name.as_str(), "profile"),
        _ => ("", "environment"),
    };
    let path = crate::config::path()?;
    ctx.out
        .value(&status(profile, source, client.base_url(), &me, &path))
}

/// `auth logout`: removes the profile.
pub fn logout(ctx: &Context) -> CliResult {
    let name = ctx.profile_name().to_owned();
    let (path, mut config) = ctx.config()?;
    if !config.profiles.contains_key(&name) {
        return Err(CliError::Usage(format!(
            "no profile {name:?} in {}",
            path.display()
        )));
    }
    config.profiles.remove(&name);
    config.save(&path)?;
    ctx.out
        .note(format!("Removed profile {name:?} from {}", path.display()));
    Ok(())
}

fn status(
    profile: &str,
    source: &str,
    base_url: &str,
    me: &Value,
    path: &std::path::Path,
) -> Value {
    json!({
        "profile": (!profile.is_empty()).then_some(profile),
        "source": source,
        "baseUrl": base_url,
        "keyId": me["auth"]["keyId"],
        "scopes": me["auth"]["scopes"],
        "user": me["user"]["email"],
        "config": path.display().to_string(),
    })
}

/// The key from a hidden prompt on a terminal, else the first line of stdin.
fn read_key() -> CliResult<String> {
    let key = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Paste the API key (input hidden): ")
            .map_err(|e| CliError::Other(format!("cannot read the key: {e}")))?
    } else {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    };
    let key = key.trim().to_owned();
    if key.is_empty() {
        return Err(CliError::Usage(
            "no API key given: pipe it on stdin or type it at the prompt".into(),
        ));
    }
    Ok(key)
}
