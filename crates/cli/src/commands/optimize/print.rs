//! The run's figures as a table on stdout.

use std::path::Path;

use afterburner_iof::output::RunSummary;
use afterburner_litmus::bootstrap::Estimate;

fn pct(e: &Estimate) -> String {
    format!(
        "{:5.1} [{:4.1}, {:5.1}]",
        e.mean * 100.0,
        e.low * 100.0,
        e.high * 100.0
    )
}

/// Prints one table per instruction, then the totals and where the run is.
pub fn table(summary: &RunSummary, out: &Path) {
    for w in &summary.warnings {
        println!("{w}");
    }
    for group in &summary.figures {
        println!(
            "\n{} ({} problems, model {}):",
            group.instruction,
            group.iterations.first().map_or(0, |i| i.problems),
            summary.settings.model
        );
        println!(
            "{:>4}  {:<20}  {:<20}  {:<20}  {:<20}  {:>8}  {:>9}",
            "iter", "Pass@1 %", "Time %", "Memory %", "Integral %", "improved", "tokens"
        );
        for it in &group.iterations {
            println!(
                "{:>4}  {:<20}  {:<20}  {:<20}  {:<20}  {:>8}  {:>9}",
                it.iteration,
                pct(&it.pass_at_1),
                pct(&it.time),
                pct(&it.memory),
                pct(&it.integral),
                it.improved,
                it.prompt_tokens + it.completion_tokens
            );
            if it.counts.truncated > 0 {
                println!(
                    "      {} of {} answers were cut off by the token limit (--max-tokens)",
                    it.counts.truncated, it.counts.answers
                );
            }
        }
    }
    println!(
        "\n{:.0} s in all; model {:.0} s, measuring {:.0} s (summed over requests and problems); {} prompt + {} completion tokens{}",
        summary.wall_seconds,
        summary.llm_seconds,
        summary.measure_seconds,
        summary.prompt_tokens,
        summary.completion_tokens,
        if summary.resumed_calls > 0 {
            format!("; {} model calls from the earlier run", summary.resumed_calls)
        } else {
            String::new()
        }
    );
    println!(
        "run folder: {} (transcript.jsonl, summary.json, final.jsonl, report.html)",
        out.display()
    );
}
