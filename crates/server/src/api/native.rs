//! The native protocol: everything Monolith measures. `POST /v1/runs`,
//! `POST /v1/runs:batch`, `POST /v1/evaluate`, `GET /v1/tasks/{id}`, `GET /healthz`,
//! `GET /metrics`.

use std::collections::HashMap;
use std::sync::Arc;

use afterburner_litmus::score::{score, Candidate, Reference};
use afterburner_monolith::repeat::summarize_runs;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::Language;
use afterburner_venus::harness::{judge_prepared, prepare, JudgeOptions};
use afterburner_venus::Problem;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::{json, Value};

use super::error::{from_value, parse_json, ApiError};
use super::{new_task_id, response_of, AppState, Perform};
use crate::metrics::Metrics;
use crate::store::{Protocol, TaskRecord, TaskState};
use crate::wire::{BatchSpec, EvaluateSpec, Planned, RunSpec};

/// Most runs in one batch request.
pub const MAX_BATCH: usize = 1024;

/// A problem set loaded for `/v1/evaluate`, by problem id. A candidate is scored
/// against the problem's measured references in the candidate's language.
pub struct EvaluateSet {
    problems: HashMap<String, Arc<Problem>>,
}

impl EvaluateSet {
    /// Indexes `problems` by id.
    pub fn new(problems: Vec<Problem>) -> Self {
        let problems = problems
            .into_iter()
            .map(|p| (p.problem_id.to_string(), Arc::new(p)))
            .collect();
        EvaluateSet { problems }
    }

    /// How many problems are loaded.
    pub fn len(&self) -> usize {
        self.problems.len()
    }

    /// Whether no problem is loaded.
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problem with this id.
    pub fn problem(&self, id: &str) -> Option<Arc<Problem>> {
        self.problems.get(id).map(Arc::clone)
    }
}

/// What `afterburner run --json` prints for `planned`: a single result, or the
/// repeated runs with their statistics.
fn run_planned(planned: Planned, runner: &Runner, core: Option<usize>, metrics: &Metrics) -> Value {
    let Planned {
        mut request,
        repeat,
        warmup,
    } = planned;
    request.cpu = core;
    if repeat == 1 && warmup == 0 {
        let result = runner.run(&request);
        metrics.record_run(request.language, &result);
        return serde_json::to_value(&result).expect("a run result serializes");
    }
    let program = match runner.prepare(request.language, &request.source) {
        Ok(program) => program,
        Err(failed) => {
            metrics.record_run(request.language, &failed);
            return serde_json::to_value(&*failed).expect("a run result serializes");
        }
    };
    for _ in 0..warmup {
        runner.execute(&program, &request);
    }
    let runs = (0..repeat)
        .map(|_| {
            let result = runner.execute(&program, &request);
            metrics.record_run(request.language, &result);
            result
        })
        .collect();
    serde_json::to_value(summarize_runs(warmup, runs)).expect("a report serializes")
}

fn planned_work(planned: Planned) -> Perform {
    Box::new(
        move |runner: &Runner, core: Option<usize>, metrics: &Metrics| {
            run_planned(planned, runner, core, metrics)
        },
    )
}

fn plan(spec: RunSpec) -> Result<Planned, ApiError> {
    spec.plan().map_err(|e| ApiError::bad_request(e.0))
}

/// Rebuilds a stored native task's work.
pub fn perform_stored(state: &AppState, task: &TaskRecord) -> Result<Perform, ApiError> {
    if task.request.get("code").is_some()
        && task.request.get("language").is_some()
        && task.request.get("problem").is_none()
        && task.request.get("problem_id").is_none()
    {
        return Ok(planned_work(plan(from_value(task.request.clone())?)?));
    }
    evaluate_work(state, from_value(task.request.clone())?)
}

/// `POST /v1/runs`.
pub async fn run(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let raw: Value = parse_json(&body)?;
    let planned = plan(from_value(raw.clone())?)?;
    let task = TaskRecord::queued(new_task_id(), Protocol::Native, raw);
    let rx = state.accept(task, false, planned_work(planned))?;
    Ok(Json(response_of(rx).await?))
}

