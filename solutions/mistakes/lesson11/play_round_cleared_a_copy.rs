// Mistake: avoids holding the guard by cloning the scoreboard and clearing the clone, so the shared board keeps the last round's scores.
// Expect: returned the wrong value
// ANCHOR: play_round
/// Clears a copy of the board, not the board.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    let mut scores = board.lock().await.clone();
    scores.clear();
    let mut round = tokio::task::JoinSet::new();
    for (name, units) in players {
        let board = Arc::clone(&board);
        round.spawn(async move {
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        });
    }
    round.join_all().await;
    board.lock().await.total()
}
// ANCHOR_END: play_round
