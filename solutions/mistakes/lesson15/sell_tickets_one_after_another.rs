// Mistake: serves the buyers one after another in the function itself, like a loop of `await`s: right count, but no buyer is served while another pays.
// Expect: did not run its work as expected
// ANCHOR: sell_tickets
/// Serves each buyer in turn.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    let mut left = tickets;
    let mut served = Vec::new();
    for buyer in buyers {
        if left > 0 {
            left -= 1;
            take_payment(buyer).await;
            served.push(buyer);
        }
    }
    served
}
// ANCHOR_END: sell_tickets
