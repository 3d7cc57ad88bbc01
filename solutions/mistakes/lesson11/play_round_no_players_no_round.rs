// Mistake: fixes the guard but returns the board's total at once when nobody plays, without clearing it, so the last round's scores are still there.
// Expect: differs from the reference solution in
// ANCHOR: play_round
/// No players, nothing to do.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    if players.is_empty() {
        return board.lock().await.total();
    }
    board.lock().await.clear();
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
