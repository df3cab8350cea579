//! Peak memory while streaming every candidate: flat in the count, unlike collecting them.
//! Linux only (`/proc/self/status`); the peak is reset between runs through
//! `/proc/self/clear_refs`.

use futures::{StreamExt, TryStreamExt};
use talent_ray::Paginate;
use talent_ray_sandbox::Sandbox;

use crate::per_call::sdk_client;

/// A `/proc/self/status` field in KiB.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak RSS to the current RSS; false where the kernel does not allow it.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Peak RSS growth, in KiB, while `f` runs.
async fn peak_growth(f: impl AsyncFnOnce()) -> Option<u64> {
    if !reset_peak() {
        return None;
    }
    let before = status_kib("VmRSS:")?;
    f().await;
    Some(status_kib("VmHWM:")?.saturating_sub(before))
}

pub async fn run() {
    let mut lines = Vec::new();
    for count in [1_000, 10_000] {
        let sandbox = Sandbox::builder()
            .candidates(count)
            .no_rate_limit()
            .start()
            .await
            .expect("sandbox starts");
        let client = sdk_client(&sandbox);
        // Warm up connections and allocator pools first.
        let _ = client
            .list_candidates()
            .paginate()
            .items()
            .take(200)
            .count()
            .await;
        let streamed = peak_growth(async || {
            let n = client
                .list_candidates()
                .paginate()
                .items()
                .try_fold(0usize, |n, c| {
                    std::hint::black_box(c);
                    async move { Ok(n + 1) }
                });
            assert!(n.await.unwrap() >= count);
        })
        .await;
        let collected = peak_growth(async || {
            let all: Vec<_> = client
                .list_candidates()
                .paginate()
                .items()
                .try_collect()
                .await
                .unwrap();
            assert!(all.len() >= count);
        })
        .await;
        lines.push((count, streamed, collected));
    }
    let kib = |v: Option<u64>| v.map_or("n/a".to_owned(), |k| format!("{k} KiB"));
    for (count, streamed, collected) in &lines {
        println!(
            "{:<44} streaming {:>10}  collecting {:>10}",
            format!("memory: peak RSS growth, {count} items"),
            kib(*streamed),
            kib(*collected)
        );
    }
    println!(
        "{:<44} (target: flat; collecting shows what growth with the count looks like)",
        "memory: streaming 1,000 vs 10,000"
    );
}
