// Alternative: spawns nothing and joins the `save` futures themselves with `join_all`.
// ANCHOR: save_all
/// The saves wait together inside this function.
pub async fn save_all(documents: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    join_all(documents.into_iter().map(|(name, units)| save(name, units))).await
}
// ANCHOR_END: save_all
