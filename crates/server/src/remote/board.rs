//! The work of one batch, shared by the threads that feed the servers: runs not started
//! yet, runs handed back by a server that kept failing them (for another server to
//! take), and the finished results in request order.

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use afterburner_monolith::RunResult;

/// A run on its way: which request, and how its attempts went so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The request's index in the batch.
    pub index: usize,
    /// Failed attempts so far, over all servers.
    pub attempts: u32,
    /// The server that handed it back, which should not get it again next.
    pub left: Option<usize>,
}

#[derive(Debug)]
struct State {
    next: usize,
    handed_back: VecDeque<Job>,
    unfinished: usize,
    results: Vec<Option<RunResult>>,
    abandoned: bool,
}

/// The shared state of a batch.
#[derive(Debug)]
pub struct Board {
    state: Mutex<State>,
    changed: Condvar,
}

impl Board {
    /// A board for `total` runs.
    pub fn new(total: usize) -> Board {
        Board {
            state: Mutex::new(State {
                next: 0,
                handed_back: VecDeque::new(),
                unfinished: total,
                results: vec![None; total],
                abandoned: false,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next run for `server`: first one another server handed back, then a fresh
    /// one. Waits while the only runs left are running elsewhere or were handed back by
    /// `server` itself; `None` once every run is finished (or the batch was abandoned).
    pub fn take(&self, server: usize) -> Option<Job> {
        let mut state = self.lock();
        loop {
            if state.unfinished == 0 || state.abandoned {
                return None;
            }
            let other = state
                .handed_back
                .iter()
                .position(|j| j.left != Some(server));
            if let Some(job) = other.and_then(|at| state.handed_back.remove(at)) {
                return Some(job);
            }
            if state.next < state.results.len() {
                state.next += 1;
                return Some(Job {
                    index: state.next - 1,
                    attempts: 0,
                    left: None,
                });
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Puts a run back for another server.
    pub fn hand_back(&self, job: Job) {
        self.lock().handed_back.push_back(job);
        self.changed.notify_all();
    }

    /// Records the result of run `index`.
    pub fn finish(&self, index: usize, result: RunResult) {
        let mut state = self.lock();
        if state.results[index].replace(result).is_none() {
            state.unfinished -= 1;
        }
        drop(state);
        self.changed.notify_all();
    }

    /// Waits until `deadline`, or less if every run finishes first; whether work
    /// remains.
    pub fn pause_until(&self, deadline: Instant) -> bool {
        let mut state = self.lock();
        while state.unfinished > 0 && !state.abandoned {
            let now = Instant::now();
            if now >= deadline {
                return true;
            }
            state = self
                .changed
                .wait_timeout(state, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        false
    }

    /// Stops the batch: every waiting thread returns (used when a thread panics, so the
    /// others do not wait for a run that will never finish).
    pub fn abandon(&self) {
        self.lock().abandoned = true;
        self.changed.notify_all();
    }

    /// The results in request order; a run that never finished is a sandbox error.
    pub fn into_results(self) -> Vec<RunResult> {
        self.state
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
            .results
            .into_iter()
            .map(|r| {
                r.unwrap_or_else(|| {
                    RunResult::sandbox_error(
                        "the thread sending this run to its server died before it finished",
                    )
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn fresh_runs_come_in_order_and_handed_back_ones_go_elsewhere_first() {
        let board = Board::new(3);
        let first = board.take(0).unwrap();
        assert_eq!(first.index, 0);
        board.hand_back(Job {
            left: Some(0),
            attempts: 2,
            ..first
        });
        // Server 0 does not get its own failure back while fresh work remains.
        assert_eq!(board.take(0).unwrap().index, 1);
        let moved = board.take(1).unwrap();
        assert_eq!((moved.index, moved.attempts), (0, 2));
        assert_eq!(board.take(1).unwrap().index, 2);
    }

    #[test]
    fn a_server_waits_for_a_run_it_handed_back_and_stops_when_all_are_done() {
        let board = Board::new(1);
        let job = board.take(0).unwrap();
        board.hand_back(Job {
            left: Some(0),
            ..job
        });
        std::thread::scope(|scope| {
            let waiting = scope.spawn(|| board.take(0));
            let moved = board.take(1).unwrap();
            board.finish(moved.index, RunResult::sandbox_error("done"));
            assert_eq!(waiting.join().unwrap(), None);
        });
        assert_eq!(board.into_results()[0].reason.as_deref(), Some("done"));
    }

    #[test]
    fn pausing_ends_early_when_the_batch_is_done_or_abandoned() {
        let board = Board::new(1);
        assert!(board.pause_until(Instant::now() + Duration::from_millis(10)));
        let long = Instant::now() + Duration::from_secs(60);
        std::thread::scope(|scope| {
            let pausing = scope.spawn(|| board.pause_until(long));
            board.abandon();
            assert!(!pausing.join().unwrap());
        });
        assert!(board.take(0).is_none());
        let results = board.into_results();
        assert!(results[0].reason.as_deref().unwrap().contains("died"));
    }
}
