//! `afterburner dataset info`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use afterburner_venus::summary::summarize;
use clap::Args;

use super::{read_problems, Selection};

/// Arguments of `afterburner dataset info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    #[command(flatten)]
    selection: Selection,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn table(title: &str, counts: &BTreeMap<String, usize>) {
    if counts.is_empty() {
        return;
    }
    println!("{title}");
    let mut rows: Vec<_> = counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (name, count) in rows {
        println!("  {name:<24} {count:>6}");
    }
}

pub fn execute(args: InfoArgs) -> anyhow::Result<ExitCode> {
    let problems = read_problems(&args.selection)?;
    let s = summarize(&problems);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{}: {} problems, {} solutions, {} test cases",
        args.selection.path.display(),
        s.problems,
        s.solutions,
        s.test_cases
    );
    table("Difficulty", &s.by_difficulty);
    table("Topics", &s.by_topic);
    table("Problems judgeable per language", &s.problems_by_language);
    table("Solutions per language", &s.solutions_by_language);
    table("Solutions per label", &s.solutions_by_label);
    table("Correct solutions per language", &s.correct_by_language);
    table(
        "Fewest correct solutions of a problem, per language",
        &s.fewest_correct_by_language,
    );
    Ok(ExitCode::SUCCESS)
}
