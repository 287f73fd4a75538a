//! Measuring a dataset's reference solutions on this machine: every solution judged
//! `runs` times, the median of each metric kept. A problem's solutions are measured in
//! interleaved rounds — every solution once per round, in an order shuffled per round
//! with a seed — so a burst of noise from the machine, or a slow drift, falls on all of
//! them alike instead of on the few that happened to run during it; their ranking is
//! what Time% rests on. (The older order, each solution's runs back to back, is kept as
//! [`Order::BackToBack`] to compare against.) Rounds can also span the whole set
//! ([`Order::SetRounds`]): each round visits every problem, so every problem's runs are
//! spread over the whole measurement and a drift of the machine's speed moves all
//! problems alike, not only the solutions of one. The [calibration](crate::calibration)
//! program runs before each round of a problem and after its last, so the problem's
//! record says how fast the machine was meanwhile. Finished solutions (and, in set
//! rounds, single runs, and calibration runs) go to a journal as they complete, so an
//! interrupted measurement resumes where it stopped and loses nothing.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use afterburner_monolith::pool::Execute;
use afterburner_venus::harness::{judge_all, prepare, JudgeOptions, Judgement, Prepared};
use afterburner_venus::{Problem, Verdict};
use serde::{Deserialize, Serialize};

use crate::bootstrap::SplitMix;
use crate::calibration;

/// The median-of-runs measurement of one solution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measured {
    /// The problem.
    pub problem_id: String,
    /// Index of the solution in the problem's list.
    pub solution: usize,
    /// The verdict (`passed` only if every run passed).
    pub verdict: Verdict,
    /// Median CPU time in ms.
    pub time: f64,
    /// Median peak memory in KiB.
    pub memory: f64,
    /// Median time–memory integral in KiB·ms.
    pub integral: f64,
    /// How many runs the medians are over.
    pub runs: usize,
    /// Why it did not pass, from the first run that failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The order in which a problem's solutions take their runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    /// Every solution once per round, each round in an order shuffled with the seed.
    #[default]
    Interleaved,
    /// Rounds over the whole set: each round visits every problem in an order shuffled
    /// with the seed and runs each of its solutions once, in a shuffled order. A
    /// problem's runs stay together within a round, while its rounds are spread over the
    /// whole measurement, as every other problem's are.
    SetRounds,
    /// After the first round (one run each, which settles failures), solutions in their
    /// listed order, each one's other runs one after another, so a burst of noise lands
    /// on whichever solution is running: the way measurements used to be taken, kept to
    /// show what interleaving changes.
    BackToBack,
}

/// How a problem's solutions are measured: how often and in what order.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    /// Judged runs per solution (at least one); the median of each metric is kept.
    pub runs: usize,
    /// The order of the runs.
    pub order: Order,
    /// Seed of the interleaved rounds' orders.
    pub seed: u64,
    /// Run the calibration program alongside each problem's rounds.
    pub calibrate: bool,
}

/// A solution whose measured verdict differs from what the data said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Changed {
    /// The problem.
    pub problem_id: String,
    /// Index of the solution.
    pub solution: usize,
    /// What the data said (its label, or its recorded `passed`).
    pub before: String,
    /// What this machine measured.
    pub now: Verdict,
    /// Why, when it did not pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A failure of the measurement's own bookkeeping.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal could not be read or written.
    #[error("progress journal {path}: {source}")]
    Io {
        /// The journal file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
}

/// Where finished measurements are appended, one JSON line each.
pub struct Journal {
    path: PathBuf,
    file: Mutex<File>,
    done: HashMap<(String, usize), Measured>,
    partial: HashMap<(String, usize), Vec<Measured>>,
    /// Each problem's calibration times (ms), earlier and new.
    calibrations: Mutex<HashMap<String, Vec<f64>>>,
}

/// A journal line holding one run of a solution not yet finished (set rounds only).
#[derive(Serialize, Deserialize)]
struct RunLine {
    run: Measured,
}

/// A journal line holding one run of the calibration program.
#[derive(Serialize, Deserialize)]
struct CalibrationLine {
    calibration: CalibrationRun,
}

/// One calibration run during a problem's measurement.
#[derive(Serialize, Deserialize)]
struct CalibrationRun {
    problem_id: String,
    /// Its CPU time in ms.
    time: f64,
}

