// Mistake: puts `take` after `buffered`, at the end of the pipeline like a `[:wanted]` slice: `buffered` has already started lookups beyond the wanted ones by the time `take` has enough.
// Expect: did not run its work as expected
// ANCHOR: first_sizes
/// Look up, then take the first `wanted`.
pub async fn first_sizes(files: Vec<File>, wanted: usize, at_most: usize) -> Vec<u32> {
    stream::iter(files).map(look_up).buffered(at_most).take(wanted).collect().await
}
// ANCHOR_END: first_sizes
