// Mistake: puts the whole story into one context per step (`"starting web: downloading /web.conf"`): `{:#}` prints the same line, but the chain has one layer where it should have two.
// Expect: returned the wrong value
// Expect: "starting mail: downloading /mail.conf",
// Expect: one context per step
// ANCHOR: start_service
/// One context per step, each naming the service too.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let text = site
        .download(&path)
        .await
        .with_context(|| format!("starting {name}: downloading {path}"))?;
    let port = text
        .trim()
        .parse()
        .with_context(|| format!("starting {name}: reading the port from {path}"))?;
    Ok(port)
}
// ANCHOR_END: start_service
