//! The `emnify` binary: build the runtime, run, exit with the documented code.

use std::process::ExitCode;

fn main() -> ExitCode {
    // A TAB in a shell that loaded `emnify completion SHELL --dynamic`: answer and exit.
    emnify::cli::completion::complete_from_env();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime\n  Caused by: {e}");
            return ExitCode::from(1);
        }
    };
    let env = emnify::env_vars::Env::from_process();
    let code = runtime.block_on(emnify::run(std::env::args_os().collect(), env));
    // Do not wait for threads stuck in a keyring call.
    runtime.shutdown_background();
    code
}
