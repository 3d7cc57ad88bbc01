// Mistake: gives the download its context but lets the parse error through with a bare `?`, so a bad number does not say it was the reading that failed.
// Expect: returned the wrong value
// Expect: starting db: number too large to fit in target type
// ANCHOR: start_service
/// Downloads with context; parses without.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let port = async {
        let text = site.download(&path).await.with_context(|| format!("downloading {path}"))?;
        let port: u16 = text.trim().parse()?;
        anyhow::Ok(port)
    };
    port.await.with_context(|| format!("starting {name}"))
}
// ANCHOR_END: start_service
