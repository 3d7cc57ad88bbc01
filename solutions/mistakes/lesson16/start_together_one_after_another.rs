// Mistake: prepares and runs the workers one after another in this function, as a loop in a script would: nothing overlaps.
// Expect: did not run its work as expected
// ANCHOR: start_together
/// No tasks at all.
pub async fn start_together(preparations: Vec<Duration>) {
    let workers = preparations.len();
    for (worker, time) in (1..).zip(preparations) {
        prepare(worker, time).await;
    }
    announce().await;
    for worker in 1..=workers {
        run(worker).await;
    }
}
// ANCHOR_END: start_together
