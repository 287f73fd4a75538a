//! `afterburner optimize`: the optimisation loop. A model (any OpenAI-compatible server,
//! or the built-in demo model) improves each problem's code round after round from
//! Monolith's measurements; the run is written to `--out` and resumes from it.

mod dataset;
mod print;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use afterburner_iof::client::{ClientConfig, LlmClient};
use afterburner_iof::decide::DEFAULT_MIN_GAIN;
use afterburner_iof::demo::{DemoModel, NOTICE};
use afterburner_iof::engine::Engine;
use afterburner_iof::instruction::Instruction;
use afterburner_iof::output::{self, RunSummary};
use afterburner_iof::prompt::Prompts;
use afterburner_iof::settings::{Settings, Start};
use afterburner_iof::summary::figures;
use afterburner_iof::tasks::{check_runner, read_start_file, tasks};
use afterburner_iof::transcript::{code_hash, read_events, Event, Transcript};
use afterburner_monolith::Language;
use anyhow::{bail, Context};
use clap::Args;

use super::dataset::validate::CpuArgs;
use super::executor::{Executor, RemoteArgs};
use crate::progress::Progress;

/// Arguments of `afterburner optimize`.
#[derive(Debug, Args)]
#[group(id = "placement", args = ["cpus", "monolith"], multiple = false)]
pub struct OptimizeArgs {
    /// The problems: a measured dataset (see `afterburner distribution`) or a bundled
    /// source set such as data/afterburner (only the chosen problems are built and
    /// measured).
    #[arg(long, required_unless_present = "replay")]
    dataset: Option<PathBuf>,
    /// The config to read.
    #[arg(long)]
    config: Option<String>,
    /// The split to read.
    #[arg(long)]
    split: Option<String>,
    /// OpenAI-compatible servers, e.g. http://gpu1:8000/v1 (comma-separated: requests are
    /// shared by load). None: the built-in demo model runs locally.
    #[arg(
        long,
        env = "OPENAI_BASE_URL",
        value_delimiter = ',',
        value_name = "URL[,URL...]"
    )]
    base_url: Vec<String>,
    /// The model name to request (required with --base-url).
    #[arg(long, env = "OPENAI_MODEL")]
    model: Option<String>,
    /// The environment variable holding the API key.
    #[arg(long, default_value = "OPENAI_API_KEY", value_name = "NAME")]
    api_key_env: String,
    /// Goals, run one after another: time, memory, integral (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "time")]
    instruction: Vec<Instruction>,
    /// Feedback rounds after the first version.
    #[arg(long, default_value_t = 10)]
    iterations: usize,
    /// The first version: `none` (the model writes it), `reference` (a seeded random
    /// human solution) or a JSONL file of `{problem_id, code, language}` lines.
    #[arg(long, default_value = "none", value_name = "none|reference|FILE")]
    start: String,
    /// The language of the code.
    #[arg(long, default_value = "python")]
    language: Language,
    /// Answers per round; the best is kept.
    #[arg(long, default_value_t = 1)]
    samples: usize,
    /// Sampling temperature.
    #[arg(long, default_value_t = 0.0)]
    temperature: f64,
    /// Completion token cap [default: 4096; 768 with the demo model].
    #[arg(long)]
    max_tokens: Option<u32>,
    /// Seed of the reference choice, the server's sampling and the bootstrap intervals.
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// Model requests in flight at most [default: 8; 1 with the demo model].
    #[arg(long)]
    concurrency: Option<usize>,
    /// Retries of a model request that failed with 429, 5xx, a timeout or a dropped
    /// connection (with backoff, honouring Retry-After).
    #[arg(long, default_value_t = 6)]
    max_retries: u32,
    /// Seconds one model request may take.
    #[arg(long, default_value_t = 600)]
    request_timeout: u64,
    /// Extra JSON fields for every request, e.g. '{"top_k": 20}' (vLLM, SGLang).
    #[arg(long, value_name = "JSON")]
    extra_body: Option<String>,
    /// Runs per measurement, medians kept [default: as the dataset was measured, else 3].
    #[arg(long)]
    runs: Option<usize>,
    /// Case multiplier [default: as the dataset was measured, else 1].
    #[arg(long)]
    case_multiply: Option<usize>,
    /// A new passing version is kept only when its metric is lower by more than this
    /// share (measurement noise is ~3%).
    #[arg(long, default_value_t = DEFAULT_MIN_GAIN)]
    min_gain: f64,
    /// Do not show the model the measurements (ablation).
    #[arg(long)]
    no_feedback: bool,
    /// Do not show the model the current code (ablation).
    #[arg(long)]
    no_original: bool,
    /// Show an example exchange first (on by default with the demo model).
    #[arg(long)]
    few_shot: bool,
    /// Replace the user prompt template (minijinja; see crates/iof/templates/user.j2).
    #[arg(long, value_name = "FILE")]
    prompt: Option<PathBuf>,
    /// Replace the system prompt template.
    #[arg(long, value_name = "FILE")]
    system_prompt: Option<PathBuf>,
    /// Only the first N problems.
    #[arg(long)]
    limit: Option<usize>,
    /// Only these problems (comma-separated ids; bundled sets also take folder names).
    #[arg(long, value_delimiter = ',')]
    problems: Vec<String>,
    #[command(flatten)]
    cpus: CpuArgs,
    #[command(flatten)]
    remote: RemoteArgs,
    /// The run's folder (transcript, summary, report, final code); rerunning with the
    /// same folder continues the run [default: runs/<time>].
    #[arg(long)]
    out: Option<PathBuf>,
    /// Re-measure the code of the run in this folder on this machine, without any model
    /// call; the result goes to --out.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["dataset", "base_url"])]
    replay: Option<PathBuf>,
    /// Print the summary as JSON (summary.json without each problem's course, plus
    /// `run_folder`).
    #[arg(long)]
    json: bool,
}

