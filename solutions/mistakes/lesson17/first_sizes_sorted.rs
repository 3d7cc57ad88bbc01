// Mistake: reads "in order" as smallest first and sorts the sizes, instead of keeping the order of the files.
// Expect: differs from the reference solution in what it returned
// ANCHOR: first_sizes
/// The sizes, sorted.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    let mut sizes: Vec<u32> =
        stream::iter(files).take(wanted).map(look_up).buffered(at_most).collect().await;
    sizes.sort_unstable();
    sizes
}
// ANCHOR_END: first_sizes
