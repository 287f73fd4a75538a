//! GRPO rows: for each problem and goal, the loop's prompt to improve a seeded random human
//! solution of it (failing ones included, as the paper's training data does), shown with
//! its stored figures, and the reward label the server judges answers with.
//!
//! verl (0.9's `RLHFDataset`) reads parquet with `data_source`, `prompt` as a list of
//! `{role, content}` messages (a plain string is refused, and dropped without a word when
//! verl filters long prompts), `ability`, `reward_model {style, ground_truth}` and
//! `extra_info`; `ground_truth` is the label as a JSON string, so the Arrow schema stays
//! the same whatever a problem holds. TRL reads the same prompt and label as the
//! `prompt` and `ground_truth` columns of JSONL rows, and passes every column to the
//! reward function.
//!
//! The label is the reward item without its completion: the problem itself (its record
//! without solutions: any reward server can judge it) or, with `by_id`, only its id (for
//! a server started with the dataset: small rows); the instruction and language; the
//! starting code as `baseline_code` and its stored figures as `baseline_stats` (the
//! server measures the code again unless told to use the figures); and the case
//! multiplier those figures were measured with.

use afterburner_iof::client::Message;
use afterburner_iof::instruction::Instruction;
use afterburner_iof::prompt::{Current, Feedback};
use afterburner_iof::tasks::seeded_index;
use afterburner_reward::batch::outcome;
use serde_json::{json, Value};

use crate::source::{messages, training_prompts, Options, Source};
use crate::split::Split;
use crate::write::Table;
use crate::ExportError;

/// Which engine the rows are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// verl: parquet in `RLHFDataset`'s columns.
    Verl,
    /// TRL: JSONL with `prompt`, `ground_truth` and metadata columns.
    Trl,
}

/// The GRPO tables of `sources`, one per split, every goal in each.
pub fn tables(
    sources: &[Source],
    options: &Options,
    engine: Engine,
    by_id: bool,
) -> Result<Vec<Table>, ExportError> {
    let prompts = training_prompts();
    let mut tables = Vec::new();
    for split in [Split::Train, Split::Test] {
        let mut table = match engine {
            Engine::Verl => Table::verl(split),
            Engine::Trl => Table::trl(split),
        };
        for source in sources.iter().filter(|s| s.split == split) {
            for &instruction in &options.instructions {
                let index = table.rows.len();
                let start = seeded_index(options.seed, &source.id, source.problem.solutions.len());
                let code = &source.problem.solutions[start].code;
                let measured = &source.measured[start];
                let chat = messages(
                    &prompts,
                    source,
                    options.language,
                    instruction,
                    Some(Current {
                        code: Some(code.clone()),
                        feedback: Some(Feedback::against(measured, &source.reference)),
                    }),
                )?;
                let label = json!({
                    "problem_id": by_id.then(|| json!(source.problem.problem_id)),
                    "problem": (!by_id).then(|| record_without_solutions(source)),
                    "instruction": instruction.name(),
                    "language": options.language.name(),
                    "baseline_code": code,
                    "baseline_stats": outcome(measured),
                    "case_multiplier": source.problem.measured_with.as_ref().map(|m| m.case_multiply),
                    "meta": {"index": index, "split": split.name()},
                });
                let label = without_nulls(label).to_string();
                table.rows.push(row(
                    engine,
                    &chat,
                    label,
                    source,
                    instruction,
                    split,
                    index,
                    options,
                ));
            }
        }
        tables.push(table);
    }
    Ok(tables)
}

/// One row in `engine`'s columns.
#[allow(clippy::too_many_arguments)]
fn row(
    engine: Engine,
    chat: &[Message],
    label: String,
    source: &Source,
    instruction: Instruction,
    split: Split,
    index: usize,
    options: &Options,
) -> Value {
    let prompt: Vec<Value> = chat
        .iter()
        .map(|m| json!({"role": m.role, "content": m.content}))
        .collect();
    match engine {
        Engine::Verl => json!({
            "data_source": "afterburner",
            "prompt": prompt,
            "ability": "code",
            "reward_model": {"style": "rule", "ground_truth": label},
            "extra_info": {
                "index": index,
                "problem_id": source.id,
                "instruction": instruction.name(),
                "split": split.name(),
                "language": options.language.name(),
            },
        }),
        Engine::Trl => json!({
            "prompt": prompt,
            "ground_truth": label,
            "problem_id": source.id,
            "instruction": instruction.name(),
            "language": options.language.name(),
        }),
    }
}

/// The problem's record without its solutions: everything judging needs, and far smaller.
fn record_without_solutions(source: &Source) -> Value {
    let mut problem = source.problem.clone();
    problem.solutions.clear();
    serde_json::to_value(&problem).expect("a problem serializes")
}

/// `value` without its null fields (the label names only what it carries).
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            Value::Object(map.into_iter().filter(|(_, v)| !v.is_null()).collect())
        }
        other => other,
    }
}
