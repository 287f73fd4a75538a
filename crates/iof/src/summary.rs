//! The figures of a run, per instruction and iteration: Pass@1, Time%, Memory% and
//! Integral% with 95% bootstrap intervals (the paper's curves), how many problems
//! improved, tokens, and time spent in the model versus measuring. They come from the
//! independent scoring measurement of each kept version, never from the measurement that
//! chose it.

use std::collections::BTreeMap;

use afterburner_litmus::bootstrap::Estimate;
use afterburner_litmus::score::{evaluate, Reference, References};
use serde::{Deserialize, Serialize};

use crate::engine::{candidate, AnswerCounts, Step, Trajectory};
use crate::instruction::Instruction;

/// The figures of one iteration over all problems.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IterationFigures {
    /// 0 for the first version.
    pub iteration: usize,
    /// Problems counted.
    pub problems: usize,
    /// Share of problems whose kept version passes.
    pub pass_at_1: Estimate,
    /// Mean Time% (share of human solutions at least as slow).
    pub time: Estimate,
    /// Mean Memory%.
    pub memory: Estimate,
    /// Mean Integral%.
    pub integral: Estimate,
    /// Problems where a better version was kept in this round.
    pub accepted: usize,
    /// Problems where a better version was kept in this or an earlier feedback round.
    pub improved: usize,
    /// Prompt tokens of this round.
    pub prompt_tokens: u64,
    /// Completion tokens of this round.
    pub completion_tokens: u64,
    /// Seconds in the model (sum over requests).
    pub llm_seconds: f64,
    /// Seconds measuring (sum over problems, waiting for the pool included).
    pub measure_seconds: f64,
    /// What the answers held.
    #[serde(flatten)]
    pub counts: AnswerCounts,
}

/// The curves of one instruction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstructionFigures {
    /// The goal.
    pub instruction: Instruction,
    /// Iteration 0, 1, …
    pub iterations: Vec<IterationFigures>,
}

/// Folds trajectories into per-iteration figures, instruction by instruction.
pub fn figures(
    trajectories: &[Trajectory],
    references: &BTreeMap<String, Reference>,
    language: &str,
    seed: u64,
) -> Vec<InstructionFigures> {
    let mut in_language = References::default();
    for (problem_id, reference) in references {
        in_language.insert(problem_id, language, reference.clone());
    }
    let mut by_instruction: BTreeMap<Instruction, Vec<&Trajectory>> = BTreeMap::new();
    for t in trajectories {
        by_instruction.entry(t.instruction).or_default().push(t);
    }
    by_instruction
        .into_iter()
        .map(|(instruction, group)| {
            let rounds = group.iter().map(|t| t.steps.len()).max().unwrap_or(0);
            let iterations = (0..rounds)
                .map(|i| iteration(&group, i, &in_language, language, seed))
                .collect();
            InstructionFigures {
                instruction,
                iterations,
            }
        })
        .collect()
}

fn iteration(
    group: &[&Trajectory],
    i: usize,
    references: &References,
    language: &str,
    seed: u64,
) -> IterationFigures {
    let present: Vec<(&Trajectory, &Step)> = group
        .iter()
        .filter_map(|t| t.steps.get(i).map(|s| (*t, s)))
        .collect();
    let candidates = present
        .iter()
        .map(|(t, s)| candidate(s.score.as_ref(), &t.problem_id, &t.difficulty, language))
        .collect();
    let overall = evaluate(candidates, references, seed).overall;
    let sum = |f: &dyn Fn(&Step) -> f64| present.iter().map(|(_, s)| f(s)).sum::<f64>();
    let mut counts = AnswerCounts::default();
    for (_, s) in &present {
        counts += s.counts;
    }
    IterationFigures {
        iteration: i,
        problems: present.len(),
        pass_at_1: overall.pass_at_1,
        time: overall.time,
        memory: overall.memory,
        integral: overall.integral,
        accepted: present.iter().filter(|(_, s)| s.accepted).count(),
        improved: present
            .iter()
            .filter(|(t, _)| t.steps[..=i].iter().any(|s| s.accepted))
            .count(),
        prompt_tokens: present.iter().map(|(_, s)| s.usage.prompt_tokens).sum(),
        completion_tokens: present.iter().map(|(_, s)| s.usage.completion_tokens).sum(),
        llm_seconds: sum(&|s| s.llm_seconds),
        measure_seconds: sum(&|s| s.measure_seconds),
        counts,
    }
}
