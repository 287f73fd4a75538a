//! What every export starts from: the measured problems in one language, their split, and
//! the loop's prompts built for them.

use afterburner_iof::answer::compose;
use afterburner_iof::client::Message;
use afterburner_iof::instruction::Instruction;
use afterburner_iof::measurement::Measurement;
use afterburner_iof::prompt::{goal, Current, PromptInput, Prompts};
use afterburner_litmus::score::Reference;
use afterburner_monolith::Language;
use afterburner_venus::{Problem, Solution};

use crate::split::{Split, Splitter};
use crate::ExportError;

/// The choices every dataset export shares.
#[derive(Debug, Clone)]
pub struct Options {
    /// The language of the solutions (and of the prompts).
    pub language: Language,
    /// The goals to export, each its own dataset.
    pub instructions: Vec<Instruction>,
    /// Share of the problems held out as the test split.
    pub test_fraction: f64,
    /// Seeds the split and every random choice.
    pub seed: u64,
}

/// A problem ready to export: its solutions in the language, their stored figures and
/// the human distribution they are ranked against.
pub struct Source {
    /// The problem, with only the language's solutions.
    pub problem: Problem,
    /// Its problem id as text.
    pub id: String,
    /// Train or test.
    pub split: Split,
    /// The passing, measured solutions' figures.
    pub reference: Reference,
    /// Each solution's stored figures, in the order of `problem.solutions`.
    pub measured: Vec<Measurement>,
}

impl Source {
    /// The passing solutions with their figures.
    pub fn passing(&self) -> impl Iterator<Item = (&Solution, &Measurement)> {
        self.problem
            .solutions
            .iter()
            .zip(&self.measured)
            .filter(|(_, m)| m.passed())
    }
}

/// The problems of `problems` that can be exported in `options.language` (a runner and at
/// least one measured, passing solution), split by problem; the others are counted in
/// the second value.
pub fn sources(
    problems: Vec<Problem>,
    options: &Options,
) -> Result<(Vec<Source>, usize), ExportError> {
    if !(0.0..1.0).contains(&options.test_fraction) {
        return Err(ExportError::TestFraction(options.test_fraction));
    }
    let read = problems.len();
    let usable: Vec<Problem> = problems
        .into_iter()
        .filter(|p| p.test_case_runners.get(options.language).is_some())
        .map(|mut p| {
            p.solutions.retain(|s| s.language() == options.language);
            p
        })
        .filter(|p| !Reference::of(p, options.language).is_empty())
        .collect();
    if usable.is_empty() {
        return Err(ExportError::NothingMeasured {
            problems: read,
            language: options.language.name().into(),
        });
    }
    let ids: Vec<String> = usable.iter().map(|p| p.problem_id.to_string()).collect();
    let splitter = Splitter::new(&ids, options.test_fraction, options.seed);
    let skipped = read - usable.len();
    let sources = usable
        .into_iter()
        .zip(ids)
        .map(|(problem, id)| Source {
            split: splitter.of(&id),
            reference: Reference::of(&problem, options.language),
            measured: problem
                .solutions
                .iter()
                .map(Measurement::of_stored)
                .collect(),
            problem,
            id,
        })
        .collect();
    Ok((sources, skipped))
}

/// The loop's prompt (system, then user; no few-shot example: training teaches the
/// format) for `source` towards `instruction`, improving `current` or writing the first
/// version.
pub fn messages(
    prompts: &Prompts,
    source: &Source,
    language: Language,
    instruction: Instruction,
    current: Option<Current>,
) -> Result<Vec<Message>, ExportError> {
    let input = PromptInput::new(&source.problem, language, instruction, current);
    Ok(prompts.messages(&input)?)
}

/// The prompts training data is made with: the loop's built-in templates, no example.
pub fn training_prompts() -> Prompts {
    Prompts::new(None, None, false).expect("the built-in templates compile")
}

/// `code` as an answer aiming at `instruction`: the goal as its reasoning (a dataset's
/// solutions come without any), the code fenced in the language.
pub fn answer(code: &str, language: Language, instruction: Instruction) -> String {
    compose(goal(instruction), language.name(), code)
}

/// Alpaca columns for a chat prompt: the system message and the last user message.
pub fn alpaca_prompt(messages: &[Message]) -> (String, String) {
    let of = |role: &str| {
        messages
            .iter()
            .rev()
            .find(|m| m.role == role)
            .map(|m| m.content.clone())
            .unwrap_or_default()
    };
    (of("system"), of("user"))
}