impl Journal {
    /// Opens (or creates) the journal at `path`, reading what it already holds. A torn
    /// last line (from a kill mid-write) is ignored.
    pub fn open(path: &Path) -> Result<Journal, JournalError> {
        let io = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut done = HashMap::new();
        let mut partial: HashMap<(String, usize), Vec<Measured>> = HashMap::new();
        let mut calibrations: HashMap<String, Vec<f64>> = HashMap::new();
        if path.exists() {
            for line in BufReader::new(File::open(path).map_err(io)?).lines() {
                let line = line.map_err(io)?;
                if let Ok(m) = serde_json::from_str::<Measured>(&line) {
                    done.insert((m.problem_id.clone(), m.solution), m);
                } else if let Ok(RunLine { run }) = serde_json::from_str(&line) {
                    partial
                        .entry((run.problem_id.clone(), run.solution))
                        .or_default()
                        .push(run);
                } else if let Ok(CalibrationLine { calibration }) = serde_json::from_str(&line) {
                    calibrations
                        .entry(calibration.problem_id)
                        .or_default()
                        .push(calibration.time);
                }
            }
        }
        partial.retain(|key, _| !done.contains_key(key));
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io)?;
        Ok(Journal {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            done,
            partial,
            calibrations: Mutex::new(calibrations),
        })
    }

    /// Measurements finished in earlier runs.
    pub fn done(&self) -> &HashMap<(String, usize), Measured> {
        &self.done
    }

    /// Single runs of solutions not yet finished, from earlier runs.
    pub fn partial(&self) -> &HashMap<(String, usize), Vec<Measured>> {
        &self.partial
    }

    /// The median time (ms) of the calibration runs taken while `problem_id` was
    /// measured, in this run and earlier ones; `None` when none was.
    pub fn calibration(&self, problem_id: &str) -> Option<f64> {
        let times = lock(&self.calibrations).get(problem_id)?.clone();
        Some(median(times))
    }

    fn append_calibration(&self, problem_id: &str, time: f64) -> Result<(), JournalError> {
        lock(&self.calibrations)
            .entry(problem_id.to_string())
            .or_default()
            .push(time);
        let line = CalibrationLine {
            calibration: CalibrationRun {
                problem_id: problem_id.to_string(),
                time,
            },
        };
        self.write(serde_json::to_string(&line).expect("calibrations serialise"))
    }

    fn append(&self, m: &Measured) -> Result<(), JournalError> {
        self.write(serde_json::to_string(m).expect("measurements serialise"))
    }

    fn append_run(&self, run: &Measured) -> Result<(), JournalError> {
        let line = RunLine { run: run.clone() };
        self.write(serde_json::to_string(&line).expect("measurements serialise"))
    }

    fn write(&self, mut line: String) -> Result<(), JournalError> {
        line.push('\n');
        let mut file = lock(&self.file);
        file.write_all(line.as_bytes())
            .and_then(|()| file.sync_data())
            .map_err(|source| JournalError::Io {
                path: self.path.clone(),
                source,
            })
    }
}

/// The median of `values` (the mean of the two middle ones for an even count; NaN when
/// empty).
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// Folds the runs of one solution into its measurement.
pub fn fold(problem_id: &str, solution: usize, runs: &[Judgement]) -> Measured {
    let singles: Vec<Measured> = runs
        .iter()
        .map(|j| single(problem_id, solution, j))
        .collect();
    combine(&singles)
}

/// A solution that could not be prepared to run: a sandbox error, with why.
fn unprepared(problem_id: &str, solution: usize, why: &dyn std::fmt::Display) -> Measured {
    Measured {
        problem_id: problem_id.to_string(),
        solution,
        verdict: Verdict::SandboxError,
        time: f64::NAN,
        memory: f64::NAN,
        integral: f64::NAN,
        runs: 0,
        reason: Some(why.to_string()),
    }
}

/// One run as a measurement of its own.
fn single(problem_id: &str, solution: usize, run: &Judgement) -> Measured {
    Measured {
        problem_id: problem_id.to_string(),
        solution,
        verdict: run.verdict,
        time: run.run.metrics.cpu_ms,
        memory: run.run.metrics.peak_memory_kb as f64,
        integral: run.run.metrics.integral_kb_ms,
        runs: 1,
        reason: (run.verdict != Verdict::Passed)
            .then(|| run.reason.clone())
            .flatten(),
    }
}

