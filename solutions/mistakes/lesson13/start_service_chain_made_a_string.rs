// Mistake: writes each step's error into a new message with `format!` (Python's `raise RuntimeError(f"...: {error}")` without `from`): the words look right on one line, but the original error is gone and nothing below can be asked its kind.
// Expect: returned the wrong value
// Expect: Unknown
// ANCHOR: start_service
/// Downloads and parses, each failure rewritten as text.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    let path = format!("/{name}.conf");
    let text = site
        .download(&path)
        .await
        .map_err(|error| anyhow::anyhow!("starting {name}: downloading {path}: {error}"))?;
    text.trim().parse().map_err(|error| {
        anyhow::anyhow!("starting {name}: reading the port from {path}: {error}")
    })
}
// ANCHOR_END: start_service
