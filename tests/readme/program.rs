use futures::TryStreamExt;
use talent_ray::{Client, Error, Paginate, types};

/// `client` holds an employer's key, `admin` a platform admin's (the key endpoints are admin-only).
/// Every id is one the sandbox seeds.
async fn program(client: &Client, admin: &Client) -> talent_ray::Result<()> {
    // Update a candidate's status and clear their phone number (`clear_…` sends null).
    client.update_candidate().id("cand_1").status("Interviewing").clear_phone().send().await?;
    let role = client.update_role().id("role_1").work_type(types::RoleUpdateWorkType::Remote).send().await?;
    // The request enum and the response enum of `workType` compare and convert by wire value.
    assert!(role.work_type.as_ref().is_some_and(|w| *w == types::RoleUpdateWorkType::Remote));
    assert_eq!(role.work_type, Some(types::RoleWorkType::from(types::RoleUpdateWorkType::Remote)));
    client.update_test().id("test_1").name("JavaScript Fundamentals (2026)").duration(35).send().await?;

    // Create a lead, edit it, delete it.
    let lead = client
        .create_potential_candidate()
        .organization_id("org_acme")
        .full_name("Grace Hopper")
        .email("grace@example.com")
        .skills(["COBOL", "compilers"])
        .send()
        .await?;
    let lead = client.update_potential_candidate().id(&lead.id).status("parsed").clear_summary().send().await?;
    assert_eq!((lead.status.as_str(), lead.summary.as_deref()), ("parsed", None));
    client.delete_potential_candidate().id(&lead.id).send().await?;

    // Mint a key for a user, expiring in 30 days; list the keys; revoke it.
    let minted = admin.create_api_key().name("HRIS sync").user_id("user_employer").expires_in_days(30).send().await?;
    let keys = admin.list_api_keys().send().await?;
    assert!(keys.data.iter().any(|key| key.id == minted.data.id));
    admin.revoke_api_key().id(&minted.data.id).send().await?;

    // Page the usage of the key `client` holds, two rows a request: every row once.
    let me = client.get_me().send().await?;
    let key_id = me.auth.key_id.as_deref().unwrap_or_default();
    let usage: Vec<_> = admin.get_api_key_usage().id(key_id).limit(2).paginate().items().try_collect().await?;
    let ids: std::collections::BTreeSet<_> = usage.iter().map(|row| &row.id).collect();
    assert!(!usage.is_empty() && ids.len() == usage.len());

    // Apply to a public job (no credential is sent).
    let application = client.apply_to_public_job().org_slug("acme").role_id("role_1").send().await?;
    println!("signup link: {}", application.invite_url);

    // A bad value fails before anything is sent, naming the field's JSON path and the rule.
    let leads = || client.create_potential_candidate().organization_id("org_acme");
    let refused = [
        leads().full_name("").send().await.map(drop),                         // body /fullName (minLength)
        leads().full_name("Ada").email("ada at example").send().await.map(drop), // body /email (format)
        client.list_candidates().page_size(1000).send().await.map(drop),       // query pageSize (maximum)
        client.list_candidates().page_size(1000).paginate().items().try_next().await.map(drop),
        client.list_candidates().paginate().page_size(1000).items().try_next().await.map(drop),
    ];
    for result in refused {
        assert!(matches!(result, Err(Error::InvalidRequest(_))), "{result:?}");
    }
    Ok(())
}
