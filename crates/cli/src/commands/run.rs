//! `afterburner run`: one program, once or repeated, with a hyperfine-style summary,
//! in the local sandbox or on Monolith servers.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig, Stdin, DEFAULT_SAMPLE_HZ};
use afterburner_monolith::{Language, Limits};
use anyhow::{bail, Context};
use clap::Args;

use super::executor::{Executor, RemoteArgs};
use crate::exit::Outcome;
use crate::format;

/// Arguments of `afterburner run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The source file (.py .cpp .java .js .go .rs).
    pub source: PathBuf,
    /// The language, when the extension does not tell.
    #[arg(long)]
    pub lang: Option<String>,
    /// A file whose contents are the program's standard input.
    #[arg(long)]
    pub stdin: Option<PathBuf>,
    /// Measured runs; with more than one, statistics are reported.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
    /// Unmeasured runs before the measured ones.
    #[arg(long, default_value_t = 0)]
    pub warmup: usize,
    /// Print the full result as JSON.
    #[arg(long)]
    pub json: bool,
    /// Include the memory timeline (at most 1000 points) in the JSON.
    #[arg(long)]
    pub timeline: bool,
    /// Wall-clock limit in milliseconds.
    #[arg(long, default_value_t = Limits::default().wall_ms)]
    pub wall_ms: u64,
    /// CPU-time limit in milliseconds.
    #[arg(long, default_value_t = Limits::default().cpu_ms)]
    pub cpu_ms: u64,
    /// Wall-clock limit of the compile step in milliseconds (compiled languages).
    #[arg(long, default_value_t = Limits::for_compile().wall_ms)]
    pub compile_wall_ms: u64,
    /// Memory limit in MiB.
    #[arg(long, default_value_t = Limits::default().memory_kb / 1024)]
    pub memory_mb: u64,
    /// Most processes and threads at once.
    #[arg(long, default_value_t = Limits::default().processes)]
    pub processes: u64,
    /// Most bytes of stdout (and of stderr) before the run is stopped.
    #[arg(long, default_value_t = Limits::default().output_bytes)]
    pub output_bytes: u64,
    /// Largest file the program may write, in MiB.
    #[arg(long, default_value_t = Limits::default().file_size_bytes / (1024 * 1024))]
    pub file_size_mb: u64,
    /// Most open files per process.
    #[arg(long, default_value_t = Limits::default().open_files)]
    pub open_files: u64,
    /// Size of the writable work directory (and of /tmp), in MiB.
    #[arg(long, default_value_t = Limits::default().work_dir_kb / 1024)]
    pub work_dir_mb: u64,
    /// The CPU core to pin the program to (default: the last allowed core, so the
    /// sampler can use another).
    #[arg(long, conflicts_with = "monolith")]
    pub cpu: Option<usize>,
    /// Memory sampling rate in Hz.
    #[arg(long, default_value_t = DEFAULT_SAMPLE_HZ)]
    pub sample_hz: u32,
    /// Measure without cgroups (memory from /proc; no memory or process cgroup limits).
    #[arg(long, conflicts_with = "monolith")]
    pub no_cgroups: bool,
    #[command(flatten)]
    pub remote: RemoteArgs,
}

pub fn execute(args: RunArgs) -> anyhow::Result<ExitCode> {
    let language = match &args.lang {
        Some(name) => name.parse::<Language>()?,
        None => match Language::from_path(&args.source) {
            Some(lang) => lang,
            None => bail!(
                "cannot tell the language of {} from its extension; pass --lang (python, cpp, java, javascript, go, rust)",
                args.source.display()
            ),
        },
    };
    if args.repeat == 0 {
        bail!("--repeat must be at least 1");
    }
    let source = std::fs::read_to_string(&args.source)
        .with_context(|| format!("reading the source file {}", args.source.display()))?;
    let stdin = match &args.stdin {
        Some(path) => {
            std::fs::metadata(path)
                .with_context(|| format!("reading the stdin file {}", path.display()))?;
            Stdin::File(path.clone())
        }
        None => Stdin::Empty,
    };
    let executor = Executor::choose(&args.remote, None, args.no_cgroups)?;
    let mut request = RunRequest::new(language, source);
    request.stdin = stdin;
    request.compile_wall_ms = Some(args.compile_wall_ms);
    request.limits = Limits {
        wall_ms: args.wall_ms,
        cpu_ms: args.cpu_ms,
        memory_kb: args.memory_mb * 1024,
        processes: args.processes,
        output_bytes: args.output_bytes,
        file_size_bytes: args.file_size_mb * 1024 * 1024,
        open_files: args.open_files,
        work_dir_kb: args.work_dir_mb * 1024,
    };
    request.cpu = args.cpu.or_else(default_cpu);
    request.sample_hz = args.sample_hz;
    request.timeline = args.timeline;

    if args.repeat == 1 && args.warmup == 0 {
        let result = executor.run(&request);
        if args.json {
            println!("{}", serde_json::to_string_pretty(&result)?);
        } else {
            print!("{}", format::single(&args.source, language, &result));
        }
        return Ok(Outcome::of_status(result.status).into());
    }
    let show_progress = !args.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let progress = |done: usize, total: usize| {
        if show_progress {
            eprint!("\r  run {done}/{total}");
            if done == total {
                eprint!("\r\x1b[K");
            }
        }
    };
    let report = match executor.repeat(&request, args.warmup, args.repeat, &progress) {
        Ok(report) => report,
        Err(failed) => {
            if args.json {
                println!("{}", serde_json::to_string_pretty(&failed)?);
            } else {
                print!("{}", format::single(&args.source, language, &failed));
            }
            return Ok(Outcome::of_status(failed.status).into());
        }
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", format::repeated(&args.source, language, &report));
    }
    Ok(Outcome::worst(report.runs.iter().map(|r| Outcome::of_status(r.status))).into())
}

/// The sandbox, the toolchains of this host and the on-disk compile cache.
pub fn make_runner(no_cgroups: bool) -> anyhow::Result<Runner> {
    let config = SandboxConfig {
        cgroups: !no_cgroups,
        ..SandboxConfig::default()
    };
    let sandbox =
        Sandbox::new(config).context("setting up the sandbox (see `afterburner doctor`)")?;
    Ok(Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(CompileCache::default_root()),
    ))
}

/// The last core this process may use: with two or more, the sampler keeps to the others.
fn default_cpu() -> Option<usize> {
    afterburner_monolith::cpuset::CpuSet::allowed()
        .ok()?
        .iter()
        .last()
}
