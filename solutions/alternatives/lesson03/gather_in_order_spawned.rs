// Alternative: spawns one task per request and joins the handles, which keeps their order.
// ANCHOR: gather_in_order
/// One task per request, the handles joined in order.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let handles = requests.into_iter().map(|(name, units)| tokio::spawn(fetch(name, units)));
    join_all(handles).await.into_iter().map(|name| name.expect("a fetch panicked")).collect()
}
// ANCHOR_END: gather_in_order
