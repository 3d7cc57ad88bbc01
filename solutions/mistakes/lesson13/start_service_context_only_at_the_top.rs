// Mistake: adds one context at the top and lets `?` pass each step's error up bare, so the chain never says which step failed.
// Expect: returned the wrong value
// Expect: one context per step
// ANCHOR: start_service
/// Downloads and parses, with one context for the whole.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let port = async {
        let text = site.download(&path).await?;
        let port: u16 = text.trim().parse()?;
        anyhow::Ok(port)
    };
    port.await.with_context(|| format!("starting {name}"))
}
// ANCHOR_END: start_service
