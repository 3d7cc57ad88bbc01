// Mistake: slices `files[..wanted]`, which panics when fewer files than `wanted` are given, where Python's `files[:wanted]` gives all of them.
// Expect: Panicked
// Expect: on a generated scenario
// ANCHOR: first_sizes
/// The wanted files, sliced off.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    stream::iter(files[..wanted].to_vec()).map(look_up).buffered(at_most).collect().await
}
// ANCHOR_END: first_sizes