/// The model the run talks to, and the demo server when it is ours.
struct Model {
    client: Option<LlmClient>,
    name: String,
    servers: Vec<String>,
    demo: Option<DemoModel>,
    /// The core the demo model is kept to, away from the measurements.
    demo_cpu: Option<usize>,
}

pub fn execute(args: OptimizeArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let out = args.out.clone().unwrap_or_else(default_out);
    if let Some(dir) = &args.replay {
        anyhow::ensure!(
            args.out.is_some() && !fs_same(dir, &out),
            "--replay needs --out: a new folder for the re-measured run"
        );
    }
    let previous = match &args.replay {
        Some(dir) => Some(Settings::read(dir)?),
        None => None,
    };
    let model = match &previous {
        Some(settings) => Model {
            client: None,
            name: settings.model.clone(),
            servers: Vec::new(),
            demo: None,
            demo_cpu: None,
        },
        None => connect(&args)?,
    };
    let demo = model.demo.is_some() || previous.as_ref().is_some_and(|s| s.demo_model);
    if demo {
        eprintln!("{NOTICE}");
    }
    let mut executor = Executor::choose(&args.remote, Some(&args.cpus), false)?;
    if let (Some(demo_cpu), Executor::Local { cpus, .. }) = (model.demo_cpu, &mut executor) {
        // The demo model computes on its own core; programs are measured on the others.
        *cpus = cpus.iter().filter(|&c| c != demo_cpu).collect();
    }
    let dataset_arg = match &previous {
        Some(s) => PathBuf::from(&s.dataset),
        None => args.dataset.clone().expect("clap requires --dataset"),
    };
    let mut selection = dataset::Chosen::load(&args, &dataset_arg, previous.as_ref(), &executor)?;
    let settings = match previous {
        Some(settings) => settings,
        None => settings(&args, &selection, &model, demo)?,
    };
    for problem in &selection.problems {
        check_runner(problem, settings.language)?;
    }
    let file_starts = match &settings.start {
        Start::File { path, .. } => read_start_file(Path::new(path), settings.language)?,
        _ => BTreeMap::new(),
    };
    let make_tasks = |problems| {
        tasks(
            problems,
            settings.language,
            &settings.start,
            &file_starts,
            settings.seed,
            &settings.dataset,
        )
    };
    // A measured dataset is checked in full before the run folder is claimed; a source
    // set's human solutions are measured into the claimed folder first.
    let early = match selection.needs_measuring() {
        true => None,
        false => Some(make_tasks(std::mem::take(&mut selection.problems))?),
    };
    let resumed = settings.claim(&out)?;
    if let Some(dir) = &args.replay {
        copy_answers(dir, &out)?;
    } else if resumed {
        eprintln!("continuing the run in {}", out.display());
    }
    let tasks = match early {
        Some(tasks) => tasks,
        None => {
            selection.measure_references(&executor, &out)?;
            make_tasks(std::mem::take(&mut selection.problems))?
        }
    };
    let prompts = Prompts::new(
        read_optional(args.system_prompt.as_deref())?,
        read_optional(args.prompt.as_deref())?,
        settings.few_shot,
    )?;
    let transcript = Transcript::open(&out.join("transcript.jsonl"))?;
    let progress = Progress::new("optimizing");
    let engine = Engine {
        client: model.client.as_ref(),
        prompts: &prompts,
        settings: &settings,
        transcript: &transcript,
        concurrency: args.concurrency.unwrap_or(if demo { 1 } else { 8 }),
        progress: &|done, total| progress.update(done, total),
    };
    let run = engine.run(&executor, &tasks);
    progress.finish();
    let trajectories = run.with_context(|| {
        format!(
            "the run stopped; everything finished is in {}: run the same command again to continue",
            out.display()
        )
    })?;
    let references = tasks
        .iter()
        .map(|t| (t.problem.problem_id.to_string(), t.reference.clone()))
        .collect();
    let (llm_seconds, measure_seconds, prompt_tokens, completion_tokens) =
        RunSummary::totals(&trajectories);
    let mut warnings = selection.warnings;
    if demo {
        warnings.insert(0, NOTICE.to_string());
    }
    let summary = RunSummary {
        figures: figures(
            &trajectories,
            &references,
            settings.language.name(),
            settings.seed,
        ),
        servers: model.servers.clone(),
        demo_model: demo,
        wall_seconds: started.elapsed().as_secs_f64(),
        llm_seconds,
        measure_seconds,
        prompt_tokens,
        completion_tokens,
        resumed_calls: transcript.earlier_calls(),
        warnings,
        trajectories,
        settings,
    };
    output::write(&out, &summary).with_context(|| format!("writing into {}", out.display()))?;
    std::fs::write(
        out.join("report.html"),
        afterburner_iof::report::html(&summary, &references),
    )
    .with_context(|| format!("writing {}", out.join("report.html").display()))?;
    drop(model);
    if args.json {
        // summary.json without every problem's course (it is in the folder), and where
        // the folder is: with the default --out nothing else says so.
        let mut brief = serde_json::to_value(&summary)?;
        if let Some(fields) = brief.as_object_mut() {
            fields.remove("trajectories");
            fields.insert("run_folder".into(), out.display().to_string().into());
        }
        println!("{}", serde_json::to_string_pretty(&brief)?);
    } else {
        print::table(&summary, &out);
    }
    Ok(ExitCode::SUCCESS)
}

