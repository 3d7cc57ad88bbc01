// Mistake: drops the guard to get rid of the hang, but no longer waits for the players, so it returns the total of an empty board while they still play.
// Expect: Leak:
// ANCHOR: play_round
/// The players are spawned and left to themselves.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    for (name, units) in players {
        let board = Arc::clone(&board);
        tokio::spawn(async move {
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        });
    }
    board.lock().await.total()
}
// ANCHOR_END: play_round
