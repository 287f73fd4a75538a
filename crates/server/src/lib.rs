//! The Monolith service: an HTTP server that runs untrusted code on pinned workers and
//! answers in three protocols — the original Monolith's (`/execute`), SandboxFusion's
//! (`/run_code`) and a native one (`/v1/...`) that exposes every measurement.
//!
//! One server per machine is the unit of scale: a bounded queue feeds one worker per
//! allowed core, tasks are kept in an embedded store so that a restarted server still
//! answers every task it accepted, and clients spread work over many servers
//! ([`remote`]).

pub mod api;
pub mod cores;
pub mod metrics;
pub mod queue;
pub mod queue_pool;
pub mod remote;
pub mod store;
pub mod wire;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::runner::Runner;
use afterburner_venus::Problem;

use afterburner_reward::batch::{BaselinePreference, Rewarder, Settings as RewardSettings};
use afterburner_reward::formula::Weights;
use afterburner_venus::harness::JudgeOptions;
use api::native::EvaluateSet;
use api::{AppState, HttpLimits};
use metrics::Metrics;
use queue::{Queue, Workers};
use queue_pool::QueuePool;
use remote::{Fleet, FleetError, ServerUrl};
use store::{now_ms, Store, StoreError, TaskState};

/// How a server is set up.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Where to listen.
    pub bind: SocketAddr,
    /// The cores to run programs on, one pinned worker each.
    pub cpus: CpuSet,
    /// How many workers (default: one per core of `cpus`); workers beyond the number of
    /// cores share cores round-robin.
    pub workers: Option<usize>,
    /// Most jobs waiting for a worker; more are refused with 503.
    pub queue: usize,
    /// Where tasks are kept across restarts (in memory only, without).
    pub state_dir: Option<PathBuf>,
    /// How long finished results are kept.
    pub retain: Duration,
    /// Largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Runs of each passing program a reward measures (the median is kept); a failing
    /// program is settled by its first run.
    pub reward_runs: usize,
    /// Monolith servers that measure the rewards instead of this server's own workers
    /// (a reward front end for a fleet); empty: the workers measure them.
    pub reward_fleet: Vec<ServerUrl>,
    /// Which baseline a reward label carrying both code and stored figures uses.
    pub reward_baseline: BaselinePreference,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            bind: ([127, 0, 0, 1], 8000).into(),
            cpus: CpuSet::allowed().unwrap_or_default(),
            workers: None,
            queue: 1024,
            state_dir: None,
            retain: Duration::from_secs(24 * 3600),
            max_body_bytes: 50 * 1024 * 1024,
            reward_runs: 3,
            reward_fleet: Vec::new(),
            reward_baseline: BaselinePreference::Measured,
        }
    }
}

/// A failure to start the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The task store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address could not be bound.
    #[error("binding {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The servers meant to measure rewards cannot be used.
    #[error("the reward fleet: {0}")]
    RewardFleet(#[from] FleetError),
    /// The server failed while serving.
    #[error("serving: {0}")]
    Serve(std::io::Error),
}

/// The cores of each worker: one per core of `cpus`, or `workers` spread over them.
fn worker_cores(cpus: &CpuSet, workers: Option<usize>) -> Vec<Option<usize>> {
    let cores: Vec<usize> = cpus.iter().collect();
    let count = workers.unwrap_or(cores.len()).max(1);
    (0..count)
        .map(|i| (!cores.is_empty()).then(|| cores[i % cores.len()]))
        .collect()
}

/// A started server: its address, and the handle to stop it.
pub struct Server {
    addr: SocketAddr,
    state: AppState,
    workers: Workers,
    listener: tokio::net::TcpListener,
    limits: HttpLimits,
    retain: Duration,
}

