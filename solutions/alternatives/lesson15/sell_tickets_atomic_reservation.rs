// Alternative: reserves a ticket with an `AtomicU32` and `fetch_update`, which takes one only if one is left, in one step; a `JoinSet` with each buyer's place puts them back in order.
// ANCHOR: sell_tickets
/// Takes a ticket atomically before paying.
pub async fn sell_tickets(tickets: u32, buyers: Vec<&'static str>) -> Vec<&'static str> {
    use std::sync::atomic::{AtomicU32, Ordering};
    let left = Arc::new(AtomicU32::new(tickets));
    let mut sales = tokio::task::JoinSet::new();
    for (place, buyer) in buyers.into_iter().enumerate() {
        let left = Arc::clone(&left);
        sales.spawn(async move {
            let reserved = left
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| left.checked_sub(1))
                .is_ok();
            if reserved {
                take_payment(buyer).await;
            }
            (place, reserved.then_some(buyer))
        });
    }
    let mut served = sales.join_all().await;
    served.sort_by_key(|(place, _)| *place);
    served.into_iter().filter_map(|(_, buyer)| buyer).collect()
}
// ANCHOR_END: sell_tickets
