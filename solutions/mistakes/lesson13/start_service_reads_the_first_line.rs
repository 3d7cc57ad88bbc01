// Mistake: reads the port from the file's first line as it is, instead of from the whole text trimmed: space or a tab around the number makes it fail.
// Expect: differs from the reference solution in what it returned
// ANCHOR: start_service
/// Downloads, then parses the first line.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let port = async {
        let text = site.download(&path).await.with_context(|| format!("downloading {path}"))?;
        let first_line = text.lines().next().unwrap_or_default();
        let port: u16 =
            first_line.parse().with_context(|| format!("reading the port from {path}"))?;
        anyhow::Ok(port)
    };
    port.await.with_context(|| format!("starting {name}"))
}
// ANCHOR_END: start_service
