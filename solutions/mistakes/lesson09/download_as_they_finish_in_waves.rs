// Mistake: runs the downloads in waves of `at_most`, each wave a `FuturesUnordered`, so a free slot waits for the slowest of its wave.
// Expect: did not run its work as expected
// ANCHOR: download_as_they_finish
/// Finishing order within each wave, waves one after another.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    let mut names = Vec::new();
    for wave in downloads.chunks(at_most) {
        let running: futures::stream::FuturesUnordered<_> =
            wave.iter().map(|&(name, takes)| download(name, takes)).collect();
        names.extend(running.collect::<Vec<_>>().await);
    }
    names
}
// ANCHOR_END: download_as_they_finish
