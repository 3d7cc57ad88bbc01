// Mistake: puts the batch's timeout around a loop that chops one vegetable after another, instead of all at the same time.
// Expect: did not run its work as expected
// ANCHOR: chop_all_within
/// One limit around a loop of awaits.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    timeout(limit, async {
        let mut names = Vec::new();
        for (vegetable, units) in vegetables {
            names.push(chop(vegetable, units).await);
        }
        names
    })
    .await
}
// ANCHOR_END: chop_all_within