/// Single-run measurements of one solution combined: the median of each metric, and
/// the verdict and reason of the first run that failed. Needs at least one run.
fn combine(runs: &[Measured]) -> Measured {
    let failed = runs.iter().find(|m| m.verdict != Verdict::Passed);
    Measured {
        problem_id: runs[0].problem_id.clone(),
        solution: runs[0].solution,
        verdict: failed.map_or(Verdict::Passed, |m| m.verdict),
        time: median(runs.iter().map(|m| m.time).collect()),
        memory: median(runs.iter().map(|m| m.memory).collect()),
        integral: median(runs.iter().map(|m| m.integral).collect()),
        runs: runs.len(),
        reason: failed.and_then(|m| m.reason.clone()),
    }
}

/// Measures every solution of `problems` not yet in `journal` as `schedule` says, over
/// `pool`; `progress(done, total)` counts solutions (runs, in set rounds, where
/// solutions finish only in the last round). Returns all measurements (earlier
/// and new).
///
/// Every solution runs once first (the first round); only those that pass run in the
/// other `runs - 1` rounds. A failing solution's verdict is settled by its first
/// failure, so a solution that times out costs one time limit, not `runs` of them.
/// Interleaved, each round's order is shuffled with the seed (and the problem's id), and
/// problems are measured one after another; in set rounds, every round visits every
/// problem. Either way only one problem's prepared inputs are held in memory at a time.
/// With [`Schedule::calibrate`], the calibration program's runs go to the journal too;
/// [`record_calibrations`] writes their medians into the problems.
pub fn measure(
    pool: &dyn Execute,
    problems: &[Problem],
    schedule: Schedule,
    options: &JudgeOptions,
    journal: &Journal,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<Measured>, JournalError> {
    let schedule = Schedule {
        runs: schedule.runs.max(1),
        ..schedule
    };
    let total: usize = problems.iter().map(|p| p.solutions.len()).sum();
    let earlier: Vec<Measured> = journal.done().values().cloned().collect();
    let finished = Mutex::new(Finished {
        count: earlier.len(),
        new: Vec::new(),
        error: None,
    });
    let set_rounds = schedule.order == Order::SetRounds;
    if !set_rounds {
        progress(earlier.len(), total);
    }
    let complete = |m: Measured| {
        let mut state = lock(&finished);
        if let Err(e) = journal.append(&m) {
            state.error.get_or_insert(e);
        }
        state.count += 1;
        state.new.push(m);
        if !set_rounds {
            progress(state.count, total);
        }
    };
    let calibrate = |problem_id: &str| {
        if !schedule.calibrate {
            return;
        }
        for time in calibration::calibrate(pool, options) {
            if let Err(e) = journal.append_calibration(problem_id, time) {
                lock(&finished).error.get_or_insert(e);
            }
        }
    };
    let mut rounds_error = None;
    if set_rounds {
        let rounds = SetRounds {
            schedule,
            options,
            journal,
            complete: &complete,
            calibrate: &calibrate,
            progress,
        };
        rounds_error = rounds.measure(pool, problems).err();
    } else {
        for problem in problems {
            measure_problem(
                pool, problem, schedule, options, journal, &complete, &calibrate,
            );
        }
    }
    let Finished { new, error, .. } = finished.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(e) = error.or(rounds_error) {
        return Err(e);
    }
    Ok(earlier.into_iter().chain(new).collect())
}

/// What [`measure`] has finished so far.
struct Finished {
    count: usize,
    new: Vec<Measured>,
    error: Option<JournalError>,
}

/// Measures the solutions of one problem not yet in `journal`, handing each finished
/// measurement to `complete`, with `calibrate(problem_id)` before each round and after
/// the last (back to back: before the first round, before the other runs and after).
fn measure_problem(
    pool: &dyn Execute,
    problem: &Problem,
    Schedule {
        runs, order, seed, ..
    }: Schedule,
    options: &JudgeOptions,
    journal: &Journal,
    complete: &(dyn Fn(Measured) + Sync),
    calibrate: &dyn Fn(&str),
) {
    let id = problem.problem_id.to_string();
    let mut rng = SplitMix(seed ^ fnv1a(id.as_bytes()));
    let mut jobs: Vec<usize> = Vec::new();
    let mut prepared: Vec<Prepared> = Vec::new();
    for (index, solution) in problem.solutions.iter().enumerate() {
        if journal.done().contains_key(&(id.clone(), index)) {
            continue;
        }
        match prepare(problem, &solution.code, solution.language(), options) {
            Ok(p) => {
                prepared.push(p);
                jobs.push(index);
            }
            Err(e) => complete(unprepared(&id, index, &e)),
        }
    }
    if jobs.is_empty() {
        return;
    }

    // First round: once each. Failures and single-run measurements finish here.
    calibrate(&id);
    let first = rounds(&(0..jobs.len()).collect::<Vec<_>>(), 1, order, &mut rng);
    let requests: Vec<Prepared> = first.iter().map(|&job| prepared[job].clone()).collect();
    let pending: Mutex<HashMap<usize, Vec<Judgement>>> = Mutex::new(HashMap::new());
    judge_all(pool, &requests, &|index, judgement| {
        let job = first[index];
        if runs == 1 || judgement.verdict != Verdict::Passed {
            complete(fold(&id, jobs[job], std::slice::from_ref(judgement)));
        } else {
            let mut pending = lock(&pending);
            pending.insert(job, vec![judgement.clone()]);
        }
    });

    // The other rounds, of the solutions that passed, one at a time (back to back, all
    // at once).
    let mut again: Vec<usize> = lock(&pending).keys().copied().collect();
    again.sort_unstable();
    let repeats = rounds(&again, runs - 1, order, &mut rng);
    let batch = match order {
        Order::BackToBack => repeats.len(),
        Order::Interleaved | Order::SetRounds => again.len(),
    };
    for round in repeats.chunks(batch.max(1)) {
        calibrate(&id);
        let requests: Vec<Prepared> = round.iter().map(|&job| prepared[job].clone()).collect();
        judge_all(pool, &requests, &|index, judgement| {
            let job = round[index];
            let all = {
                let mut pending = lock(&pending);
                let entry = pending.entry(job).or_default();
                entry.push(judgement.clone());
                (entry.len() == runs).then(|| pending.remove(&job).unwrap_or_default())
            };
            if let Some(all) = all {
                complete(fold(&id, jobs[job], &all));
            }
        });
    }
    calibrate(&id);
}

/// A measurement in rounds over the whole set ([`Order::SetRounds`]).
struct SetRounds<'a> {
    schedule: Schedule,
    options: &'a JudgeOptions,
    journal: &'a Journal,
    /// Takes each finished measurement.
    complete: &'a (dyn Fn(Measured) + Sync),
    /// Runs the calibration program for a problem, at each visit.
    calibrate: &'a dyn Fn(&str),
    /// Counts runs: `(done, total)`.
    progress: &'a (dyn Fn(usize, usize) + Sync),
}

