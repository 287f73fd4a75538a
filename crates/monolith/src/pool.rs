//! Many runs at once: one worker per core of a CPU set, each run pinned to its worker's
//! core, so at most one measured program shares a core at any time. A pool can warm up
//! first: on a virtual machine, memory-heavy programs measured in the first seconds of
//! a measurement have come out up to 1.6× their usual CPU time.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

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
    warm_up: Duration,
    warmed: AtomicBool,
    warm_up_runs: AtomicUsize,
}

impl<'a> Pool<'a> {
    /// A pool with one worker per core of `cpus` (at least one worker, unpinned, if the
    /// set is empty).
    pub fn new(runner: &'a Runner, cpus: &CpuSet) -> Self {
        Pool {
            runner,
            cpus: cpus.iter().collect(),
            warm_up: Duration::ZERO,
            warmed: AtomicBool::new(false),
            warm_up_runs: AtomicUsize::new(0),
        }
    }

    /// Before the first measured run of this pool's first batch, each worker runs that
    /// batch's own requests (from its first, in turn) on its core and throws the results
    /// away: at least one, then more until `warm_up` has passed (none when it is zero).
    /// Later batches start at once.
    pub fn warming_up(mut self, warm_up: Duration) -> Self {
        self.warm_up = warm_up;
        self
    }

    /// How many runs this pool's warm-ups have made so far.
    pub fn warm_up_runs(&self) -> usize {
        self.warm_up_runs.load(Ordering::Relaxed)
    }

    /// The warm-up of worker `worker` of `workers` on `core`.
    fn warm_up(&self, requests: &[RunRequest], worker: usize, workers: usize, core: Option<usize>) {
        if self.warm_up.is_zero() || requests.is_empty() {
            return;
        }
        let started = Instant::now();
        let mut index = worker;
        loop {
            let mut pinned = requests[index % requests.len()].clone();
            pinned.cpu = core;
            self.runner.run(&pinned);
            self.warm_up_runs.fetch_add(1, Ordering::Relaxed);
            index += workers;
            if started.elapsed() >= self.warm_up {
                break;
            }
        }
    }

    /// One worker's share of a batch: the next request not yet taken, until none is left.
    fn measure(
        &self,
        requests: &[RunRequest],
        next: &AtomicUsize,
        results: &Mutex<Vec<Option<RunResult>>>,
        core: Option<usize>,
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(request) = requests.get(index) else {
                break;
            };
            let mut pinned = request.clone();
            pinned.cpu = core;
            let result = self.runner.run(&pinned);
            on_done(index, &result);
            results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(result);
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
        let workers = cores.len();
        let warm = !self.warmed.swap(true, Ordering::Relaxed);
        thread::scope(|scope| {
            for (worker, core) in cores.into_iter().enumerate() {
                let (next, results) = (&next, &results);
                scope.spawn(move || {
                    if warm {
                        self.warm_up(requests, worker, workers, core);
                    }
                    self.measure(requests, next, results, core, on_done);
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
