//! What a run leaves in its `--out` folder besides the transcript and settings:
//! `summary.json` (figures per iteration, totals, every problem's course),
//! `final.jsonl` (the kept code per problem, in `afterburner evaluate`'s candidate
//! format) and `report.html`.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::engine::Trajectory;
use crate::settings::Settings;
use crate::summary::InstructionFigures;

/// Everything `summary.json` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// The run's settings.
    pub settings: Settings,
    /// The model servers used.
    pub servers: Vec<String>,
    /// The run used the built-in demo model (its figures say nothing about real models).
    pub demo_model: bool,
    /// Per instruction, per iteration.
    pub figures: Vec<InstructionFigures>,
    /// Wall-clock seconds of this invocation.
    pub wall_seconds: f64,
    /// Seconds in the model, summed over requests (this and earlier invocations).
    pub llm_seconds: f64,
    /// Seconds measuring, summed over problems (waiting for the pool included).
    pub measure_seconds: f64,
    /// Prompt tokens in all.
    pub prompt_tokens: u64,
    /// Completion tokens in all.
    pub completion_tokens: u64,
    /// Model calls answered from an earlier invocation's transcript.
    pub resumed_calls: usize,
    /// Warnings about how the scores compare (measurement settings, demo model, …).
    pub warnings: Vec<String>,
    /// Every problem's course, iteration by iteration.
    pub trajectories: Vec<Trajectory>,
}

impl RunSummary {
    /// Totals from the trajectories.
    pub fn totals(trajectories: &[Trajectory]) -> (f64, f64, u64, u64) {
        let steps = || trajectories.iter().flat_map(|t| &t.steps);
        (
            steps().map(|s| s.llm_seconds).sum(),
            steps().map(|s| s.measure_seconds).sum(),
            steps().map(|s| s.usage.prompt_tokens).sum(),
            steps().map(|s| s.usage.completion_tokens).sum(),
        )
    }
}

#[derive(Serialize)]
struct FinalLine<'a> {
    problem_id: &'a str,
    code: &'a str,
    language: &'a str,
    instruction: &'a str,
}

/// Writes `summary.json` and `final.jsonl` into `dir`.
pub fn write(dir: &Path, summary: &RunSummary) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(summary).expect("summaries serialise");
    std::fs::write(dir.join("summary.json"), text + "\n")?;
    let mut lines = Vec::new();
    for t in &summary.trajectories {
        let Some(code) = &t.final_code else { continue };
        let line = FinalLine {
            problem_id: &t.problem_id,
            code,
            language: summary.settings.language.name(),
            instruction: t.instruction.name(),
        };
        writeln!(
            lines,
            "{}",
            serde_json::to_string(&line).expect("lines serialise")
        )?;
    }
    std::fs::write(dir.join("final.jsonl"), lines)
}