impl SetRounds<'_> {
    /// Measures the solutions of `problems` not finished in the journal. Each visit
    /// prepares the problem's solutions afresh, so only one problem's inputs are held in
    /// memory at a time, and every run goes to the journal as it ends. Returns the first
    /// failure to write the journal.
    fn measure(&self, pool: &dyn Execute, problems: &[Problem]) -> Result<(), JournalError> {
        let Schedule { runs, seed, .. } = self.schedule;
        let mut rng = SplitMix(seed);
        // The runs so far of each solution not yet finished, and the finished ones.
        let taken = Mutex::new(self.journal.partial().clone());
        let finished: Mutex<HashSet<(String, usize)>> =
            Mutex::new(self.journal.done().keys().cloned().collect());
        let error: Mutex<Option<JournalError>> = Mutex::new(None);
        // Runs done and runs to do; a solution that fails stops early and takes its
        // remaining runs off the total.
        let left: usize = {
            let (taken, finished) = (lock(&taken), lock(&finished));
            problems
                .iter()
                .flat_map(|p| (0..p.solutions.len()).map(|i| (p.problem_id.to_string(), i)))
                .filter(|key| !finished.contains(key))
                .map(|key| runs.saturating_sub(taken.get(&key).map_or(0, Vec::len)))
                .sum()
        };
        let counts = Mutex::new((0, left));
        (self.progress)(0, left);
        let count = |ran: usize, skipped: usize| {
            let mut counts = lock(&counts);
            counts.0 += ran;
            counts.1 = counts.1.saturating_sub(skipped);
            (self.progress)(counts.0, counts.1);
        };
        for round in 0..runs {
            let mut visits: Vec<&Problem> = problems.iter().collect();
            rng.shuffle(&mut visits);
            for problem in visits {
                let id = problem.problem_id.to_string();
                // The solutions still short of this round's run.
                let mut wanted: Vec<usize> = {
                    let (taken, finished) = (lock(&taken), lock(&finished));
                    (0..problem.solutions.len())
                        .filter(|&i| {
                            let key = (id.clone(), i);
                            !finished.contains(&key) && taken.get(&key).map_or(0, Vec::len) <= round
                        })
                        .collect()
                };
                rng.shuffle(&mut wanted);
                let mut jobs = Vec::with_capacity(wanted.len());
                let mut prepared = Vec::with_capacity(wanted.len());
                for index in wanted {
                    let solution = &problem.solutions[index];
                    match prepare(problem, &solution.code, solution.language(), self.options) {
                        Ok(p) => {
                            jobs.push(index);
                            prepared.push(p);
                        }
                        Err(e) => {
                            let before = lock(&taken).remove(&(id.clone(), index));
                            lock(&finished).insert((id.clone(), index));
                            count(0, runs.saturating_sub(before.map_or(0, |b| b.len())));
                            (self.complete)(unprepared(&id, index, &e));
                        }
                    }
                }
                if !prepared.is_empty() {
                    (self.calibrate)(&id);
                }
                judge_all(pool, &prepared, &|i, judgement| {
                    let key = (id.clone(), jobs[i]);
                    let run = single(&id, jobs[i], judgement);
                    let all = {
                        let mut taken = lock(&taken);
                        let so_far = taken.entry(key.clone()).or_default();
                        so_far.push(run.clone());
                        (run.verdict != Verdict::Passed || so_far.len() >= runs)
                            .then(|| taken.remove(&key).unwrap_or_default())
                    };
                    match all {
                        Some(all) => {
                            lock(&finished).insert(key);
                            count(1, runs.saturating_sub(all.len()));
                            (self.complete)(combine(&all));
                        }
                        None => {
                            count(1, 0);
                            if let Err(e) = self.journal.append_run(&run) {
                                lock(&error).get_or_insert(e);
                            }
                        }
                    }
                });
            }
        }
        error
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
            .map_or(Ok(()), Err)
    }
}

