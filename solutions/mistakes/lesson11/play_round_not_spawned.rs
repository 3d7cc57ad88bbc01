// Mistake: lets the players play inside the function with `join_all` instead of in a spawned task each.
// Expect: in a spawned task of its own
// ANCHOR: play_round
/// The players are futures joined here.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    join_all(players.into_iter().map(|(name, units)| {
        let board = Arc::clone(&board);
        async move {
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        }
    }))
    .await;
    board.lock().await.total()
}
// ANCHOR_END: play_round
