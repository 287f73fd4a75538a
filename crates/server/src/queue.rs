//! The bounded work queue and the pinned workers that drain it.
//!
//! One worker thread per allowed core; each hands its core to the runs it makes, so at
//! most one measured program uses a core at a time. The queue holds at most `capacity`
//! waiting jobs: a push beyond that fails at once (the HTTP layer answers 503 with
//! `Retry-After`) instead of blocking a request handler.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use afterburner_monolith::runner::Runner;

/// One unit of work: runs on a worker thread with the runner and the worker's core.
pub type Work = Box<dyn FnOnce(&Runner, Option<usize>) + Send>;

/// The queue has no room for the work offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Rejected {
    /// More jobs are waiting than the queue holds.
    #[error("the queue is full ({capacity} jobs waiting); retry later")]
    Full {
        /// The queue's capacity.
        capacity: usize,
    },
    /// The server is shutting down and takes no new work.
    #[error("the server is shutting down; send the request to another server")]
    Closed,
}

struct Inner {
    jobs: VecDeque<Work>,
    busy: Vec<bool>,
    closed: bool,
}

/// A bounded FIFO of [`Work`] shared by the HTTP handlers and the workers.
pub struct Queue {
    inner: Mutex<Inner>,
    ready: Condvar,
    capacity: usize,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many jobs may wait at once.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// How many jobs are waiting (not yet picked up by a worker).
    pub fn depth(&self) -> usize {
        self.lock().jobs.len()
    }

    /// For each worker, whether it is running a job now.
    pub fn busy(&self) -> Vec<bool> {
        self.lock().busy.clone()
    }

    /// Queues one job, or says why not.
    pub fn push(&self, work: Work) -> Result<(), Rejected> {
        self.push_all(vec![work])
    }

    /// Queues all of `works` or none of them.
    pub fn push_all(&self, works: Vec<Work>) -> Result<(), Rejected> {
        let mut inner = self.lock();
        if inner.closed {
            return Err(Rejected::Closed);
        }
        if inner.jobs.len() + works.len() > self.capacity {
            return Err(Rejected::Full {
                capacity: self.capacity,
            });
        }
        inner.jobs.extend(works);
        drop(inner);
        self.ready.notify_all();
        Ok(())
    }

    /// Takes no more work; workers finish what is queued, then stop.
    pub fn close(&self) {
        self.lock().closed = true;
        self.ready.notify_all();
    }

    /// The next job for worker `index`, or `None` once closed and empty.
    fn next(&self, index: usize) -> Option<Work> {
        let mut inner = self.lock();
        inner.busy[index] = false;
        loop {
            if let Some(work) = inner.jobs.pop_front() {
                inner.busy[index] = true;
                return Some(work);
            }
            if inner.closed {
                return None;
            }
            inner = self.ready.wait(inner).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// The worker threads; [`Workers::join`] waits for them after the queue is closed.
pub struct Workers {
    handles: Vec<JoinHandle<()>>,
}

impl Workers {
    /// Starts one worker per entry of `cores` (a core to pin its runs to, or `None`
    /// for an unpinned worker) over a queue holding at most `capacity` waiting jobs.
    pub fn start(
        runner: Arc<Runner>,
        cores: &[Option<usize>],
        capacity: usize,
    ) -> (Arc<Queue>, Workers) {
        let queue = Arc::new(Queue {
            inner: Mutex::new(Inner {
                jobs: VecDeque::new(),
                busy: vec![false; cores.len()],
                closed: false,
            }),
            ready: Condvar::new(),
            capacity,
        });
        let handles = cores
            .iter()
            .enumerate()
            .map(|(index, &core)| {
                let (queue, runner) = (Arc::clone(&queue), Arc::clone(&runner));
                std::thread::Builder::new()
                    .name(format!("worker-{index}"))
                    .spawn(move || {
                        while let Some(work) = queue.next(index) {
                            // A panicking job drops its reply channel (its caller sees
                            // an error); the worker lives on.
                            let run = std::panic::AssertUnwindSafe(|| work(&runner, core));
                            if std::panic::catch_unwind(run).is_err() {
                                tracing::error!(worker = index, "a job panicked");
                            }
                        }
                    })
                    .expect("spawning a worker thread")
            })
            .collect();
        (queue, Workers { handles })
    }

    /// Waits for every worker to finish (call after [`Queue::close`]).
    pub fn join(self) {
        for handle in self.handles {
            let _ = handle.join();
        }
    }
}
