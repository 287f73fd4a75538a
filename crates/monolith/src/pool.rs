//! Many runs at once: one worker per core of a CPU set, each run pinned to its worker's
//! core, so at most one measured program shares a core at any time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use crate::cpuset::CpuSet;
use crate::result::RunResult;
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

/// Runs batches of requests in parallel over a CPU set.
#[derive(Debug)]
pub struct Pool<'a> {
    runner: &'a Runner,
    cpus: Vec<usize>,
}

impl<'a> Pool<'a> {
    /// A pool with one worker per core of `cpus` (at least one worker, unpinned, if the
    /// set is empty).
    pub fn new(runner: &'a Runner, cpus: &CpuSet) -> Self {
        Pool {
            runner,
            cpus: cpus.iter().collect(),
        }
    }
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
                scope.spawn(move || loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(request) = requests.get(index) else {
                        break;
                    };
                    let mut pinned = request.clone();
                    pinned.cpu = core;
                    let result = self.runner.run(&pinned);
                    on_done(index, &result);
                    results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(result);
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
