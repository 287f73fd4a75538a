//! Progress bars with an ETA for long work, drawn on stderr only when it is a terminal.

use indicatif::{ProgressBar, ProgressStyle};

/// A progress bar whose total is learnt from the first update.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar labelled `what`.
    pub fn new(what: &str) -> Progress {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template(
                "{msg:>18} [{bar:30}] {pos}/{len} {elapsed_precise} (ETA {eta})",
            )
            .expect("a valid template")
            .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        Progress { bar }
    }

    /// `done` of `total` finished.
    pub fn update(&self, done: usize, total: usize) {
        self.bar.set_length(total as u64);
        self.bar.set_position(done as u64);
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