fn fs_same(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn default_out() -> PathBuf {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    PathBuf::from("runs").join(format!("optimize-{secs}"))
}

fn read_optional(path: Option<&Path>) -> anyhow::Result<Option<String>> {
    path.map(|p| std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display())))
        .transpose()
}

/// The named servers (checked to serve the model), or the demo model started here.
fn connect(args: &OptimizeArgs) -> anyhow::Result<Model> {
    if args.base_url.is_empty() {
        // With two cores or more and no placement asked for, the model gets the first
        // core and measurements the rest: a model generating on a measured core would
        // slow the programs it is judged by.
        let allowed = afterburner_monolith::cpuset::CpuSet::allowed().unwrap_or_default();
        let demo_cpu =
            (allowed.len() >= 2 && !args.cpus.given() && args.remote.monolith.is_empty())
                .then(|| allowed.iter().next())
                .flatten();
        let demo = DemoModel::start_on(demo_cpu.as_slice()).context("starting the demo model")?;
        let config = ClientConfig::new(vec![demo.base_url()], demo.model());
        return Ok(Model {
            client: Some(LlmClient::new(config)?),
            name: demo.model(),
            servers: vec![demo.base_url()],
            demo: Some(demo),
            demo_cpu,
        });
    }
    let Some(name) = args.model.clone() else {
        bail!("--base-url needs --model (or OPENAI_MODEL): the name the server serves the model under");
    };
    let mut config = ClientConfig::new(args.base_url.clone(), name.clone());
    config.api_key = std::env::var(&args.api_key_env)
        .ok()
        .filter(|k| !k.is_empty());
    config.timeout = Duration::from_secs(args.request_timeout.max(1));
    config.max_retries = args.max_retries;
    let client = LlmClient::new(config)?;
    client.check().context("checking the model servers")?;
    Ok(Model {
        client: Some(client),
        name,
        servers: args.base_url.clone(),
        demo: None,
        demo_cpu: None,
    })
}

