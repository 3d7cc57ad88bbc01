//! The book shows this lesson's virtual-clock output; it must be current.

#[test]
fn the_book_shows_what_the_lesson_prints() {
    let book_copy = concat!(env!("CARGO_MANIFEST_DIR"), "/../../book/src/output/lesson-01.txt");
    timeline::lesson::assert_book_output_is_fresh(
        env!("CARGO_BIN_EXE_lesson-01"),
        book_copy.as_ref(),
    );
}
