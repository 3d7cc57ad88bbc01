// Mistake: fixes the guard but keeps each player's task in a `HashMap` by name and awaits those, so when two players share a name the first one's task is never awaited.
// Expect: Leak:
// Expect: This happened on a generated scenario
// ANCHOR: play_round
/// One task per name.
pub async fn play_round(board: Arc<Mutex<Scoreboard>>, players: Vec<(&'static str, u64)>) -> u32 {
    board.lock().await.clear();
    let mut round = std::collections::HashMap::new();
    for (name, units) in players {
        let board = Arc::clone(&board);
        let task = tokio::spawn(async move {
            let score = play(name, units).await;
            board.lock().await.add(name, score);
        });
        round.insert(name, task);
    }
    for (_, task) in round {
        task.await.expect("a player panicked");
    }
    board.lock().await.total()
}
// ANCHOR_END: play_round
