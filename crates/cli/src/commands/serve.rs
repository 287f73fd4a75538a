//! `afterburner serve`: the Monolith HTTP service on this machine.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use afterburner_reward::batch::BaselinePreference;
use afterburner_server::remote::ServerUrl;
use afterburner_server::{cores, shutdown_signal, Server, ServerConfig};
use anyhow::Context;
use clap::Args;

use super::dataset::validate::CpuArgs;
use super::dataset::{read_problems, Selection};

/// Arguments of `afterburner serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8000")]
    bind: SocketAddr,
    #[command(flatten)]
    cpus: CpuArgs,
    /// Worker count. Default: one per core, each pinned to its core; on machines with
    /// more than two cores, one core in eight (at least one) is kept for the server's
    /// own threads and the memory samplers, so they do not steal time from measured
    /// programs. With N, the workers spread over every core.
    #[arg(long)]
    workers: Option<usize>,
    /// Most requests waiting for a worker; beyond it the server answers 503 with
    /// Retry-After.
    #[arg(long, default_value_t = 1024)]
    queue: usize,
    /// Directory for the task store: accepted tasks and their results survive restarts.
    /// Without it, tasks are kept in memory only.
    #[arg(long)]
    state: Option<PathBuf>,
    /// Hours a finished result stays fetchable by its task id.
    #[arg(long, default_value_t = 24.0)]
    retain_hours: f64,
    /// Largest request body in MiB (413 above).
    #[arg(long, default_value_t = 50)]
    max_body_mb: usize,
    /// A measured dataset whose problems `POST /v1/evaluate`, `/v1/reward` and
    /// `/get_reward` may name by id.
    #[arg(long)]
    dataset: Option<PathBuf>,
    /// Runs of each passing program a reward measures (the median is kept).
    #[arg(long, default_value_t = 3)]
    reward_runs: usize,
    /// The baseline of a reward label that carries both code and its stored figures (as
    /// exported training rows do): `measured` runs the code here with the answers'
    /// settings, `stored` uses the figures (measured elsewhere, at another time).
    #[arg(long, default_value = "measured", value_name = "measured|stored")]
    reward_baseline: BaselinePreference,
    /// Measure rewards on these Monolith servers instead of this server's own workers:
    /// comma-separated http://host:port addresses of `afterburner serve` instances. This
    /// server then only judges and scores; every other endpoint still runs here.
    #[arg(long, value_delimiter = ',', value_name = "URL[,URL...]")]
    monolith: Vec<ServerUrl>,
    /// Measure without cgroups (memory from /proc; no memory or process cgroup limits).
    #[arg(long)]
    no_cgroups: bool,
}

pub fn execute(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if args.retain_hours.is_nan() || args.retain_hours <= 0.0 {
        anyhow::bail!("--retain-hours must be positive, got {}", args.retain_hours);
    }
    if args.queue == 0 {
        anyhow::bail!("--queue must be at least 1");
    }
    let problems = match &args.dataset {
        Some(path) => Some(read_problems(&Selection {
            path: path.clone(),
            config: None,
            split: None,
        })?),
        None => None,
    };
    let mut cpus = args.cpus.resolve()?;
    if args.workers.is_none() {
        let split = cores::split(&cpus);
        if !split.reserved.is_empty() {
            // Before the runtime starts, so its threads (and every supervisor and
            // sampler) stay on the reserved cores.
            cores::pin_process(&split.reserved)
                .context("keeping the server's threads on their own cores")?;
            tracing::info!(reserved = ?split.reserved.iter().collect::<Vec<_>>(), "cores kept for the server and the samplers");
            cpus = split.workers;
        }
    }
    let config = ServerConfig {
        bind: args.bind,
        cpus,
        workers: args.workers,
        queue: args.queue,
        state_dir: args.state.clone(),
        retain: Duration::from_secs_f64(args.retain_hours * 3600.0),
        max_body_bytes: args.max_body_mb * 1024 * 1024,
        reward_runs: args.reward_runs.max(1),
        reward_fleet: args.monolith.clone(),
        reward_baseline: args.reward_baseline,
    };
    let runner = Arc::new(super::run::make_runner(args.no_cgroups)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let server = Server::start(config, runner, problems).await?;
        tracing::info!(addr = %server.addr(), "listening");
        eprintln!("afterburner serve: listening on http://{}", server.addr());
        server.run(shutdown_signal()).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
