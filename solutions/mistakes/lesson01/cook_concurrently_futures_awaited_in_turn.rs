// Mistake: creates the three futures first and then awaits them in turn, expecting them to have started like Python tasks; futures start only when awaited, so this is sequential.
// Expect: did not run its work as expected
// ANCHOR: cook_concurrently
/// Makes the three futures, then awaits each one.
pub async fn cook_concurrently() -> Vec<&'static str> {
    let meat = cook(MEAT);
    let vegetables = cook(VEGETABLES);
    let rice = cook(RICE);
    vec![meat.await, vegetables.await, rice.await]
}
// ANCHOR_END: cook_concurrently
