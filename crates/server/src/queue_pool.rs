//! The server's own workers as an [`Execute`] pool, for work that judges many programs
//! from one request (the reward): each run becomes a job on the shared queue, pinned to
//! the core of the worker that takes it, so rewards and plain runs never share a core.

use std::sync::mpsc;
use std::sync::Arc;

use afterburner_monolith::pool::Execute;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::RunResult;

use crate::queue::{Queue, Work};

/// Runs batches on the server's queue. Call it from a blocking task, never from a worker
/// (a worker waiting for the queue it drains would wait forever).
pub struct QueuePool {
    queue: Arc<Queue>,
    width: usize,
}

impl QueuePool {
    /// A pool over `queue`, drained by `width` workers.
    pub fn new(queue: Arc<Queue>, width: usize) -> QueuePool {
        QueuePool { queue, width }
    }
}

impl Execute for QueuePool {
    fn width(&self) -> usize {
        self.width.max(1)
    }

    fn run_all(
        &self,
        requests: &[RunRequest],
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) -> Vec<RunResult> {
        let (done, results) = mpsc::channel();
        let works: Vec<Work> = requests
            .iter()
            .enumerate()
            .map(|(index, request)| {
                let (done, mut request) = (done.clone(), request.clone());
                Box::new(move |runner: &Runner, core: Option<usize>| {
                    request.cpu = core;
                    let _ = done.send((index, runner.run(&request)));
                }) as Work
            })
            .collect();
        drop(done);
        if let Err(rejected) = self.queue.push_all(works) {
            let why = format!("the server did not take the runs: {rejected}");
            return requests
                .iter()
                .map(|_| RunResult::sandbox_error(why.clone()))
                .collect();
        }
        let mut out: Vec<Option<RunResult>> = vec![None; requests.len()];
        for (index, result) in results {
            on_done(index, &result);
            out[index] = Some(result);
        }
        out.into_iter()
            .map(|r| {
                r.unwrap_or_else(|| {
                    RunResult::sandbox_error("a worker failed before finishing this run")
                })
            })
            .collect()
    }
}
