// Alternative: keeps the players' `JoinHandle`s in a `Vec` and awaits them with `join_all`, instead of a `JoinSet`.
// ANCHOR: play_round
/// Each guard lives for one statement.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    let handles: Vec<_> = players
        .into_iter()
        .map(|(name, units)| {
            let board = Arc::clone(&board);
            tokio::spawn(async move {
                let score = play(name, units).await;
                board.lock().await.add(name, score);
            })
        })
        .collect();
    for handle in join_all(handles).await {
        handle.expect("a player panicked");
    }
    let total = board.lock().await.total();
    total
}
// ANCHOR_END: play_round
