//! Do model calls and measurements overlap? 20 bundled problems × 5 feedback rounds
//! against a scripted OpenAI-compatible server that takes 2 s per answer, at concurrency
//! 8. The run's wall time is compared with the larger of the two bounds it cannot beat:
//! the model-bound time (answers × 2 s ÷ concurrency) and the measurement-bound time
//! (the same run against a server that answers at once). Target: ratio ≤ 1.3.
//!
//! `cargo bench -p afterburner-iof --bench overlap` (as root: the sandbox needs it).
//! `PROBLEMS`, `ITERATIONS`, `DELAY_MS` and `CONCURRENCY` change the setting.

#[path = "../tests/support/openai.rs"]
mod openai;

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use afterburner_iof::client::{ClientConfig, LlmClient};
use afterburner_iof::engine::{Engine, Task};
use afterburner_iof::instruction::Instruction;
use afterburner_iof::prompt::Prompts;
use afterburner_iof::settings::{Settings, Start};
use afterburner_litmus::score::Reference;
use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::Pool;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_monolith::Language;
use afterburner_venus::bundle::{build, read_source_set, SourceProblem};
use afterburner_venus::{Problem, Verdict};
use openai::{Request, Response, ScriptedServer};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Answers each prompt with one of its problem's passing Python solutions, in turn.
fn scripted(problems: &[Problem], delay: Duration) -> ScriptedServer {
    let by_title: HashMap<String, Vec<String>> = problems
        .iter()
        .map(|p| {
            let passing = p
                .solutions
                .iter()
                .filter(|s| s.language() == Language::Python && s.expected == Some(Verdict::Passed))
                .map(|s| s.code.clone())
                .collect();
            (p.title.clone(), passing)
        })
        .collect();
    let turn = Mutex::new(HashMap::<String, usize>::new());
    ScriptedServer::start(move |r: &Request| {
        if r.path.ends_with("/models") {
            return Response::models(&["scripted"]);
        }
        let prompt = r.last_message();
        let title = by_title
            .keys()
            .find(|t| prompt.contains(&format!("## Problem: {t}")));
        let Some(title) = title else {
            return Response::chat(&["no idea"], "stop").after(delay);
        };
        let mut turn = turn.lock().unwrap();
        let n = turn.entry(title.clone()).or_default();
        let codes = &by_title[title];
        let code = &codes[*n % codes.len()];
        *n += 1;
        let text = format!(
            "<thinking>Another way.</thinking><solution>\n```python\n{code}```\n</solution>"
        );
        Response::chat(&[&text], "stop").after(delay)
    })
}

fn settings(problems: &[Problem], iterations: usize) -> Settings {
    Settings {
        dataset: "data/afterburner".into(),
        problems: problems.iter().map(|p| p.problem_id.to_string()).collect(),
        model: "scripted".into(),
        instructions: vec![Instruction::Time],
        iterations,
        start: Start::None,
        language: Language::Python,
        samples: 1,
        temperature: 0.0,
        max_tokens: None,
        seed: 1,
        extra_body: serde_json::Map::new(),
        runs: 1,
        case_multiply: 1,
        sample_hz: 20_000,
        min_gain: 0.05,
        feedback: true,
        original: true,
        few_shot: false,
        prompt_sha: String::new(),
        demo_model: false,
    }
}

/// One whole run against `server`; returns its wall time and how many answers it asked for.
fn run(
    runner: &Runner,
    cpus: &CpuSet,
    problems: &[Problem],
    server: &ScriptedServer,
    iterations: usize,
    concurrency: usize,
    dir: &Path,
) -> (Duration, usize) {
    let client = LlmClient::new(ClientConfig::new(vec![server.url()], "scripted")).unwrap();
    let prompts = Prompts::new(None, None, false).unwrap();
    let settings = settings(problems, iterations);
    std::fs::create_dir_all(dir).unwrap();
    let transcript =
        afterburner_iof::transcript::Transcript::open(&dir.join("transcript.jsonl")).unwrap();
    let tasks: Vec<Task> = problems
        .iter()
        .map(|p| Task {
            problem: p.clone(),
            reference: Reference::default(),
            start: None,
        })
        .collect();
    let engine = Engine {
        client: Some(&client),
        prompts: &prompts,
        settings: &settings,
        transcript: &transcript,
        concurrency,
        progress: &|_, _| {},
    };
    let before = server.received().len();
    let started = Instant::now();
    let trajectories = engine
        .run(&Pool::new(runner, cpus), &tasks)
        .expect("the run finishes");
    let wall = started.elapsed();
    let passed = trajectories
        .iter()
        .filter(|t| {
            t.steps
                .last()
                .and_then(|s| s.score.as_ref())
                .is_some_and(|m| m.passed())
        })
        .count();
    assert_eq!(
        passed,
        problems.len(),
        "every problem ends with a passing version"
    );
    (wall, server.received().len() - before)
}

fn main() {
    let count = setting("PROBLEMS", 20);
    let iterations = setting("ITERATIONS", 5);
    let delay = Duration::from_millis(setting("DELAY_MS", 2000) as u64);
    let concurrency = setting("CONCURRENCY", 8);
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
    let built = AtomicUsize::new(0);
    let problems: Vec<Problem> = sources
        .iter()
        .take(count)
        .map(|s| {
            let p = build(&runner, s).expect("bundled problems build");
            eprint!(
                "\rbuilt {} problems",
                built.fetch_add(1, Ordering::Relaxed) + 1
            );
            p
        })
        .collect();
    eprintln!();

    let instant = scripted(&problems, Duration::ZERO);
    let dir = tempfile::tempdir().unwrap();
    let (measure_bound, answers) = run(
        &runner,
        &cpus,
        &problems,
        &instant,
        iterations,
        concurrency,
        &dir.path().join("a"),
    );
    drop(instant);
    let slow = scripted(&problems, delay);
    let (wall, slow_answers) = run(
        &runner,
        &cpus,
        &problems,
        &slow,
        iterations,
        concurrency,
        &dir.path().join("b"),
    );
    assert_eq!(answers, slow_answers);
    let llm_bound = delay.as_secs_f64() * answers as f64 / concurrency as f64;
    let bound = llm_bound.max(measure_bound.as_secs_f64());
    println!(
        "overlap: {count} problems × {iterations} rounds, {answers} answers at {:.1} s each, concurrency {concurrency}, {} cores",
        delay.as_secs_f64(),
        cpus.len()
    );
    println!("  model-bound time        {llm_bound:7.1} s  (answers × delay ÷ concurrency)");
    println!(
        "  measurement-bound time  {:7.1} s  (the same run, answers at once)",
        measure_bound.as_secs_f64()
    );
    println!("  wall time               {:7.1} s", wall.as_secs_f64());
    println!(
        "  wall ÷ (sum of bounds)  {:7.2}    (1.0: no overlap at all)",
        wall.as_secs_f64() / (llm_bound + measure_bound.as_secs_f64())
    );
    println!(
        "  wall ÷ max(bounds)      {:7.2}    (target ≤ 1.3)",
        wall.as_secs_f64() / bound
    );
}