/// Locks `mutex`, taking the data of a poisoned one too (a panicking callback leaves
/// nothing half-written here).
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// `rounds` runs of every job in `jobs`: interleaved, every job once per round, each
/// round in an order of its own (set rounds, which shuffle each visit themselves, are
/// treated alike); back to back, each job's runs together, in `jobs`' order.
fn rounds(jobs: &[usize], rounds: usize, order: Order, rng: &mut SplitMix) -> Vec<usize> {
    match order {
        Order::Interleaved | Order::SetRounds => {
            let mut all = Vec::with_capacity(jobs.len() * rounds);
            for _ in 0..rounds {
                let mut round = jobs.to_vec();
                rng.shuffle(&mut round);
                all.extend(round);
            }
            all
        }
        Order::BackToBack => jobs
            .iter()
            .flat_map(|&job| std::iter::repeat_n(job, rounds))
            .collect(),
    }
}

/// FNV-1a: a stable hash of a problem id, so each problem gets its own orders.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Records on each problem how fast the machine was while it was measured: the median
/// of its calibration runs in `journal`, in its `measured_with` (so after that is
/// stamped). Returns how many problems have one.
pub fn record_calibrations(problems: &mut [Problem], journal: &Journal) -> usize {
    let mut recorded = 0;
    for problem in problems {
        let calibration = journal.calibration(&problem.problem_id.to_string());
        if let Some(measured_with) = &mut problem.measured_with {
            measured_with.calibration_us = calibration.map(calibration::micros);
            recorded += usize::from(calibration.is_some());
        }
    }
    recorded
}

