//! Where programs run: this machine's sandbox, or Monolith servers reached over HTTP
//! (`--monolith`). The commands that run programs choose here, once, and then use the
//! [`Executor`] without knowing which it is.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use afterburner_litmus::provenance::Machine;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::pool::{Execute, Pool};
use afterburner_monolith::repeat::{repeat, summarize_runs, RepeatReport};
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::{RunResult, Status};
use afterburner_server::remote::{Fleet, ServerUrl};
use anyhow::Context;
use clap::Args;

use super::dataset::validate::CpuArgs;
use super::run::make_runner;

/// The `--monolith` option of the commands that run programs.
#[derive(Debug, Args)]
pub struct RemoteArgs {
    /// Run on these Monolith servers (`afterburner serve`) instead of this machine's
    /// sandbox: comma-separated http://host:port addresses. The runs are spread over the
    /// servers by their worker counts; see docs/scale-out.md.
    #[arg(
        long,
        env = "AFTERBURNER_MONOLITH",
        value_delimiter = ',',
        value_name = "URL[,URL...]"
    )]
    pub monolith: Vec<ServerUrl>,
}

/// The `--warmup-secs` option of the commands that measure for rankings.
#[derive(Debug, Clone, Args)]
pub struct WarmupArgs {
    /// Seconds each core first spends running the batch's own programs unmeasured, once
    /// per invocation (0 for none). On a virtual machine, memory-heavy programs measured
    /// in the first seconds have come out up to 1.6× their usual CPU time.
    #[arg(long = "warmup-secs", default_value_t = 5.0, value_name = "SECONDS")]
    pub secs: f64,
}

impl WarmupArgs {
    /// The warm-up as a duration; an error for a negative or non-finite number.
    pub fn duration(&self) -> anyhow::Result<Duration> {
        Duration::try_from_secs_f64(self.secs).map_err(|_| {
            anyhow::anyhow!(
                "--warmup-secs {}: give a number of seconds, 0 or more",
                self.secs
            )
        })
    }
}

/// This machine's sandbox or a fleet of servers.
pub enum Executor {
    /// The local sandbox; batches run pinned to `cpus`.
    Local {
        /// The sandbox, toolchains and compile cache.
        runner: Runner,
        /// The cores batches run on.
        cpus: CpuSet,
        /// How long the first batch warms the cores up.
        warm_up: Duration,
        /// Whether a batch has run (and warmed up) yet.
        warmed: AtomicBool,
    },
    /// Monolith servers.
    Remote(Fleet),
}

impl Executor {
    /// The servers of `--monolith` when any are given (each must answer its health
    /// check), else the local sandbox with batches over `cpus` (this machine's allowed
    /// cores when `None`).
    pub fn choose(
        remote: &RemoteArgs,
        cpus: Option<&CpuArgs>,
        no_cgroups: bool,
    ) -> anyhow::Result<Executor> {
        if !remote.monolith.is_empty() {
            let fleet = Fleet::connect(&remote.monolith)
                .context("connecting to the Monolith servers of --monolith")?;
            for (url, workers) in fleet.servers() {
                tracing::info!(%url, workers, "running on a Monolith server");
            }
            return Ok(Executor::Remote(fleet));
        }
        let cpus = match cpus {
            Some(args) => args.resolve()?,
            None => CpuSet::allowed().unwrap_or_default(),
        };
        Ok(Executor::Local {
            runner: make_runner(no_cgroups)?,
            cpus,
            warm_up: Duration::ZERO,
            warmed: AtomicBool::new(false),
        })
    }

    /// The first local batch warms each core up for `args`' time first (see
    /// [`Pool::warming_up`]); servers are not warmed up.
    pub fn warming_up(mut self, args: &WarmupArgs) -> anyhow::Result<Self> {
        if let Executor::Local { warm_up, .. } = &mut self {
            *warm_up = args.duration()?;
        }
        Ok(self)
    }

    /// What measurements made here record about where they ran.
    pub fn machine(&self) -> Machine {
        match self {
            Executor::Local { runner, .. } => Machine::local(
                runner.toolchains(),
                &runner.sandbox().isolation(),
                self.width(),
            ),
            Executor::Remote(fleet) => Machine::remote(
                fleet.servers().map(|(url, _)| url.to_string()).collect(),
                fleet.width(),
            ),
        }
    }

    /// Runs one program once (locally on the core `request.cpu` names).
    pub fn run(&self, request: &RunRequest) -> RunResult {
        match self {
            Executor::Local { runner, .. } => runner.run(request),
            Executor::Remote(fleet) => fleet
                .run_all(std::slice::from_ref(request), &|_, _| {})
                .pop()
                .expect("one result per request"),
        }
    }

    /// `warmup` unmeasured runs, then `runs` measured ones, summarised; a compile
    /// failure is returned as the failing result. Locally the program is compiled once
    /// and runs one at a time on its core; remotely each batch is spread over the
    /// servers. `progress(done, total)` is called after each run.
    pub fn repeat(
        &self,
        request: &RunRequest,
        warmup: usize,
        runs: usize,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<RepeatReport, Box<RunResult>> {
        let fleet = match self {
            Executor::Local { runner, .. } => {
                return repeat(runner, request, warmup, runs, &mut |d, t| progress(d, t))
            }
            Executor::Remote(fleet) => fleet,
        };
        let done = AtomicUsize::new(0);
        let total = warmup + runs;
        let batch = |count: usize| {
            fleet.run_all(&vec![request.clone(); count], &|_, _| {
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total)
            })
        };
        if warmup > 0 {
            if let Some(failed) = compile_failure(&batch(warmup)) {
                return Err(failed);
            }
        }
        let measured = batch(runs);
        if let Some(failed) = compile_failure(&measured) {
            return Err(failed);
        }
        Ok(summarize_runs(warmup, measured))
    }
}

/// The first run that did not compile, if any: the program never ran at all.
fn compile_failure(runs: &[RunResult]) -> Option<Box<RunResult>> {
    runs.iter()
        .find(|r| r.status == Status::CompileError)
        .map(|r| Box::new(r.clone()))
}

impl Execute for Executor {
    fn width(&self) -> usize {
        match self {
            Executor::Local { runner, cpus, .. } => Pool::new(runner, cpus).width(),
            Executor::Remote(fleet) => fleet.width(),
        }
    }

    fn run_all(
        &self,
        requests: &[RunRequest],
        on_done: &(dyn Fn(usize, &RunResult) + Sync),
    ) -> Vec<RunResult> {
        match self {
            Executor::Local {
                runner,
                cpus,
                warm_up,
                warmed,
            } => {
                // A pool per batch: only the first warms up.
                let first = !warmed.swap(true, Ordering::Relaxed);
                let warm_up = if first { *warm_up } else { Duration::ZERO };
                Pool::new(runner, cpus)
                    .warming_up(warm_up)
                    .run_all(requests, on_done)
            }
            Executor::Remote(fleet) => fleet.run_all(requests, on_done),
        }
    }
}
