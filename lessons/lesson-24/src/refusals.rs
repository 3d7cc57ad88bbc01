//! What the compiler says about the code in `src/refused/`: the lines the
//! program prints, and that `tests/compiler_says.rs` finds in rustc's own
//! output for each file.

/// One program the compiler refuses (or only warns about), and the lines it
/// says about it.
pub struct Refusal {
    /// The file in `src/refused/`.
    pub file: &'static str,
    /// What the code tries, in a few words.
    pub tries: &'static str,
    /// Whether it fails to compile; `false` for a warning only.
    pub refused: bool,
    /// Lines of rustc's output, each as it prints it (a part of a line where
    /// the rest names a file or a line number).
    pub says: &'static [&'static str],
}

/// Every refusal the lesson shows, in the order of the chapter.
pub const REFUSALS: &[Refusal] = &[
    Refusal {
        file: "async_fn_in_pub_trait.rs",
        tries: "a public trait with an `async fn`",
        refused: false,
        says: &[
            "warning: use of `async fn` in public traits is discouraged as auto trait bounds \
             cannot be specified",
            "fn handle(&self, body: &str) -> impl std::future::Future<Output = String> + Send;",
        ],
    },
    Refusal {
        file: "dyn_async_fn.rs",
        tries: "a trait with an `async fn`, used as `dyn Handler`",
        refused: true,
        says: &[
            "error[E0038]: the trait `Handler` is not dyn compatible",
            "...because method `handle` is `async`",
        ],
    },
    Refusal {
        file: "generic_not_send.rs",
        tries: "code generic over that trait spawns the future of `handle`",
        refused: true,
        says: &[
            "error: future cannot be sent between threads safely",
            "the trait `Send` is not implemented for `impl Future<Output = String>`",
            "help: `Send` can be made part of the associated future's guarantees for all \
             implementations of `Handler::handle`",
            "fn handle(&self, body: String) -> impl std::future::Future<Output = String> + Send;",
        ],
    },
    Refusal {
        file: "future_awaited_twice.rs",
        tries: "a helper takes a future and awaits it twice",
        refused: true,
        says: &["error[E0382]: use of moved value: `work`", "`work` moved due to this await"],
    },
    Refusal {
        file: "closure_returning_future.rs",
        tries: "a helper takes `F: Fn() -> Fut`; an async closure lends what it owns",
        refused: true,
        says: &["error: async closure does not implement `Fn` because it captures state from its \
             environment"],
    },
    Refusal {
        file: "rc_across_await.rs",
        tries: "a spawned future keeps an `Rc` across an `.await`",
        refused: true,
        says: &[
            "error: future cannot be sent between threads safely",
            "the trait `Send` is not implemented for `Rc<Cell<u64>>`",
            "note: captured value is not `Send`",
        ],
    },
    Refusal {
        file: "guard_across_await.rs",
        tries: "a spawned future keeps a `std::sync::MutexGuard` across an `.await`",
        refused: true,
        says: &[
            "error: future cannot be sent between threads safely",
            "the trait `Send` is not implemented for `std::sync::MutexGuard<'_, u64>`",
            "note: future is not `Send` as this value is used across an await",
            "await occurs here, with `mut total` maybe used later",
        ],
    },
    Refusal {
        file: "borrowed_escapes.rs",
        tries: "a spawned future borrows an argument",
        refused: true,
        says: &[
            "error[E0521]: borrowed data escapes outside of function",
            "`pages` escapes the function body here",
            "argument requires that `'1` must outlive `'static`",
        ],
    },
];
