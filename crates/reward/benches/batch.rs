//! How fast rewards come under GRPO's batch load: 32 prompts × 8 answers (256) on
//! bundled problems, the answers drawn from each problem's own solutions (right, wrong
//! and slow, with repeats, as sampling at temperature 1 gives).
//!
//! - batch path: one request with all 256 answers (each distinct program judged once);
//! - one request per answer: 256 requests, nothing remembered between them;
//! - verl's way: 8 workers (verl's default `reward.num_workers`) each sending one answer
//!   at a time to one shared rewarder (which remembers what it judged).
//!
//! `cargo bench -p afterburner-reward --bench batch` (as root). `PROMPTS`, `ANSWERS`,
//! `RUNS` change the setting. Target: batch path ≥ 3× one request per answer.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use afterburner_iof::instruction::Instruction;
use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_reward::batch::{Baseline, Item, Rewarder, Settings};
use afterburner_reward::formula::Weights;
use afterburner_venus::bundle::{build, read_source_set, SourceProblem};
use afterburner_venus::harness::JudgeOptions;
use afterburner_venus::Problem;

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn answer(code: &str) -> String {
    format!("<thinking>Another way.</thinking>\n<solution>\n```python\n{code}```\n</solution>")
}

/// `answers` answers to each of `prompts` prompts (problems × instructions), drawn from
/// the problem's Python solutions so that each prompt has about three distinct programs.
fn batch(problems: &[Arc<Problem>], prompts: usize, answers: usize) -> Vec<Item> {
    let mut items = Vec::new();
    for p in 0..prompts {
        let problem = &problems[p % problems.len()];
        let instruction = Instruction::ALL[(p / problems.len()) % 3];
        let codes: Vec<&str> = problem
            .solutions
            .iter()
            .filter(|s| s.language() == Language::Python)
            .map(|s| s.code.as_str())
            .collect();
        for a in 0..answers {
            // 0, 1, 0, 2, 0, 1, 0, 2: the likeliest answer most often.
            let pick = [0, 1, 0, 2][a % 4] + p;
            items.push(Item {
                problem: Arc::clone(problem),
                instruction,
                completion: answer(codes[pick % codes.len()]),
                language: Language::Python,
                baseline: Baseline::Code(codes[(p + 3) % codes.len()].to_string()),
                case_multiply: None,
            });
        }
    }
    items
}

fn main() {
    let prompts = setting("PROMPTS", 32);
    let answers = setting("ANSWERS", 8);
    let settings = Settings {
        runs: setting("RUNS", 3),
        judge: JudgeOptions::default(),
        weights: Weights::default(),
    };
    let sandbox = Sandbox::new(SandboxConfig::default()).expect("run the bench as root");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    let runner = Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    );
    let cpus = CpuSet::allowed().unwrap_or_default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/afterburner");
    let mut sources = read_source_set(&root).expect("the bundled set");
    sources.sort_by_key(SourceProblem::problem_id);
    let wanted = prompts.div_ceil(3).min(sources.len());
    let problems: Vec<Arc<Problem>> = sources[..wanted]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            eprint!("\rbuilding problem {} of {wanted}", i + 1);
            Arc::new(build(&runner, s).expect("bundled problems build"))
        })
        .collect();
    eprintln!();
    let items = batch(&problems, prompts, answers);
    let distinct = {
        let mut seen: Vec<(String, String)> = items
            .iter()
            .flat_map(|i| {
                let Baseline::Code(b) = &i.baseline else {
                    unreachable!()
                };
                [
                    (i.problem.problem_id.to_string(), i.completion.clone()),
                    (i.problem.problem_id.to_string(), answer(b)),
                ]
            })
            .collect();
        seen.sort();
        seen.dedup();
        seen.len()
    };

    let started = Instant::now();
    let rewarder = Rewarder::new(Pool::new(&runner, &cpus), settings.clone());
    let batched = rewarder.reward(&items);
    let batch_s = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let mut single = Vec::new();
    for (n, item) in items.iter().enumerate() {
        eprint!("\rone request per answer: {} of {}", n + 1, items.len());
        let fresh = Rewarder::new(Pool::new(&runner, &cpus), settings.clone());
        single.extend(fresh.reward(std::slice::from_ref(item)));
    }
    eprintln!();
    let single_s = started.elapsed().as_secs_f64();
    let same = batched
        .iter()
        .zip(&single)
        .filter(|(a, b)| a.parts.pass == b.parts.pass)
        .count();

    let started = Instant::now();
    let shared = Rewarder::new(Pool::new(&runner, &cpus), settings.clone());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                shared.reward(std::slice::from_ref(item));
            });
        }
    });
    let verl_s = started.elapsed().as_secs_f64();

    let n = items.len() as f64;
    println!(
        "reward under batch load: {prompts} prompts × {answers} answers = {} answers, {distinct} distinct programs (answers and baselines), {} run(s) per passing program, {} cores",
        items.len(),
        settings.runs,
        cpus.len()
    );
    println!(
        "  batch path              {batch_s:7.1} s  {:7.1} rewards/s",
        n / batch_s
    );
    println!(
        "  one request per answer  {single_s:7.1} s  {:7.1} rewards/s",
        n / single_s
    );
    println!(
        "  speed-up                {:7.2}×             (target ≥ 3×)",
        single_s / batch_s
    );
    println!("  verl, 8 workers, one answer per call to a shared rewarder: {verl_s:.1} s per step of {} answers", items.len());
    println!(
        "  verdicts agreeing between the two paths: {same} of {}",
        items.len()
    );
}
