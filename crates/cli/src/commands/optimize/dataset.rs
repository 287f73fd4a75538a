//! The problems of a run and how to measure them: from a measured dataset (measured as
//! it was, with warnings where that is not possible), or from a bundled source set, of
//! which only the chosen problems are built and their human solutions measured here,
//! with the run's settings.

use std::path::Path;

use afterburner_iof::tasks::select;
use afterburner_litmus::distribution::{apply, measure, Journal, Order, Schedule};
use afterburner_litmus::provenance::{settle, Requested, Settings as Measurement};
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::pool::Execute;
use afterburner_venus::bundle::{is_source_set, read_source_set, SourceProblem};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::Problem;
use anyhow::Context;

use super::OptimizeArgs;
use crate::commands::dataset::validate::build_all;
use crate::commands::dataset::{read_problems, Selection};
use crate::commands::executor::Executor;
use crate::progress::Progress;

/// Seed of the order the human solutions are measured in (`distribution` defaults to the
/// same).
const REFERENCE_SEED: u64 = 1;

/// Runs per measurement when neither the user nor the dataset says: the median of three
/// keeps one unlucky run from deciding.
const DEFAULT_RUNS: usize = 3;

/// The chosen problems, with their human solutions measured.
pub struct Chosen {
    /// The dataset as named.
    pub dataset: String,
    /// The problems.
    pub problems: Vec<Problem>,
    /// How candidates are measured.
    pub measurement: Measurement,
    /// What the reader of the scores must know about the measurements.
    pub warnings: Vec<String>,
    /// The human solutions still need measuring (built from sources).
    unmeasured: bool,
}

impl Chosen {
    /// Loads `dataset` and selects the run's problems (`previous` settings name them
    /// when replaying).
    pub fn load(
        args: &OptimizeArgs,
        dataset: &Path,
        previous: Option<&afterburner_iof::settings::Settings>,
        executor: &Executor,
    ) -> anyhow::Result<Chosen> {
        let ids: Vec<String> = match previous {
            Some(s) => s.problems.clone(),
            None => args.problems.clone(),
        };
        let limit = if previous.is_some() { None } else { args.limit };
        let requested = Requested {
            runs: previous.map(|s| s.runs).or(args.runs),
            case_multiply: previous.map(|s| s.case_multiply).or(args.case_multiply),
            sample_hz: previous.map(|s| s.sample_hz),
        };
        let language = previous.map_or(args.language, |s| s.language);
        if is_source_set(dataset) {
            return from_sources(dataset, &ids, limit, &requested, language, executor);
        }
        let problems = read_problems(&Selection {
            path: dataset.to_path_buf(),
            config: args.config.clone(),
            split: args.split.clone(),
        })?;
        let problems = select(problems, &ids, limit)?;
        let requested = Requested {
            runs: requested
                .runs
                .or(Some(DEFAULT_RUNS).filter(|_| no_provenance(&problems))),
            ..requested
        };
        let (measurement, warnings) =
            settle(&problems, &requested, &executor.machine(), &[language]);
        let warnings = warnings
            .into_iter()
            .map(|w| {
                let line = format!("{}: {} ({})", w.severity, w.message, w.what_to_do);
                eprintln!("{line}");
                line
            })
            .collect();
        Ok(Chosen {
            dataset: dataset.display().to_string(),
            problems,
            measurement,
            warnings,
            unmeasured: false,
        })
    }
}

fn no_provenance(problems: &[Problem]) -> bool {
    problems.iter().all(|p| p.measured_with.is_none())
}

/// Builds the chosen problems of a bundled source set; their human solutions are
/// measured by [`Chosen::measure_references`] once the run folder is claimed.
fn from_sources(
    dir: &Path,
    ids: &[String],
    limit: Option<usize>,
    requested: &Requested,
    language: afterburner_monolith::Language,
    executor: &Executor,
) -> anyhow::Result<Chosen> {
    let mut sources = read_source_set(dir).with_context(|| format!("reading {}", dir.display()))?;
    sources.sort_by_key(SourceProblem::problem_id);
    let chosen: Vec<SourceProblem> = if ids.is_empty() {
        sources
            .into_iter()
            .take(limit.unwrap_or(usize::MAX))
            .collect()
    } else {
        let named =
            |s: &SourceProblem, id: &String| s.slug == *id || s.problem_id().to_string() == *id;
        let unknown: Vec<&String> = ids
            .iter()
            .filter(|id| !sources.iter().any(|s| named(s, id)))
            .collect();
        anyhow::ensure!(
            unknown.is_empty(),
            "{} has no problem {}",
            dir.display(),
            unknown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        ids.iter()
            .filter_map(|id| sources.iter().find(|s| named(s, id)).cloned())
            .take(limit.unwrap_or(usize::MAX))
            .collect()
    };
    anyhow::ensure!(
        !chosen.is_empty(),
        "no problems selected from {}",
        dir.display()
    );
    let local;
    let runner = match executor {
        Executor::Local { runner, .. } => runner,
        Executor::Remote(_) => {
            local = crate::commands::run::make_runner(false)?;
            &local
        }
    };
    let cpus = CpuSet::allowed().unwrap_or_default();
    let mut problems = build_all(runner, &cpus, &chosen)?;
    for p in &mut problems {
        p.solutions.retain(|s| s.language() == language);
    }
    let measurement = Measurement {
        runs: requested.runs.unwrap_or(DEFAULT_RUNS).max(1),
        case_multiply: requested.case_multiply.unwrap_or(1).max(1),
        sample_hz: requested
            .sample_hz
            .unwrap_or(JudgeOptions::default().sample_hz),
    };
    Ok(Chosen {
        dataset: dir.display().to_string(),
        problems,
        measurement,
        warnings: Vec::new(),
        unmeasured: true,
    })
}

impl Chosen {
    /// Whether the human solutions still need measuring (problems built from sources).
    pub fn needs_measuring(&self) -> bool {
        self.unmeasured
    }

    /// Measures the human solutions of problems built from sources, with the run's
    /// settings (resumable: the journal lives in the run folder `out`).
    pub fn measure_references(&mut self, executor: &Executor, out: &Path) -> anyhow::Result<()> {
        let journal = Journal::open(&out.join("references.journal.jsonl"))?;
        let progress = Progress::new("measuring humans");
        let measured = measure(
            executor as &dyn Execute,
            &self.problems,
            Schedule {
                runs: self.measurement.runs,
                order: Order::Interleaved,
                seed: REFERENCE_SEED,
                // Kept in the run folder only, where nothing compares machine speeds.
                calibrate: false,
            },
            &self.measurement.judge_options(),
            &journal,
            &|d, t| progress.update(d, t),
        )?;
        progress.finish();
        apply(&mut self.problems, &measured);
        self.unmeasured = false;
        Ok(())
    }
}
