//! Lesson 13: errors across tasks, with anyhow.
fn main() -> anyhow::Result<()> {
    Ok(())
}
