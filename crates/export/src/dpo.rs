//! DPO rows: two passing solutions of one problem whose medians of the goal's metric differ
//! by at least `margin` times, the lower one chosen, answering the loop's first-version
//! prompt (LLaMA-Factory ranking rows). Pairs closer than the margin are never made:
//! measurement noise must not decide a preference.

use afterburner_iof::instruction::Instruction;
use afterburner_iof::tasks::seeded_rank;
use serde_json::json;

use crate::source::{alpaca_prompt, answer, messages, training_prompts, Options, Source};
use crate::split::Split;
use crate::write::Table;
use crate::ExportError;

/// How pairs are chosen.
#[derive(Debug, Clone, Copy)]
pub struct Pairing {
    /// The rejected median must be at least this many times the chosen one.
    pub margin: f64,
    /// Most pairs per problem and goal (a seeded choice among the eligible ones).
    pub per_problem: usize,
}

/// The DPO tables of `sources`.
pub fn tables(
    sources: &[Source],
    options: &Options,
    pairing: Pairing,
) -> Result<Vec<Table>, ExportError> {
    let prompts = training_prompts();
    let mut tables = Vec::new();
    for &instruction in &options.instructions {
        for split in [Split::Train, Split::Test] {
            let mut table = Table::alpaca("dpo", Some(instruction), split, true);
            for source in sources.iter().filter(|s| s.split == split) {
                let chat = messages(&prompts, source, options.language, instruction, None)?;
                let (system, prompt) = alpaca_prompt(&chat);
                for (chosen, rejected, ratio) in pairs(source, instruction, pairing, options.seed) {
                    table.rows.push(json!({
                        "system": system,
                        "instruction": prompt,
                        "chosen": answer(chosen, options.language, instruction),
                        "rejected": answer(rejected, options.language, instruction),
                        "problem_id": source.id,
                        "goal": instruction.name(),
                        "language": options.language.name(),
                        "ratio": ratio,
                    }));
                }
            }
            tables.push(table);
        }
    }
    Ok(tables)
}

/// (chosen code, rejected code, rejected ÷ chosen) for the pairs of `source` at least
/// `pairing.margin` apart; distinct codes only.
fn pairs(
    source: &Source,
    instruction: Instruction,
    pairing: Pairing,
    seed: u64,
) -> Vec<(&str, &str, f64)> {
    let passing: Vec<(f64, &str)> = source
        .passing()
        .filter_map(|(s, m)| Some((m.metric(instruction)?, s.code.as_str())))
        .filter(|(v, _)| *v > 0.0)
        .collect();
    let mut eligible = Vec::new();
    for (i, &(low, chosen)) in passing.iter().enumerate() {
        for (j, &(high, rejected)) in passing.iter().enumerate() {
            let ratio = high / low;
            if i != j && chosen != rejected && ratio >= pairing.margin {
                eligible.push((chosen, rejected, ratio, (i, j)));
            }
        }
    }
    let key = |(i, j): (usize, usize)| {
        seeded_rank(
            seed,
            &format!("{}/{}/{i}/{j}", source.id, instruction.name()),
        )
    };
    eligible.sort_by_key(|e| key(e.3));
    eligible
        .into_iter()
        .take(pairing.per_problem)
        .map(|(c, r, ratio, _)| (c, r, ratio))
        .collect()
}
