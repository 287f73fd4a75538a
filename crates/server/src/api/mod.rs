//! The HTTP surface: shared state, task acceptance and the router.
//!
//! Every protocol turns a request into a [`Perform`] (the work, run on a pinned worker,
//! producing the response JSON) and hands it to [`AppState::accept`], which records the
//! task, queues it and returns a receiver for the response.

pub mod error;
pub mod fusion;
pub mod monolith;
pub mod native;
pub mod reward;

use std::sync::Arc;
use std::time::Instant;

use afterburner_monolith::runner::Runner;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::{delete, get, post};
use axum::Router;
use serde_json::Value;
use tokio::sync::oneshot;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

use crate::metrics::{Gauges, Metrics};
use crate::queue::{Queue, Rejected};
use crate::store::{Protocol, Store, TaskRecord, TaskState};
use error::ApiError;

/// The work of one task: runs on a worker with the runner and its core, and returns
/// the response body.
pub type Perform = Box<dyn FnOnce(&Runner, Option<usize>, &Metrics) -> Value + Send>;

/// Limits of the HTTP layer.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest request body accepted, in bytes (413 above).
    pub max_body_bytes: usize,
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The work queue.
    pub queue: Arc<Queue>,
    /// The task store.
    pub store: Arc<Store>,
    /// Counters for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// How many workers drain the queue.
    pub workers: usize,
    /// A problem set loaded for `/v1/evaluate` and the reward, if any.
    pub dataset: Option<Arc<native::EvaluateSet>>,
    /// The reward, measuring on this server's workers and remembering what it judged.
    pub rewarder: Arc<afterburner_reward::batch::Rewarder<'static>>,
    /// Which baseline a reward label carrying both code and stored figures uses.
    pub reward_baseline: afterburner_reward::batch::BaselinePreference,
}

impl AppState {
    /// Records `task` (durably if `durable`), queues `perform` and returns a receiver for
    /// its response. When the queue refuses, the task is removed again and the client
    /// gets a 503 with `Retry-After`.
    pub fn accept(
        &self,
        task: TaskRecord,
        durable: bool,
        perform: Perform,
    ) -> Result<oneshot::Receiver<Value>, ApiError> {
        let receivers = self.accept_all(vec![(task, perform)], durable)?;
        Ok(receivers.into_iter().next().expect("one receiver per task"))
    }

    /// [`AppState::accept`] for several tasks, all queued or none.
    pub fn accept_all(
        &self,
        tasks: Vec<(TaskRecord, Perform)>,
        durable: bool,
    ) -> Result<Vec<oneshot::Receiver<Value>>, ApiError> {
        let mut works = Vec::with_capacity(tasks.len());
        let mut receivers = Vec::with_capacity(tasks.len());
        let mut records = Vec::with_capacity(tasks.len());
        for (task, perform) in tasks {
            if durable {
                self.store
                    .put(&task, true)
                    .map_err(|e| ApiError::internal(e.to_string()))?;
            }
            let (tx, rx) = oneshot::channel();
            let (store, metrics) = (Arc::clone(&self.store), Arc::clone(&self.metrics));
            let mut record = task.clone();
            works.push(Box::new(move |runner: &Runner, core: Option<usize>| {
                let response = perform(runner, core, &metrics);
                record.state = TaskState::Done;
                record.response = Some(response.clone());
                if let Err(e) = store.put(&record, durable) {
                    tracing::error!(task = %record.id, "storing a result: {e}");
                }
                let _ = tx.send(response);
            }) as crate::queue::Work);
            receivers.push(rx);
            records.push(task);
        }
        if let Err(rejected) = self.queue.push_all(works) {
            // The client never hears of these tasks: forget them.
            if durable {
                let ids: Vec<String> = records.into_iter().map(|t| t.id).collect();
                if let Err(e) = self.store.remove(&ids) {
                    tracing::warn!("forgetting refused tasks: {e}");
                }
            }
            return Err(ApiError::unavailable(rejected, self.retry_after(rejected)));
        }
        Ok(receivers)
    }

    /// A fair `Retry-After` for a refusal: about how long the queue takes to drain.
    fn retry_after(&self, rejected: Rejected) -> u64 {
        match rejected {
            Rejected::Closed => 5,
            Rejected::Full { capacity } => (capacity / self.workers.max(1) / 50).max(1) as u64,
        }
    }

    /// The stored task with this id; 404 when it is unknown or expired.
    pub fn task(&self, task_id: &str) -> Result<TaskRecord, ApiError> {
        self.store
            .get(task_id)
            .map_err(|e| ApiError::internal(e.to_string()))?
            .ok_or_else(|| {
                ApiError::not_found(format!(
                    "Task not found: {task_id} (unknown, or its result expired)"
                ))
            })
    }

    /// The current gauges.
    pub fn gauges(&self) -> Gauges {
        Gauges {
            queue_depth: self.queue.depth(),
            queue_capacity: self.queue.capacity(),
            busy_workers: self.queue.busy().iter().filter(|b| **b).count(),
            workers: self.workers,
            stored_tasks: self.store.len().unwrap_or(0),
        }
    }
}

/// Waits for a task's response; a dropped sender means the job failed on its worker.
pub async fn response_of(rx: oneshot::Receiver<Value>) -> Result<Value, ApiError> {
    rx.await
        .map_err(|_| ApiError::internal("the worker running this task failed; see the server log"))
}

/// Rebuilds the work of a stored task, for running it again after a restart.
pub fn perform_again(state: &AppState, task: &TaskRecord) -> Result<Perform, ApiError> {
    match task.protocol {
        Protocol::Monolith => monolith::perform_stored(task),
        Protocol::Native => native::perform_stored(state, task),
        Protocol::Fusion => Err(ApiError::bad_request(
            "SandboxFusion requests are synchronous and are not run again",
        )),
    }
}

/// The router with every protocol's routes and the common layers.
pub fn router(state: AppState, limits: &HttpLimits) -> Router {
    Router::new()
        .route("/execute", post(monolith::execute))
        .route("/run_code", post(fusion::run_code))
        .route("/results/{task_id}", get(monolith::results))
        .route("/status", get(monolith::status))
        .route("/clean/{limit}", delete(monolith::clean))
        .route("/v1/runs", post(native::run))
        .route("/v1/runs:batch", post(native::batch))
        .route("/v1/evaluate", post(native::evaluate))
        .route("/v1/reward", post(reward::reward))
        .route("/get_reward", post(reward::get_reward))
        .route("/v1/tasks/{task_id}", get(native::task))
        .route("/healthz", get(native::healthz))
        .route("/metrics", get(native::metrics))
        .layer(axum::middleware::from_fn_with_state(state.clone(), observe))
        .layer(TraceLayer::new_for_http())
        // Checks the declared length before reading the body (413 at once), and counts
        // the bytes of bodies that declare none.
        .layer(DefaultBodyLimit::disable())
        .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
        .with_state(state)
}

/// Counts each request by route and status, with its latency.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.record_request(
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// A fresh task id.
pub fn new_task_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