impl Server {
    /// Connects the reward fleet (if any), opens the store, starts the workers, queues
    /// again every task a previous run accepted but did not finish, and binds the
    /// address.
    pub async fn start(
        config: ServerConfig,
        runner: Arc<Runner>,
        problems: Option<Vec<Problem>>,
    ) -> Result<Server, ServeError> {
        let fleet = connect_reward_fleet(&config.reward_fleet).await?;
        let store = Arc::new(Store::open(config.state_dir.as_deref())?);
        let cores = worker_cores(&config.cpus, config.workers);
        let (queue, workers) = Workers::start(runner, &cores, config.queue);
        let settings = RewardSettings {
            runs: config.reward_runs.max(1),
            judge: JudgeOptions::default(),
            weights: Weights::default(),
        };
        let rewarder = match fleet {
            Some(fleet) => Rewarder::new(fleet, settings),
            None => Rewarder::new(QueuePool::new(Arc::clone(&queue), cores.len()), settings),
        };
        let state = AppState {
            rewarder: Arc::new(rewarder),
            reward_baseline: config.reward_baseline,
            queue,
            store,
            metrics: Arc::new(Metrics::default()),
            workers: cores.len(),
            dataset: problems.map(|p| Arc::new(EvaluateSet::new(p))),
        };
        recover(&state)?;
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .map_err(|source| ServeError::Bind {
                addr: config.bind,
                source,
            })?;
        let addr = listener.local_addr().map_err(ServeError::Serve)?;
        Ok(Server {
            addr,
            state,
            workers,
            listener,
            limits: HttpLimits {
                max_body_bytes: config.max_body_bytes,
            },
            retain: config.retain,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until `shutdown` completes; then stops accepting, lets queued and running
    /// work finish (their results are stored) and returns.
    pub async fn run(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServeError> {
        let Server {
            state,
            workers,
            listener,
            limits,
            retain,
            ..
        } = self;
        let store = Arc::clone(&state.store);
        let expiry = tokio::spawn(expire_forever(Arc::clone(&store), retain));
        let queue: Arc<Queue> = Arc::clone(&state.queue);
        let app = api::router(state, &limits);
        let closing = Arc::clone(&queue);
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                shutdown.await;
                tracing::info!("shutting down: finishing queued and running work");
                closing.close();
            })
            .await
            .map_err(ServeError::Serve)?;
        expiry.abort();
        queue.close();
        tokio::task::spawn_blocking(move || {
            workers.join();
            store.checkpoint()
        })
        .await
        .map_err(|e| ServeError::Serve(std::io::Error::other(e)))??;
        Ok(())
    }
}

/// The fleet that measures rewards, when servers are named (each must answer its health
/// check).
async fn connect_reward_fleet(urls: &[ServerUrl]) -> Result<Option<Fleet>, ServeError> {
    if urls.is_empty() {
        return Ok(None);
    }
    let urls = urls.to_vec();
    let fleet = tokio::task::spawn_blocking(move || Fleet::connect(&urls))
        .await
        .map_err(|e| ServeError::Serve(std::io::Error::other(e)))??;
    for (url, workers) in fleet.servers() {
        tracing::info!(%url, workers, "rewards are measured on a Monolith server");
    }
    Ok(Some(fleet))
}

/// Queues again the tasks a previous run accepted but did not finish; a task whose
/// request can no longer be run is marked interrupted with the reason.
fn recover(state: &AppState) -> Result<(), StoreError> {
    let unfinished: Vec<_> = state
        .store
        .all()?
        .into_iter()
        .filter(|t| t.state == TaskState::Queued)
        .collect();
    if unfinished.is_empty() {
        return Ok(());
    }
    tracing::info!(
        tasks = unfinished.len(),
        "running again the tasks left unfinished"
    );
    for task in unfinished {
        let outcome = api::perform_again(state, &task)
            .and_then(|work| state.accept(task.clone(), true, work).map(|_| ()));
        if let Err(e) = outcome {
            let mut interrupted = task;
            interrupted.state = TaskState::Interrupted;
            interrupted.response =
                Some(format!("interrupted by a restart and not run again: {}", e.message).into());
            state.store.put(&interrupted, true)?;
        }
    }
    Ok(())
}

/// Drops expired results and checkpoints the store once a minute.
async fn expire_forever(store: Arc<Store>, retain: Duration) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        let cutoff = now_ms().saturating_sub(retain.as_millis() as u64);
        let store = Arc::clone(&store);
        match tokio::task::spawn_blocking(move || store.expire(cutoff)).await {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => tracing::info!(removed = n, "expired old results"),
            Ok(Err(e)) => tracing::warn!("expiring results: {e}"),
            Err(e) => tracing::warn!("expiring results: {e}"),
        }
    }
}

/// Resolves when the process receives SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = match signal(SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => return std::future::pending().await,
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}
