//! Measuring from many threads at once. Every problem's loop asks for measurements
//! whenever its answers arrive; one dispatcher gathers whatever is waiting into a batch
//! for the pool (local cores or a fleet), so runs never share a core and the pool stays
//! busy while the model is thinking about other problems.

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Mutex;
use std::time::Instant;

use afterburner_monolith::pool::Execute;
use afterburner_venus::harness::{judge_all, Judgement, Prepared};
use afterburner_venus::Verdict;

use crate::measurement::Measurement;

struct Job {
    prepared: Vec<Prepared>,
    reply: Sender<Vec<Judgement>>,
}

/// The handle the loops measure through; see [`with_measurer`].
pub struct Measurer {
    jobs: Mutex<Sender<Job>>,
}

/// Runs `work` with a [`Measurer`] whose batches go to `pool`; returns what `work`
/// returns once every measurement it asked for has finished.
pub fn with_measurer<R>(pool: &dyn Execute, work: impl FnOnce(&Measurer) -> R) -> R {
    let (sender, jobs) = channel();
    std::thread::scope(|scope| {
        scope.spawn(move || dispatch(pool, jobs));
        let measurer = Measurer {
            jobs: Mutex::new(sender),
        };
        work(&measurer)
        // `measurer` drops here: the dispatcher sees the channel close and returns.
    })
}

fn dispatch(pool: &dyn Execute, jobs: Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        batch.extend(jobs.try_iter());
        let all: Vec<Prepared> = batch
            .iter()
            .flat_map(|j| j.prepared.iter().cloned())
            .collect();
        let mut judged = judge_all(pool, &all, &|_, _| {}).into_iter();
        for job in batch {
            let part: Vec<Judgement> = judged.by_ref().take(job.prepared.len()).collect();
            // A loop that gave up no longer listens; nothing to do about it.
            let _ = job.reply.send(part);
        }
    }
}

impl Measurer {
    /// Judges each of `prepared` once, in one batch with whatever else is waiting.
    pub fn judge(&self, prepared: Vec<Prepared>) -> Vec<Judgement> {
        if prepared.is_empty() {
            return Vec::new();
        }
        let (reply, answer) = channel();
        let count = prepared.len();
        let sent = self
            .jobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(Job { prepared, reply });
        match sent.ok().and_then(|()| answer.recv().ok()) {
            Some(judged) if judged.len() == count => judged,
            _ => vec![lost(); count],
        }
    }

    /// Measures programs: each runs once, and those that pass run `runs - 1` more times
    /// (a failure is settled by its first run). Returns the measurements and the seconds
    /// spent waiting for them.
    pub fn measure(&self, prepared: &[Prepared], runs: usize) -> (Vec<Measurement>, f64) {
        let started = Instant::now();
        let first = self.judge(prepared.to_vec());
        let again: Vec<usize> = (0..prepared.len())
            .filter(|&i| first[i].verdict == Verdict::Passed && runs > 1)
            .collect();
        let repeats: Vec<Prepared> = again
            .iter()
            .flat_map(|&i| std::iter::repeat_n(prepared[i].clone(), runs - 1))
            .collect();
        let mut more = self.judge(repeats).into_iter();
        let measured = first
            .into_iter()
            .enumerate()
            .map(|(i, judged)| {
                let mut all = vec![judged];
                if again.contains(&i) {
                    all.extend(more.by_ref().take(runs - 1));
                }
                Measurement::of_runs(&all)
            })
            .collect();
        (measured, started.elapsed().as_secs_f64())
    }
}

/// The judgement of a run whose answer never came back (the dispatcher died).
fn lost() -> Judgement {
    Judgement {
        verdict: Verdict::SandboxError,
        reason: Some("the measurement was lost".into()),
        failing_case: None,
        run: afterburner_monolith::RunResult::sandbox_error("the measurement was lost"),
    }
}
