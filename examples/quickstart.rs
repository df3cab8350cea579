//! The quickstart: what an integrator does on day one.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! Without `TALENT_RAY_API_KEY` it starts the embedded sandbox and runs every step against it.
//! With `TALENT_RAY_API_KEY` (and optionally `TALENT_RAY_BASE_URL` or `TALENT_RAY_INSTANCE`) it
//! runs the read-only steps against that instance.

use futures::{StreamExt, TryStreamExt};
use talent_ray::{Client, Error, Paginate, Scope, types};
use talent_ray_sandbox::Sandbox;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::var_os(talent_ray::ENV_API_KEY).is_some() {
        let client = Client::from_env()?;
        println!("Talent-Ray at {} (read-only steps)", client.base_url());
        check_me(&client).await?;
        stream_candidates(&client).await?;
        scopes_this_key_lacks(&client);
        return Ok(());
    }

    let sandbox = Sandbox::start().await;
    println!(
        "Embedded sandbox at {} (set {} to use a real instance)\n",
        sandbox.base_url(),
        talent_ray::ENV_API_KEY
    );
    let fixtures = sandbox.fixtures();
    let employer = sandbox_client(&sandbox, &sandbox.keys().employer)?;

    check_me(&employer).await?;
    let first = stream_candidates(&employer).await?;
    if let Some(candidate) = first {
        update_candidate(&employer, &candidate).await?;
    }
    create_and_delete_lead(&employer, &fixtures.employer_org_id).await?;
    scope_error_before_sending(&sandbox_client(&sandbox, &sandbox.keys().partial)?).await?;
    public_job(&employer, &fixtures.org_slug, &fixtures.public_role_id).await?;
    let admin = sandbox_client(&sandbox, &sandbox.keys().admin)?;
    mint_and_audit(&admin, &sandbox, &fixtures.employer_user_id).await?;
    Ok(())
}

fn sandbox_client(sandbox: &Sandbox, key: &str) -> talent_ray::Result<Client> {
    Client::builder()
        .base_url(sandbox.base_url())
        .api_key(key)
        .build()
}

async fn check_me(client: &Client) -> talent_ray::Result<()> {
    let me = client.get_me().send().await?.into_inner();
    let scopes = client.refresh_scopes().await?;
    println!(
        "1. /me: {} ({}) via key {}",
        me.user.email,
        me.user.role,
        me.auth.key_id.as_deref().unwrap_or("-")
    );
    println!(
        "   scopes: {}",
        scopes
            .iter()
            .map(Scope::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

async fn stream_candidates(client: &Client) -> talent_ray::Result<Option<types::Candidate>> {
    let mut first = None;
    let mut count = 0;
    let mut candidates = client.list_candidates().paginate().items();
    while let Some(candidate) = candidates.try_next().await? {
        count += 1;
        first.get_or_insert(candidate);
    }
    println!("2. streamed {count} candidates (pageSize 100, one request per page)");
    Ok(first)
}

async fn update_candidate(client: &Client, candidate: &types::Candidate) -> talent_ray::Result<()> {
    // Plain values; `clear_…` sends `null`, fields not set are left out.
    let updated = client
        .update_candidate()
        .id(&candidate.id)
        .status("Interviewing")
        .clear_phone()
        .send()
        .await?;
    println!(
        "   updated {}: status {:?} -> {:?}, phone cleared",
        updated.full_name, candidate.status, updated.status
    );
    Ok(())
}

async fn create_and_delete_lead(client: &Client, org_id: &str) -> talent_ray::Result<()> {
    // A bad value fails before anything is sent, naming the field and the rule.
    if let Err(Error::InvalidRequest(why)) = client
        .create_potential_candidate()
        .organization_id(org_id)
        .full_name("Grace Hopper")
        .email("grace at example.com")
        .send()
        .await
    {
        println!("3. refused before sending: {why}");
    }
    let created = client
        .create_potential_candidate()
        .organization_id(org_id)
        .full_name("Grace Hopper")
        .email("grace@example.com")
        .skills(["COBOL", "compilers"])
        .send()
        .await?;
    println!(
        "   created lead {} ({}, status {})",
        created.id, created.full_name, created.status
    );
    client
        .delete_potential_candidate()
        .id(&created.id)
        .send()
        .await?;
    println!("   deleted it again");
    Ok(())
}

async fn scope_error_before_sending(client: &Client) -> talent_ray::Result<()> {
    client.refresh_scopes().await?;
    match client.list_tests().send().await {
        Err(Error::InsufficientScope {
            operation,
            required,
            local: true,
            ..
        }) => {
            let required: Vec<_> = required.iter().map(Scope::as_str).collect();
            println!("4. {operation} needs {required:?}: refused locally, nothing sent");
            Ok(())
        }
        Err(other) => Err(other),
        Ok(_) => Err(Error::Config("expected a scope error".into())),
    }
}

/// Read-only: which operations the client would refuse locally with the key's scopes.
fn scopes_this_key_lacks(client: &Client) {
    let granted = client.granted_scopes().unwrap_or_default();
    let refused: Vec<_> = talent_ray::OPERATIONS
        .iter()
        .filter(|op| !op.required_scopes.iter().all(|s| granted.contains(s)))
        .map(|op| op.operation_id)
        .collect();
    println!(
        "3. {} of {} operations need a scope this key lacks {refused:?}",
        refused.len(),
        talent_ray::OPERATIONS.len()
    );
}

async fn public_job(client: &Client, org_slug: &str, role_id: &str) -> talent_ray::Result<()> {
    let job = client
        .get_public_job()
        .org_slug(org_slug)
        .role_id(role_id)
        .send()
        .await?
        .into_inner();
    let work = job
        .role
        .work_type
        .map(|w| w.to_string())
        .unwrap_or_else(|| "unspecified".into());
    println!(
        "5. public job at {}: {} ({work}), no credential sent",
        job.org.name, job.role.name
    );
    let application = client
        .apply_to_public_job()
        .org_slug(org_slug)
        .role_id(role_id)
        .locale("en")
        .send()
        .await?;
    println!("   applied: signup link {}", application.invite_url);
    Ok(())
}

async fn mint_and_audit(
    admin: &Client,
    sandbox: &Sandbox,
    user_id: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let created = admin
        .create_api_key()
        .name("Quickstart HRIS sync")
        .user_id(user_id)
        .expires_in_days(30)
        .send()
        .await?
        .into_inner()
        .data;
    println!(
        "6. minted key {} ({}…, expires {}); Debug shows {:?}",
        created.id,
        created.start,
        created.expires_at.date_naive(),
        created.key
    );
    sandbox.grant_scopes(created.key.expose_secret(), &["candidates:read"]);
    let integration = sandbox_client(sandbox, created.key.expose_secret())?;
    for _ in 0..3 {
        integration.list_candidates().page_size(5).send().await?;
    }
    let usage: Vec<_> = admin
        .get_api_key_usage()
        .id(&created.id)
        .paginate()
        .items()
        .take(10)
        .try_collect()
        .await?;
    println!("   audit: {} requests", usage.len());
    for row in usage {
        println!(
            "   {} {} {} ({})",
            row.timestamp.format("%H:%M:%S%.3f"),
            row.method,
            row.path,
            row.user_agent.unwrap_or_default()
        );
    }
    admin.revoke_api_key().id(&created.id).send().await?;
    match integration.list_candidates().send().await {
        Err(Error::Unauthorized(_)) => println!("   revoked it: the key is refused now"),
        other => println!("   revoked it; the key still answers: {other:?}"),
    }
    Ok(())
}
