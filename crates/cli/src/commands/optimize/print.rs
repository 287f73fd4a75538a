//! The run's figures as a table on stdout.

use std::fmt::Write;
use std::path::Path;

use afterburner_iof::output::RunSummary;
use afterburner_litmus::bootstrap::Estimate;

/// A share in % with its interval, always 15 characters wide so the columns line up.
fn pct(e: &Estimate) -> String {
    if !(e.mean.is_finite() && e.low.is_finite() && e.high.is_finite()) {
        return format!("{:>15}", "–");
    }
    format!(
        "{:5.1} [{:3.0}–{:3.0}]",
        e.mean * 100.0,
        e.low * 100.0,
        e.high * 100.0
    )
}

/// Prints one table per instruction, then the totals and where the run is.
pub fn table(summary: &RunSummary, out: &Path) {
    print!("{}", render(summary, out));
}

fn render(summary: &RunSummary, out: &Path) -> String {
    let mut text = String::new();
    for w in &summary.warnings {
        let _ = writeln!(text, "{w}");
    }
    if summary.figures.is_empty() {
        let _ = writeln!(text, "\nno problem was run: there are no figures");
    }
    for group in &summary.figures {
        let problems = group.iterations.first().map_or(0, |i| i.problems);
        let _ = writeln!(
            text,
            "\ngoal: lower {} ({}); {problems} problems; model {}; scores in % with 95% intervals",
            group.instruction,
            group.instruction.unit(),
            summary.settings.model
        );
        let _ = writeln!(
            text,
            "{:>4}  {:<15}  {:<15}  {:<15}  {:<15}  {:>8}  {:>8}  {:>9}",
            "iter", "Pass@1", "Time%", "Memory%", "Integral%", "improved", "so far", "tokens"
        );
        for it in &group.iterations {
            let _ = writeln!(
                text,
                "{:>4}  {}  {}  {}  {}  {:>8}  {:>8}  {:>9}",
                it.iteration,
                pct(&it.pass_at_1),
                pct(&it.time),
                pct(&it.memory),
                pct(&it.integral),
                it.accepted,
                it.improved,
                it.prompt_tokens + it.completion_tokens
            );
            if it.counts.truncated > 0 {
                let _ = writeln!(
                    text,
                    "      {} of {} answers were cut off by the token limit (--max-tokens)",
                    it.counts.truncated, it.counts.answers
                );
            }
        }
        let finals: Vec<bool> = summary
            .trajectories
            .iter()
            .filter(|t| t.instruction == group.instruction)
            .map(|t| {
                t.steps
                    .last()
                    .and_then(|s| s.score.as_ref())
                    .is_some_and(|m| m.passed())
            })
            .collect();
        if !finals.is_empty() {
            let _ = writeln!(
                text,
                "      at the end {} of {} problems pass",
                finals.iter().filter(|p| **p).count(),
                finals.len()
            );
        }
    }
    let _ = writeln!(
        text,
        "\n{:.0} s in all; model {:.0} s, measuring {:.0} s (each summed over requests and problems); {} prompt + {} completion tokens{}",
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
    let _ = writeln!(
        text,
        "run folder: {} (report.html, summary.json, final.jsonl, transcript.jsonl)",
        out.display()
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_keep_their_width_at_the_ends_of_the_scale() {
        let e = |mean, low, high| Estimate { mean, low, high };
        let widths: Vec<usize> = [
            e(1.0, 1.0, 1.0),
            e(0.0, 0.0, 0.0),
            e(0.333, 0.0, 1.0),
            e(f64::NAN, f64::NAN, f64::NAN),
        ]
        .iter()
        .map(|x| pct(x).chars().count())
        .collect();
        assert_eq!(widths, [15; 4]);
        assert_eq!(pct(&e(1.0, 1.0, 1.0)), "100.0 [100–100]");
    }
}
