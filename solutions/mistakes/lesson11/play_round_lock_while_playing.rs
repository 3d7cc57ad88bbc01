// Mistake: fixes the function's guard but has each player take the lock before it plays and keep it while playing, so the players play one after another.
// Expect: did not run its work as expected
// ANCHOR: play_round
/// Each player holds the board for the whole of its turn.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    let mut round = tokio::task::JoinSet::new();
    for (name, units) in players {
        let board = Arc::clone(&board);
        round.spawn(async move {
            let mut scores = board.lock().await;
            let score = play(name, units).await;
            scores.add(name, score);
        });
    }
    round.join_all().await;
    board.lock().await.total()
}
// ANCHOR_END: play_round
