//! The book shows this lesson's virtual-clock output; it must be current.

#[test]
fn the_book_shows_what_the_lesson_prints() {
    timeline::lesson::assert_book_output_is_fresh(
        env!("CARGO_BIN_EXE_lesson-25"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
