//! The prompts: templates (minijinja) filled from the problem, the goal, the current code
//! and its measurements. The built-in templates live in `crates/iof/templates/`; users
//! replace them with `--prompt` / `--system-prompt`. An optional few-shot example (a
//! problem of our own, not in any dataset) shows small models the answer format.

use afterburner_litmus::score::Reference;
use afterburner_monolith::Language;
use afterburner_venus::Problem;
use minijinja::{Environment, UndefinedBehavior};
use serde::{Deserialize, Serialize};

use crate::client::Message;
use crate::engine::shares;
use crate::instruction::Instruction;
use crate::measurement::Measurement;
use crate::transcript::code_hash;

const SYSTEM: &str = include_str!("../templates/system.j2");
const USER: &str = include_str!("../templates/user.j2");
const EXAMPLE: &str = include_str!("../templates/example.json");

/// A template that does not compile or does not render.
#[derive(Debug, thiserror::Error)]
#[error("prompt template {name}: {source}")]
pub struct PromptError {
    /// `system` or `user` (or the file it came from).
    pub name: String,
    /// What minijinja reported (with the line).
    #[source]
    pub source: minijinja::Error,
}

/// What the current version's measurement says, as the templates see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// It passed every test.
    pub passed: bool,
    /// The verdict's name.
    pub verdict: String,
    /// Why it failed.
    pub reason: Option<String>,
    /// The first failing case (0-based).
    pub failing_case: Option<usize>,
    /// Median CPU time in ms.
    pub time_ms: Option<f64>,
    /// Median peak memory in KiB.
    pub memory_kb: Option<f64>,
    /// Median integral in KiB·ms.
    pub integral_kb_ms: Option<f64>,
    /// Share (whole percent) of human solutions at least as slow.
    pub time_pct: u32,
    /// Share (whole percent) of human solutions using at least as much memory.
    pub memory_pct: u32,
    /// Share (whole percent) of human solutions with at least as large an integral.
    pub integral_pct: u32,
    /// How many passing human solutions there are.
    pub references: usize,
}

impl Feedback {
    /// Feedback on `m` with its standing among `reference`, the human solutions.
    pub fn against(m: &Measurement, reference: &Reference) -> Feedback {
        Feedback::new(m, shares(Some(m), reference), reference.len())
    }

    /// Feedback from a measurement and its standing among the human solutions
    /// (shares 0.0–1.0, from Litmus).
    pub fn new(m: &Measurement, shares: [f64; 3], references: usize) -> Feedback {
        let pct = |share: f64| (share * 100.0).round().clamp(0.0, 100.0) as u32;
        Feedback {
            passed: m.passed(),
            verdict: m.verdict.name().replace('_', " "),
            reason: m.reason.clone(),
            failing_case: m.failing_case,
            time_ms: m.time_ms,
            memory_kb: m.memory_kb,
            integral_kb_ms: m.integral_kb_ms,
            time_pct: pct(shares[0]),
            memory_pct: pct(shares[1]),
            integral_pct: pct(shares[2]),
            references,
        }
    }
}

/// Everything a prompt is made from.
#[derive(Debug, Clone, Serialize)]
pub struct PromptInput {
    /// The language's fence tag (`python`, `cpp`, …).
    pub language: String,
    /// The language as people name it (`Python 3`, `C++`, …).
    pub language_name: String,
    /// The problem's title.
    pub title: String,
    /// The problem statement.
    pub statement: String,
    /// The starter code in this language, when the problem has one.
    pub starter_code: Option<String>,
    /// The efficiency goal.
    pub instruction: Instruction,
    /// The goal, in a sentence (filled from `instruction`).
    pub goal: String,
    /// Whether there is a current version at all.
    pub has_current: bool,
    /// The current code (none before the first version, or with `--no-original`).
    pub current_code: Option<String>,
    /// Its measurement (none before the first version, or with `--no-feedback`).
    pub feedback: Option<Feedback>,
}

/// The version a prompt asks the model to improve.
#[derive(Debug, Clone, Default)]
pub struct Current {
    /// Its code (none: not shown).
    pub code: Option<String>,
    /// What was measured of it (none: not shown).
    pub feedback: Option<Feedback>,
}