fn settings(
    args: &OptimizeArgs,
    selection: &dataset::Chosen,
    model: &Model,
    demo: bool,
) -> anyhow::Result<Settings> {
    anyhow::ensure!(args.samples >= 1, "--samples must be at least 1");
    anyhow::ensure!(
        !args.instruction.is_empty(),
        "--instruction needs at least one of time, memory, integral"
    );
    anyhow::ensure!(
        (0.0..1.0).contains(&args.min_gain),
        "--min-gain is a share of the current metric: 0 ≤ it < 1 (e.g. 0.05 for 5%)"
    );
    let start = match args.start.as_str() {
        "none" => Start::None,
        "reference" => Start::Reference,
        file => {
            let text = std::fs::read_to_string(file).with_context(|| {
                format!("--start {file}: expected none, reference or a readable JSONL file")
            })?;
            Start::File {
                path: file.to_string(),
                sha: code_hash(&text),
            }
        }
    };
    let extra_body = match &args.extra_body {
        None => serde_json::Map::new(),
        Some(text) => match serde_json::from_str(text) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => bail!("--extra-body must be a JSON object, e.g. '{{\"top_k\": 20}}'"),
        },
    };
    let few_shot = args.few_shot || demo;
    let prompts = Prompts::new(
        read_optional(args.system_prompt.as_deref())?,
        read_optional(args.prompt.as_deref())?,
        few_shot,
    )?;
    Ok(Settings {
        dataset: selection.dataset.clone(),
        problems: selection
            .problems
            .iter()
            .map(|p| p.problem_id.to_string())
            .collect(),
        model: model.name.clone(),
        instructions: dedup(&args.instruction),
        iterations: args.iterations,
        start,
        language: args.language,
        samples: args.samples,
        temperature: args.temperature,
        max_tokens: Some(args.max_tokens.unwrap_or(if demo { 768 } else { 4096 })),
        seed: args.seed,
        extra_body,
        runs: selection.measurement.runs,
        case_multiply: selection.measurement.case_multiply,
        sample_hz: selection.measurement.sample_hz,
        min_gain: args.min_gain,
        feedback: !args.no_feedback,
        original: !args.no_original,
        few_shot,
        prompt_sha: prompts.fingerprint().to_string(),
        demo_model: demo,
    })
}

/// `instructions` without repeats, in their first order.
pub fn dedup(instructions: &[Instruction]) -> Vec<Instruction> {
    let mut seen = Vec::new();
    for i in instructions {
        if !seen.contains(i) {
            seen.push(*i);
        }
    }
    seen
}

/// Starts a replay's transcript with the recorded model answers of `from` (only the
/// answers: every measurement is made again).
fn copy_answers(from: &Path, out: &Path) -> anyhow::Result<()> {
    let target = out.join("transcript.jsonl");
    if target.exists() {
        return Ok(());
    }
    let events = read_events(&from.join("transcript.jsonl"))?;
    let mut text = String::new();
    for event in events.iter().filter(|e| matches!(e, Event::Llm { .. })) {
        text.push_str(&serde_json::to_string(event)?);
        text.push('\n');
    }
    std::fs::write(&target, text).with_context(|| format!("writing {}", target.display()))
}
