//! `afterburner dataset show`.

use std::process::ExitCode;

use anyhow::anyhow;
use clap::Args;

use super::{read_problems, Selection};

/// Arguments of `afterburner dataset show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    selection: Selection,
    /// The problem id.
    id: String,
    /// Print the whole record as JSON.
    #[arg(long)]
    json: bool,
}

pub fn execute(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let problems = read_problems(&args.selection)?;
    let problem = problems
        .iter()
        .find(|p| p.problem_id.matches(&args.id))
        .ok_or_else(|| {
            let some: Vec<String> = problems
                .iter()
                .take(5)
                .map(|p| p.problem_id.to_string())
                .collect();
            anyhow!(
                "no problem with id {} (ids look like: {})",
                args.id,
                some.join(", ")
            )
        })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(problem)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} — {} [{}] {}",
        problem.problem_id,
        problem.title,
        problem.difficulty,
        problem.tags.join(", ")
    );
    println!("\n{}\n", problem.question_content.trim());
    let languages: Vec<&str> = problem.languages().iter().map(|l| l.name()).collect();
    println!("Languages: {}", languages.join(", "));
    println!("Test cases: {}", problem.test_cases.len());
    println!("Solutions: {}", problem.solutions.len());
    for (i, s) in problem.solutions.iter().enumerate() {
        let label = s.expected.map(|v| v.to_string()).unwrap_or_default();
        let measured = match (s.time, s.memory) {
            (Some(t), Some(m)) => format!("{t:.1} ms, {m:.0} KiB"),
            _ => String::new(),
        };
        println!(
            "  {i:>3} {:<10} {:<32} {:<14} {measured}",
            s.language().name(),
            s.name.as_deref().unwrap_or(""),
            label
        );
    }
    Ok(ExitCode::SUCCESS)
}