impl PromptInput {
    /// The prompt's input for `problem` in `language` towards `instruction`: improve
    /// `current`, or (none) write the first version.
    pub fn new(
        problem: &Problem,
        language: Language,
        instruction: Instruction,
        current: Option<Current>,
    ) -> PromptInput {
        PromptInput {
            language: language.name().into(),
            language_name: display_name(language).into(),
            title: problem.title.clone(),
            statement: problem.question_content.clone(),
            starter_code: problem
                .code_prompt
                .as_ref()
                .and_then(|p| p.get(language))
                .map(str::to_string),
            instruction,
            goal: String::new(),
            has_current: current.is_some(),
            current_code: current.as_ref().and_then(|c| c.code.clone()),
            feedback: current.and_then(|c| c.feedback),
        }
    }
}

/// How people name a language in a prompt.
pub fn display_name(language: Language) -> &'static str {
    match language {
        Language::Python => "Python 3",
        Language::Cpp => "C++17",
        Language::Java => "Java",
        Language::JavaScript => "JavaScript (Node.js)",
        Language::Go => "Go",
        Language::Rust => "Rust",
    }
}

/// The goal of `instruction`, in a sentence for the model.
pub fn goal(instruction: Instruction) -> &'static str {
    match instruction {
        Instruction::Time => {
            "Make the program faster: lower its CPU time over the tests while keeping every answer correct."
        }
        Instruction::Memory => {
            "Make the program leaner: lower its peak memory over the tests while keeping every answer correct."
        }
        Instruction::Integral => {
            "Lower the memory the program holds over its whole run (memory integrated over time): use little memory and finish quickly, keeping every answer correct."
        }
    }
}

#[derive(Deserialize)]
struct Example {
    title: String,
    statement: String,
    starter_code: String,
    current_code: String,
    feedback: Feedback,
    answer: String,
}

/// The prompt templates, compiled.
pub struct Prompts {
    env: Environment<'static>,
    few_shot: bool,
    fingerprint: String,
}

impl Prompts {
    /// The built-in templates, or the given replacements (their text); `few_shot` adds
    /// the example exchange before the real question.
    pub fn new(
        system: Option<String>,
        user: Option<String>,
        few_shot: bool,
    ) -> Result<Prompts, PromptError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_keep_trailing_newline(false);
        let system = system.unwrap_or_else(|| SYSTEM.into());
        let user = user.unwrap_or_else(|| USER.into());
        let example = if few_shot { EXAMPLE } else { "" };
        let fingerprint = code_hash(&[system.as_str(), &user, example].join("\0"));
        for (name, text) in [("system", system), ("user", user)] {
            env.add_template_owned(name, text)
                .map_err(|source| PromptError {
                    name: name.into(),
                    source,
                })?;
        }
        Ok(Prompts {
            env,
            few_shot,
            fingerprint,
        })
    }

    /// A short hash of the templates and the example in use: two runs whose prompts
    /// could differ never share a fingerprint.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    fn render(&self, name: &str, input: &PromptInput) -> Result<String, PromptError> {
        let error = |source| PromptError {
            name: name.into(),
            source,
        };
        let mut input = input.clone();
        input.goal = goal(input.instruction).to_string();
        self.env
            .get_template(name)
            .map_err(error)?
            .render(&input)
            .map_err(error)
    }

    /// The chat messages for `input`: system, the example exchange when enabled, user.
    pub fn messages(&self, input: &PromptInput) -> Result<Vec<Message>, PromptError> {
        let message = |role: &str, content: String| Message {
            role: role.into(),
            content,
        };
        let mut messages = vec![message("system", self.render("system", input)?)];
        if self.few_shot {
            let example: Example =
                serde_json::from_str(EXAMPLE).expect("the built-in example parses");
            let shown = PromptInput {
                language: "python".into(),
                language_name: "Python 3".into(),
                title: example.title,
                statement: example.statement,
                starter_code: Some(example.starter_code),
                instruction: Instruction::Time,
                goal: String::new(),
                has_current: true,
                current_code: Some(example.current_code),
                feedback: Some(example.feedback),
            };
            messages.push(message("user", self.render("user", &shown)?));
            messages.push(message("assistant", example.answer));
        }
        messages.push(message("user", self.render("user", input)?));
        Ok(messages)
    }
}

#[cfg(test)]
mod tests {
    use afterburner_venus::Verdict;

    use super::*;
    use crate::answer::parse;