/// `POST /v1/runs:batch`: all runs are queued or none (503 when they do not fit).
pub async fn batch(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let raw: Value = parse_json(&body)?;
    let spec: BatchSpec = from_value(raw.clone())?;
    if spec.runs.is_empty() || spec.runs.len() > MAX_BATCH {
        return Err(ApiError::bad_request(format!(
            "`runs` must hold 1–{MAX_BATCH} runs, got {}",
            spec.runs.len()
        )));
    }
    let mut tasks = Vec::with_capacity(spec.runs.len());
    for (index, (run, raw)) in spec
        .runs
        .into_iter()
        .zip(raw["runs"].as_array().into_iter().flatten())
        .enumerate()
    {
        let planned = run
            .plan()
            .map_err(|e| ApiError::bad_request(format!("runs[{index}]: {}", e.0)))?;
        let task = TaskRecord::queued(new_task_id(), Protocol::Native, raw.clone());
        tasks.push((task, planned_work(planned)));
    }
    let receivers = state.accept_all(tasks, false)?;
    let mut results = Vec::with_capacity(receivers.len());
    for rx in receivers {
        results.push(response_of(rx).await?);
    }
    Ok(Json(json!({ "results": results })))
}

fn evaluate_work(state: &AppState, spec: EvaluateSpec) -> Result<Perform, ApiError> {
    let language: Language = spec.language.as_deref().unwrap_or("python").parse()?;
    let problem = match (spec.problem, spec.problem_id) {
        (Some(record), None) => {
            let problem = Problem::from_value(record, "problem")
                .map_err(|e| ApiError::bad_request(e.to_string()))?;
            Arc::new(problem)
        }
        (None, Some(id)) => {
            let id = match id {
                Value::String(s) => s,
                other => other.to_string(),
            };
            let set = state.dataset.as_ref().ok_or_else(|| {
                ApiError::bad_request(
                    "this server has no problem set loaded (start it with `serve --dataset D`); send the whole record as `problem`",
                )
            })?;
            let problem = set.problems.get(&id).ok_or_else(|| {
                ApiError::not_found(format!("problem {id} is not in the loaded set"))
            })?;
            Arc::clone(problem)
        }
        _ => {
            return Err(ApiError::bad_request(
                "send exactly one of `problem_id` (a problem of the loaded set) and `problem` (a Venus record)",
            ))
        }
    };
    let reference = Reference::of(&problem, language);
    let prepared = prepare(&problem, &spec.code, language, &JudgeOptions::default())
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    Ok(Box::new(
        move |runner: &Runner, core: Option<usize>, metrics: &Metrics| {
            let mut prepared = prepared;
            prepared.request.cpu = core;
            let judgement = judge_prepared(runner, &prepared);
            metrics.record_run(language, &judgement.run);
            let scored = score(
                Candidate {
                    problem_id: problem.problem_id.to_string(),
                    difficulty: problem.difficulty.clone(),
                    language: language.name().to_string(),
                    verdict: judgement.verdict,
                    time: judgement.run.metrics.cpu_ms,
                    memory: judgement.run.metrics.peak_memory_kb as f64,
                    integral: judgement.run.metrics.integral_kb_ms,
                },
                &reference,
            );
            json!({
                "problem_id": problem.problem_id.to_string(),
                "verdict": judgement.verdict,
                "reason": judgement.reason,
                "failing_case": judgement.failing_case,
                "metrics": judgement.run.metrics,
                "time_pct": scored.time_pct,
                "memory_pct": scored.memory_pct,
                "integral_pct": scored.integral_pct,
                "references": scored.references,
                "run": judgement.run,
            })
        },
    ))
}

/// `POST /v1/evaluate`: judge a solution on a problem and place it among the
/// problem's measured references.
pub async fn evaluate(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let raw: Value = parse_json(&body)?;
    let spec: EvaluateSpec = from_value(raw.clone())?;
    let work = evaluate_work(&state, spec)?;
    let task = TaskRecord::queued(new_task_id(), Protocol::Native, raw);
    let rx = state.accept(task, false, work)?;
    Ok(Json(response_of(rx).await?))
}

/// `GET /v1/tasks/{task_id}`: any task's state and stored response.
pub async fn task(
    State(state): State<AppState>,
    Path(task_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let task = state.task(&task_id)?;
    Ok(Json(json!({
        "task_id": task.id,
        "protocol": task.protocol,
        "state": task.state,
        "done": task.state == TaskState::Done,
        "response": task.response,
    })))
}

/// `GET /healthz`: liveness plus the figures a client needs to spread work.
pub async fn healthz(State(state): State<AppState>) -> Json<Value> {
    let gauges = state.gauges();
    Json(json!({
        "status": "ok",
        "workers": gauges.workers,
        "busy_workers": gauges.busy_workers,
        "queue_depth": gauges.queue_depth,
        "queue_capacity": gauges.queue_capacity,
        "problems_loaded": state.dataset.as_ref().map_or(0, |d| d.len()),
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

/// `GET /metrics`: Prometheus text.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let text = state.metrics.render(state.gauges());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], text)
}
