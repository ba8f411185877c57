//! The audit's progress bar: on stderr, on a TTY only, with an ETA; nothing otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::collect::Progress;

pub struct Bar(ProgressBar);

impl Bar {
    /// A visible bar when `visible` (stderr is a terminal and `--quiet` is off), else a no-op.
    pub fn new(visible: bool) -> Self {
        if !visible {
            return Bar(ProgressBar::hidden());
        }
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} auditing [{bar:30}] {pos}/{len} requests, ETA {eta} {msg}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Bar(bar)
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Progress for Bar {
    fn add_total(&self, n: u64) {
        self.0.inc_length(n);
    }
    fn step(&self, what: &str) {
        self.0.set_message(what.to_string());
        self.0.inc(1);
    }
}
