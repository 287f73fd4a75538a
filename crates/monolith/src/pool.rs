//! Many runs at once: one worker per core of a CPU set, each run pinned to its worker's
//! core, so at most one measured program shares a core at any time. A pool that measures
//! for rankings can also re-take a run that its core's [`pace`](crate::pace) shows was
//! measured in a slow spell.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use crate::cpuset::CpuSet;
use crate::pace::Pace;
use crate::result::{RunResult, Status};
use crate::runner::{RunRequest, Runner};

/// Something that runs batches of requests and reports each as it finishes: a local
/// [`Pool`], or a client spreading the batch over remote servers.
pub trait Execute: Sync {
    /// How many runs are in flight at most.
    fn width(&self) -> usize;

    /// Runs every request and returns the results in request order. `on_done(index,
    /// result)` is called as each finishes, possibly from another thread.
    fn run_all(
        &self,
        requests: &[RunRequest],
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) -> Vec<RunResult>;
}

/// Most times one request is taken again because its core ran slow.
pub const MAX_RETAKES: usize = 2;

/// Runs batches of requests in parallel over a CPU set.
#[derive(Debug)]
pub struct Pool<'a> {
    runner: &'a Runner,
    cpus: Vec<usize>,
    retake_slow: bool,
    retaken: AtomicUsize,
}

impl<'a> Pool<'a> {
    /// A pool with one worker per core of `cpus` (at least one worker, unpinned, if the
    /// set is empty).
    pub fn new(runner: &'a Runner, cpus: &CpuSet) -> Self {
        Pool {
            runner,
            cpus: cpus.iter().collect(),
            retake_slow: false,
            retaken: AtomicUsize::new(0),
        }
    }

    /// This pool probes a worker's core after each successful run and takes the run
    /// again (at most [`MAX_RETAKES`] times) while the probe shows the core running
    /// slow: the result kept is the first one measured at the core's usual pace, or the
    /// last try. Each probe costs about 2 ms of the core. Runs in a prepared work
    /// directory are never re-taken, as their first try may have changed it.
    pub fn retaking_slow_runs(mut self, on: bool) -> Self {
        self.retake_slow = on;
        self
    }

    /// How many runs this pool has taken again so far.
    pub fn retaken(&self) -> usize {
        self.retaken.load(Ordering::Relaxed)
    }

    /// Runs `request` on the worker whose core `pace` probes, re-taking it while the
    /// core runs slow.
    fn run_at_pace(&self, request: &RunRequest, pace: Option<&mut Pace>) -> RunResult {
        let mut result = self.runner.run(request);
        let Some(pace) = pace else { return result };
        for _ in 0..MAX_RETAKES {
            if !may_retake(request, &result) || !pace.is_slow() {
                break;
            }
            self.retaken.fetch_add(1, Ordering::Relaxed);
            result = self.runner.run(request);
        }
        result
    }
}

/// Whether taking `request` again could give a different measurement and nothing else:
/// it succeeded (a failing run's verdict does not depend on the core's pace) and ran in
/// a fresh work directory.
fn may_retake(request: &RunRequest, result: &RunResult) -> bool {
    result.status == Status::Success && request.work_dir.is_none()
}

impl Execute for Pool<'_> {
    fn width(&self) -> usize {
        self.cpus.len().max(1)
    }

    /// Each request's own `cpu` is replaced by its worker's core.
    fn run_all(
        &self,
        requests: &[RunRequest],
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) -> Vec<RunResult> {
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<RunResult>>> = Mutex::new(vec![None; requests.len()]);
        let cores: Vec<Option<usize>> = if self.cpus.is_empty() {
            vec![None]
        } else {
            self.cpus.iter().copied().map(Some).collect()
        };
        thread::scope(|scope| {
            for core in cores {
                let (next, results) = (&next, &results);
                scope.spawn(move || {
                    let mut pace = core.filter(|_| self.retake_slow).map(Pace::new);
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(request) = requests.get(index) else {
                            break;
                        };
                        let mut pinned = request.clone();
                        pinned.cpu = core;
                        let result = self.run_at_pace(&pinned, pace.as_mut());
                        on_done(index, &result);
                        results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(result);
                    }
                });
            }
        });
        results
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .into_iter()
            .map(|r| {
                r.unwrap_or_else(|| {
                    RunResult::sandbox_error("a worker thread died before finishing this run")
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::Language;

    #[test]
    fn only_successful_runs_in_a_fresh_work_directory_are_retaken() {
        let request = RunRequest::new(Language::Python, "pass");
        let mut passed = RunResult::sandbox_error("");
        passed.status = Status::Success;
        assert!(may_retake(&request, &passed));
        passed.status = Status::Timeout;
        assert!(!may_retake(&request, &passed));
        passed.status = Status::Success;
        let mut prepared = request.clone();
        prepared.work_dir = Some(PathBuf::from("/srv/work"));
        assert!(!may_retake(&prepared, &passed));
    }
}
