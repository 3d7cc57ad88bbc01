// Mistake: runs each dish with `Handle::block_on`, the way `asyncio.run` runs a coroutine from synchronous code, from inside async code.
// Expect: Panicked:
// Expect: Cannot start a runtime from within a runtime
// ANCHOR: cook_sequentially
/// Runs each dish to completion with the runtime's `block_on`.
pub async fn cook_sequentially() -> Vec<&'static str> {
    let runtime = tokio::runtime::Handle::current();
    [RICE, VEGETABLES, MEAT].into_iter().map(|dish| runtime.block_on(cook(dish))).collect()
}
// ANCHOR_END: cook_sequentially