/// Writes the measurements into the problems' solutions and returns the solutions whose
/// verdict changed from their label (or recorded `passed`).
pub fn apply(problems: &mut [Problem], measured: &[Measured]) -> Vec<Changed> {
    let mut changed = Vec::new();
    for m in measured {
        let Some(problem) = problems
            .iter_mut()
            .find(|p| p.problem_id.to_string() == m.problem_id)
        else {
            continue;
        };
        let Some(s) = problem.solutions.get_mut(m.solution) else {
            continue;
        };
        let before = match (s.expected, s.passed) {
            (Some(label), _) => Some((label == m.verdict, label.to_string())),
            (None, Some(p)) => Some((
                p == (m.verdict == Verdict::Passed),
                if p { "passed" } else { "failed" }.to_string(),
            )),
            (None, None) => None,
        };
        if let Some((false, before)) = before {
            changed.push(Changed {
                problem_id: m.problem_id.clone(),
                solution: m.solution,
                before,
                now: m.verdict,
                reason: m.reason.clone(),
            });
        }
        let passed = m.verdict == Verdict::Passed;
        s.passed = Some(passed);
        s.status = Some(m.verdict.to_string());
        s.time = passed.then_some(m.time);
        s.memory = passed.then_some(m.memory);
        s.integral = passed.then_some(m.integral);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_survives_a_torn_line_and_reopens_with_what_was_done() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        let m = Measured {
            problem_id: "7".into(),
            solution: 2,
            verdict: Verdict::Passed,
            time: 1.5,
            memory: 100.0,
            integral: 150.0,
            runs: 3,
            reason: None,
        };
        {
            let journal = Journal::open(&path).unwrap();
            journal.append(&m).unwrap();
        }
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"problem_id\": \"8\", \"sol")
            .unwrap();
        let again = Journal::open(&path).unwrap();
        assert_eq!(again.done().len(), 1);
        assert_eq!(again.done()[&("7".to_string(), 2)], m);
    }

    #[test]
    fn calibrations_are_kept_per_problem_across_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        {
            let journal = Journal::open(&path).unwrap();
            journal.append_calibration("7", 80.0).unwrap();
            journal.append_calibration("8", 95.0).unwrap();
            assert_eq!(journal.calibration("7"), Some(80.0));
        }
        let again = Journal::open(&path).unwrap();
        again.append_calibration("7", 90.0).unwrap();
        assert_eq!(again.calibration("7"), Some(85.0), "earlier runs count");
        assert_eq!(again.calibration("8"), Some(95.0));
        assert_eq!(again.calibration("9"), None);
        assert!(again.done().is_empty() && again.partial().is_empty());
    }

    #[test]
    fn rounds_hold_every_job_once_each_in_orders_of_their_own_set_by_the_seed() {
        let jobs: Vec<usize> = (0..8).collect();
        let order = rounds(&jobs, 5, Order::Interleaved, &mut SplitMix(42));
        assert_eq!(order.len(), 40);
        let each: Vec<Vec<usize>> = order.chunks(8).map(<[usize]>::to_vec).collect();
        for round in &each {
            let mut sorted = round.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, jobs, "every job once per round");
        }
        let distinct: std::collections::HashSet<&Vec<usize>> = each.iter().collect();
        assert!(distinct.len() >= 4, "rounds share one order: {each:?}");
        let again = |seed| rounds(&jobs, 5, Order::Interleaved, &mut SplitMix(seed));
        assert_eq!(order, again(42));
        assert_ne!(order, again(43));
        assert!(rounds(&jobs, 0, Order::Interleaved, &mut SplitMix(1)).is_empty());
    }

    #[test]
    fn back_to_back_keeps_each_jobs_runs_together_in_listed_order() {
        let order = rounds(&[4, 1, 7], 3, Order::BackToBack, &mut SplitMix(42));
        assert_eq!(order, [4, 4, 4, 1, 1, 1, 7, 7, 7]);
        assert!(rounds(&[4, 1], 0, Order::BackToBack, &mut SplitMix(1)).is_empty());
    }

    #[test]
    fn medians_take_the_middle_and_average_the_two_middles() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(vec![]).is_nan());
    }
}
