//! SFT rows: each problem's `top_k` passing solutions by the goal's metric, answering the
//! loop's first-version prompt (LLaMA-Factory alpaca), one dataset per goal and split.

use afterburner_iof::instruction::Instruction;
use serde_json::json;

use crate::source::{alpaca_prompt, answer, messages, training_prompts, Options, Source};
use crate::split::Split;
use crate::write::Table;
use crate::ExportError;

/// The SFT tables of `sources`: `top_k` solutions per problem and goal.
pub fn tables(
    sources: &[Source],
    options: &Options,
    top_k: usize,
) -> Result<Vec<Table>, ExportError> {
    let prompts = training_prompts();
    let mut tables = Vec::new();
    for &instruction in &options.instructions {
        for split in [Split::Train, Split::Test] {
            let mut table = Table::alpaca("sft", Some(instruction), split, false);
            for source in sources.iter().filter(|s| s.split == split) {
                let chat = messages(&prompts, source, options.language, instruction, None)?;
                let (system, prompt) = alpaca_prompt(&chat);
                for (rank, code) in best(source, instruction, top_k).into_iter().enumerate() {
                    table.rows.push(json!({
                        "system": system,
                        "instruction": prompt,
                        "output": answer(code, options.language, instruction),
                        "problem_id": source.id,
                        "goal": instruction.name(),
                        "language": options.language.name(),
                        "rank": rank + 1,
                    }));
                }
            }
            tables.push(table);
        }
    }
    Ok(tables)
}

/// The codes of the `k` passing solutions with the lowest `instruction` metric, best first
/// (ties kept in the dataset's order).
fn best(source: &Source, instruction: Instruction, k: usize) -> Vec<&str> {
    let mut passing: Vec<(f64, &str)> = source
        .passing()
        .filter_map(|(s, m)| Some((m.metric(instruction)?, s.code.as_str())))
        .collect();
    passing.sort_by(|a, b| a.0.total_cmp(&b.0));
    passing.into_iter().take(k).map(|(_, code)| code).collect()
}
