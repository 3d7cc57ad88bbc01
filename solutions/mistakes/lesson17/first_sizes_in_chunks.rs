// Mistake: cuts the files into `chunks(at_most)` and gathers each chunk, so a chunk waits for its slowest lookup before the next chunk starts.
// Expect: did not run its work as expected
// ANCHOR: first_sizes
/// Waves of `at_most`.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    stream::iter(files)
        .take(wanted)
        .chunks(at_most)
        .then(|chunk| futures::future::join_all(chunk.into_iter().map(look_up)))
        .flat_map(stream::iter)
        .collect()
        .await
}
// ANCHOR_END: first_sizes
