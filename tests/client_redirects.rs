//! Redirects are not followed, so a credential (notably `x-api-key`, which reqwest would not strip)
//! never reaches the host a redirect names.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use talent_ray::{AuthScheme, Client, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Answers every connection with one canned HTTP response and counts the connections.
async fn canned(response: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let response = response.clone();
            tokio::spawn(async move {
                let mut buf = vec![0; 8192];
                let _ = socket.read(&mut buf).await;
                let _ = socket.write_all(response.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{addr}"), hits)
}

#[tokio::test]
async fn a_redirect_to_another_host_is_returned_not_followed() {
    let (elsewhere, elsewhere_hits) =
        canned("HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n".into()).await;
    let redirect = format!(
        "HTTP/1.1 307 Temporary Redirect\r\nlocation: {elsewhere}/api/v1/me\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    );
    let (origin, origin_hits) = canned(redirect).await;
    for scheme in [AuthScheme::Bearer, AuthScheme::XApiKey] {
        let client = Client::builder()
            .base_url(&origin)
            .api_key(format!("tr_{}", "r".repeat(64)))
            .auth_scheme(scheme)
            .retry(RetryPolicy::none())
            .rate_limit(None)
            .build()
            .unwrap();
        let err = client.get_me().send().await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(307), "{err:?}");
    }
    assert_eq!(origin_hits.load(Ordering::SeqCst), 2);
    assert_eq!(
        elsewhere_hits.load(Ordering::SeqCst),
        0,
        "the redirect was followed"
    );
}
