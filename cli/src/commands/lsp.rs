//! `convexkit lsp`: the language server on stdin/stdout.

pub fn run() -> u8 {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => {
            runtime.block_on(convexkit_lsp::serve_stdio());
            // The stdin reader may still be blocked on a read: don't wait for it.
            runtime.shutdown_background();
            0
        }
        Err(error) => {
            eprintln!("error: cannot start the language server: {error}");
            2
        }
    }
}
