// Alternative: the inner layer as an async block instead of a helper function, the outer context added to its result.
// ANCHOR: start_service
/// The steps in an async block with their contexts; the whole gets its own.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let steps = async {
        let text = site.download(&path).await.with_context(|| format!("downloading {path}"))?;
        let port: u16 =
            text.trim().parse().with_context(|| format!("reading the port from {path}"))?;
        anyhow::Ok(port)
    };
    steps.await.with_context(|| format!("starting {name}"))
}
// ANCHOR_END: start_service
