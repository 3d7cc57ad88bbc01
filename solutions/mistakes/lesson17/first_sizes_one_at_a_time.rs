// Mistake: uses `then`, which runs one lookup at a time, like an `async for` with an `await` in its body.
// Expect: did not run its work as expected
// Expect: to run at most 3
// ANCHOR: first_sizes
/// One lookup after another.
pub async fn first_sizes(files: Vec<File>, wanted: usize, _at_most: usize) -> Vec<u32> {
    stream::iter(files).take(wanted).then(look_up).collect().await
}
// ANCHOR_END: first_sizes
