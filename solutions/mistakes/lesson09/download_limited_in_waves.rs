// Mistake: runs the downloads in waves of `at_most` with `join_all` per chunk, so a free slot waits for the slowest of its wave.
// Expect: did not run its work as expected
// ANCHOR: download_limited
/// One `join_all` per chunk of `at_most`.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let mut names = Vec::new();
    for wave in downloads.chunks(at_most) {
        names.extend(join_all(wave.iter().map(|&(name, takes)| download(name, takes))).await);
    }
    names
}
// ANCHOR_END: download_limited
