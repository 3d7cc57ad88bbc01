// Mistake: uses `buffer_unordered`, which hands out each size as its lookup finishes, not in the order of the files.
// Expect: the sizes of a, b, c and d, in the order of the files
// ANCHOR: first_sizes
/// Sizes as the lookups finish.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    stream::iter(files).take(wanted).map(look_up).buffer_unordered(at_most).collect().await
}
// ANCHOR_END: first_sizes