    fn input() -> PromptInput {
        PromptInput {
            language: "python".into(),
            language_name: "Python 3".into(),
            title: "Lone value".into(),
            statement: "Find the value that appears once.".into(),
            starter_code: Some("class Solution:\n    def lone(self, xs): ...".into()),
            instruction: Instruction::Memory,
            goal: String::new(),
            has_current: true,
            current_code: Some("print(42)".into()),
            feedback: Some(Feedback::new(
                &Measurement {
                    verdict: Verdict::Passed,
                    reason: None,
                    failing_case: None,
                    time_ms: Some(12.25),
                    memory_kb: Some(9000.0),
                    integral_kb_ms: Some(110_250.0),
                    runs: 3,
                },
                [0.37, 0.5, 0.0],
                40,
            )),
        }
    }

    #[test]
    fn the_prompt_holds_problem_goal_code_and_measurements() {
        let messages = Prompts::new(None, None, false)
            .unwrap()
            .messages(&input())
            .unwrap();
        assert_eq!(messages.len(), 2);
        let user = &messages[1].content;
        for part in [
            "Lone value",
            "appears once",
            "def lone",
            "peak memory",
            "print(42)",
            "12.2 ms",
            "faster than 37% of the 40 human solutions",
            "9000 KiB",
            "110250 KiB·ms",
        ] {
            assert!(user.contains(part), "{part:?} missing from:\n{user}");
        }
        assert!(messages[0].content.contains("```python"));
    }

    #[test]
    fn a_failure_is_described_with_its_case_and_reason() {
        let mut i = input();
        i.feedback = Some(Feedback::new(
            &Measurement {
                failing_case: Some(2),
                ..Measurement::failed(Verdict::WrongAnswer, "expected 3, got 4".into())
            },
            [0.0; 3],
            40,
        ));
        let user = Prompts::new(None, None, false)
            .unwrap()
            .messages(&i)
            .unwrap()[1]
            .content
            .clone();
        assert!(
            user.contains("It fails: wrong answer on test case 3."),
            "{user}"
        );
        assert!(user.contains("expected 3, got 4"));
        assert!(!user.contains("CPU time"));
    }

    #[test]
    fn the_ablations_leave_out_the_code_or_the_measurements() {
        let prompts = Prompts::new(None, None, false).unwrap();
        let mut hidden = input();
        hidden.current_code = None;
        let user = prompts.messages(&hidden).unwrap()[1].content.clone();
        assert!(
            !user.contains("print(42)")
                && user.contains("(not shown)")
                && user.contains("CPU time")
        );
        let mut blind = input();
        blind.feedback = None;
        let user = prompts.messages(&blind).unwrap()[1].content.clone();
        assert!(user.contains("print(42)") && !user.contains("CPU time"));
        let mut first = input();
        (first.has_current, first.current_code, first.feedback) = (false, None, None);
        let user = prompts.messages(&first).unwrap()[1].content.clone();
        assert!(user.contains("no current version yet"));
    }

    #[test]
    fn the_few_shot_example_is_an_exchange_in_the_answer_format() {
        let messages = Prompts::new(None, None, true)
            .unwrap()
            .messages(&input())
            .unwrap();
        let roles: Vec<&str> = messages.iter().map(|m| m.role.as_str()).collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        let example = parse(&messages[2].content);
        assert!(example.exact_format && example.code.is_some());
        assert!(messages[1].content.contains("Pairs with a target sum"));
    }

    #[test]
    fn the_fingerprint_changes_with_any_template_or_the_example() {
        let built_in = Prompts::new(None, None, false).unwrap();
        let same = Prompts::new(Some(SYSTEM.into()), Some(USER.into()), false).unwrap();
        assert_eq!(built_in.fingerprint(), same.fingerprint());
        let other = Prompts::new(None, Some("{{ goal }}".into()), false).unwrap();
        let example = Prompts::new(None, None, true).unwrap();
        assert_ne!(built_in.fingerprint(), other.fingerprint());
        assert_ne!(built_in.fingerprint(), example.fingerprint());
        assert_ne!(built_in.fingerprint(), code_hash(""));
    }

    #[test]
    fn a_replacement_template_is_used_and_its_errors_name_it() {
        let prompts =
            Prompts::new(None, Some("Do {{ goal }} for {{ title }}".into()), false).unwrap();
        assert_eq!(
            prompts.messages(&input()).unwrap()[1].content,
            format!("Do {} for Lone value", goal(Instruction::Memory))
        );
        let broken = Prompts::new(None, Some("{{ no_such_field }}".into()), false).unwrap();
        let err = broken.messages(&input()).unwrap_err();
        assert!(err.to_string().contains("prompt template user"), "{err}");
        assert!(Prompts::new(None, Some("{% if %}".into()), false).is_err());
    }
}
