//! Progress of long work: a bar with an ETA when stderr is a terminal, else a plain line
//! now and then, for logs of jobs run under `nohup`, a batch scheduler or CI.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// How often a log gets a progress line.
const LOG_EVERY: Duration = Duration::from_secs(30);

/// Progress whose total is learnt from the first update.
pub struct Progress {
    display: Display,
}

enum Display {
    Bar(ProgressBar),
    Lines(Mutex<Lines>),
}

impl Progress {
    /// Progress labelled `what`: a bar on a terminal, else a line on stderr every
    /// 30 s (nothing for work that ends sooner).
    pub fn new(what: &str) -> Progress {
        if std::io::stderr().is_terminal() {
            Progress::bar(what)
        } else {
            Progress::lines(what, LOG_EVERY, Box::new(std::io::stderr()))
        }
    }

    fn bar(what: &str) -> Progress {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template(
                "{msg:>18} [{bar:30}] {pos}/{len} {elapsed_precise} (ETA {eta})",
            )
            .expect("a valid template")
            .progress_chars("=> "),
        );
        bar.set_message(what.to_string());
        Progress {
            display: Display::Bar(bar),
        }
    }

    /// Lines written to `out`, the first `every` after the start and then at most one per
    /// `every`.
    fn lines(what: &str, every: Duration, out: Box<dyn Write + Send>) -> Progress {
        let started = Instant::now();
        Progress {
            display: Display::Lines(Mutex::new(Lines {
                what: what.to_string(),
                started,
                last: started,
                every,
                printed: false,
                out,
            })),
        }
    }

    /// `done` of `total` finished.
    pub fn update(&self, done: usize, total: usize) {
        match &self.display {
            Display::Bar(bar) => {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
            Display::Lines(lines) => lines
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .update(done, total),
        }
    }

    /// Ends the progress: removes the bar, or closes a log that had progress lines with
    /// how long the work took.
    pub fn finish(&self) {
        match &self.display {
            Display::Bar(bar) => bar.finish_and_clear(),
            Display::Lines(lines) => lines
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .finish(),
        }
    }
}

/// The state of progress written as lines.
struct Lines {
    what: String,
    started: Instant,
    last: Instant,
    every: Duration,
    printed: bool,
    out: Box<dyn Write + Send>,
}

impl Lines {
    fn update(&mut self, done: usize, total: usize) {
        let now = Instant::now();
        if now.duration_since(self.last) < self.every {
            return;
        }
        self.last = now;
        self.printed = true;
        let elapsed = now.duration_since(self.started);
        let mut line = format!(
            "{}: {done} of {total} ({}%), {} elapsed",
            self.what,
            percent(done, total),
            clock(elapsed)
        );
        if done > 0 && done < total {
            let left = elapsed.mul_f64((total - done) as f64 / done as f64);
            line.push_str(&format!(", about {} left", clock(left)));
        }
        // A log that cannot be written to is no reason to stop the work.
        let _ = writeln!(self.out, "{line}");
    }

    fn finish(&mut self) {
        if self.printed {
            let took = clock(self.started.elapsed());
            let _ = writeln!(self.out, "{}: done in {took}", self.what);
        }
    }
}

/// Whole percent done, rounded down: work one short of its end is not yet 100%.
fn percent(done: usize, total: usize) -> usize {
    (100 * done.min(total)).checked_div(total).unwrap_or(100)
}

/// `1h 02m 03s`, `2m 03s` or `3s`.
fn clock(d: Duration) -> String {
    let s = d.as_secs();
    match (s / 3600, s / 60 % 60, s % 60) {
        (0, 0, sec) => format!("{sec}s"),
        (0, min, sec) => format!("{min}m {sec:02}s"),
        (h, min, sec) => format!("{h}h {min:02}m {sec:02}s"),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// A writer whose bytes the test can read afterwards.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn a_log_gets_a_line_per_interval_and_a_closing_one() {
        let out = Shared::default();
        let progress = Progress::lines("measuring", Duration::ZERO, Box::new(out.clone()));
        progress.update(1, 4);
        progress.update(4, 4);
        progress.finish();
        let text = out.text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].starts_with("measuring: 1 of 4 (25%), "), "{text}");
        assert!(lines[0].contains(" left"), "{text}");
        assert!(lines[1].starts_with("measuring: 4 of 4 (100%), "), "{text}");
        assert!(!lines[1].contains(" left"), "{text}");
        assert!(lines[2].starts_with("measuring: done in "), "{text}");
    }

    #[test]
    fn work_shorter_than_the_interval_leaves_the_log_untouched() {
        let out = Shared::default();
        let progress = Progress::lines(
            "measuring",
            Duration::from_secs(3600),
            Box::new(out.clone()),
        );
        progress.update(1, 2);
        progress.update(2, 2);
        progress.finish();
        assert_eq!(out.text(), "");
    }

    #[test]
    fn the_share_done_reaches_100_only_at_the_end() {
        assert_eq!(percent(1363, 1364), 99);
        assert_eq!(percent(1364, 1364), 100);
        assert_eq!(percent(0, 0), 100);
    }

    #[test]
    fn durations_read_as_a_clock() {
        assert_eq!(clock(Duration::from_secs(3)), "3s");
        assert_eq!(clock(Duration::from_secs(123)), "2m 03s");
        assert_eq!(clock(Duration::from_secs(3723)), "1h 02m 03s");
    }
}
