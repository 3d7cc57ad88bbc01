// Mistake: strips only the end of the file's text (`trim_end`, for the newline), so a port written with space before it, `" 443"`, fails to parse.
// Expect: differs from the reference solution in what it returned
// ANCHOR: start_service
/// Downloads, then parses the text without its trailing newline.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let port = async {
        let text = site.download(&path).await.with_context(|| format!("downloading {path}"))?;
        let port: u16 =
            text.trim_end().parse().with_context(|| format!("reading the port from {path}"))?;
        anyhow::Ok(port)
    };
    port.await.with_context(|| format!("starting {name}"))
}
// ANCHOR_END: start_service
