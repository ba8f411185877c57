//! `completions/` and `man/` are generated from the clap tree; this keeps them in sync.
//! Regenerate with `EMNIFY_REGENERATE=1 cargo test --test cli generated`.

use std::path::PathBuf;

use clap_complete::Shell;
use emnify::cli::completion;

#[test]
fn completions_and_man_page_are_current() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut expected: Vec<(PathBuf, Vec<u8>)> = [
        (Shell::Bash, "emnify.bash"),
        (Shell::Zsh, "_emnify"),
        (Shell::Fish, "emnify.fish"),
    ]
    .into_iter()
    .map(|(shell, name)| {
        (
            root.join("completions").join(name),
            completion::script(shell),
        )
    })
    .collect();
    expected.push((
        root.join("man").join("emnify.1"),
        completion::man_page().expect("man page"),
    ));
    let regenerate = std::env::var_os("EMNIFY_REGENERATE").is_some();
    let mut stale = Vec::new();
    for (path, content) in expected {
        if regenerate {
            std::fs::create_dir_all(path.parent().expect("dir")).expect("mkdir");
            std::fs::write(&path, &content).expect("write");
        } else if std::fs::read(&path).ok().as_deref() != Some(content.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}; run `EMNIFY_REGENERATE=1 cargo test --test cli generated`");
}
